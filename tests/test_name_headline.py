"""A headline set in capitals and its article spelling a word a letter apart (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding, Severity

CONFIG = default_config().select(["entity-spelling"])


def findings(text: str) -> list[Finding]:
    return list(lint_text(text, config=CONFIG))


def test_a_headline_word_english_never_prints_takes_the_articles_spelling() -> None:
    text = (
        "COMBINED INTERNMATIONAL SEES STRONG YEAR\n\n"
        "Combined International Corp should have another strong year, its president said.\n"
    )
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions) == ("INTERNMATIONAL", 1, ("INTERNATIONAL",))
    assert found.fix is None
    assert "1 other reference (line 3)" in found.message


def test_letters_of_a_headline_word_in_another_order_in_the_text_are_asked_about() -> None:
    text = (
        "PIEDMONT AVIATION BOARD TO MEET TODAY\n\n"
        "Piedmont Avaition Inc's board of directors will meet today, a spokesman said.\n"
    )
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions, found.fix) == ("Avaition", 3, (), None)
    assert found.data["other"] == "AVIATION"


def test_a_word_never_printed_beside_a_rare_one_is_asked_about_at_the_headline() -> None:
    text = "SANDOX BUYS STAUFFER SEEDS\n\nSandoz Corp's seeds unit said it bought the firm.\n"
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions, found.fix) == ("SANDOX", 1, (), None)
    assert found.data["other"] == "Sandoz"
    assert "check which is right" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # an ending: a headline inflects ("AUSTRALIAN" over "Australia")
        "ZORVAKIAN WHEAT SALES RISE\n\nSales by Zorvakia rose in March, officials said.\n",
        # two words English prints ("ARGENTINE" over "Argentina")
        "ARGENTINE GRAIN EXPORTS FALL\n\nExports by Argentina fell in March, officials said.\n",
        # a ticker in brackets ("ZORVEX" over "Zorvax" would be asked about)
        "KOLBE (ZORVEX) SEES LOSS\n\nKolbe said its Zorvax Ltd unit would lose money.\n",
        "KOLBE <ZORVEX> SEES LOSS\n\nKolbe said its Zorvax Ltd unit would lose money.\n",
        # the headline's word written in the text too, in lower case
        "ZORVEX PRICES RISE\n\nPrices of zorvex rose at Zorvax Ltd, a broker said.\n",
        # a word capitalised only where a sentence starts is no name (but see the next test)
        "MINISTER SEES TARRIFFS\n\nTariffs on goods would rise, the minister said.\n",
        # another first letter ("KRAVOX" and "Travox" would be asked about)
        "KRAVOX SEES LOSS\n\nThe loss at Travox Corp widened, the company said.\n",
        # a common word of the headline and a name a letter from it: another person
        "BANK SEES BETTER YEAR AHEAD\n\nThe bank expects profits to improve, chief economist "
        "John Bettner said on Monday.\n",
        "FILM INDUSTRY FEARS FOR EU FUNDS\n\nDirector Stephen Frears said British cinema would "
        "suffer.\n",
        # its letters in another order, but a name English knows
        "BANK HELPED LAUNDER CASH\n\nProsecutor Tim Laudner said the bank moved the money.\n",
        # the headline's word written in the text in a compound
        "HADSON SELLS PYRAMID STAKE\n\nHadson-controlled Pyramid Oil Co sold its stake to "
        "Hudson Bay Mining.\n",
        # two edits apart
        "ZORVEK SEES LOSS\n\nThe Zarvik Corp said it would lose money this year.\n",
        # accents the headline's capitals drop
        "JIMENEZ SIGNS FOR BARCELONA\n\nMidfielder Raúl Jiménez has signed a three-year deal, "
        "the club said.\n",
        # two words English prints, if seldom: another name for the same thing
        "FRANKFURT BOURSE TO CUT FEES\n\nDeutsche Boerse AG said it would cut trading fees.\n",
        # two rare writings, neither a slip English never prints
        "MACANDREWS AND FORBES BIDS\n\nMcAndrews and Forbes Holdings Inc said it would bid.\n",
    ],
)
def test_writings_that_are_no_slip_of_one_another_pass(text: str) -> None:
    assert findings(text) == []


def test_a_word_where_a_sentence_starts_counts_as_a_name_in_a_longer_one() -> None:
    text = "SANDOX BUYS UNIT\n\nSandoz said it bought the unit. Sandoz Corp said so.\n"
    assert [f.match for f in findings(text)] == ["SANDOX"]
    assert findings(text.replace(" Sandoz Corp said so.", "")) == []


def test_a_word_where_a_sentence_starts_counts_as_a_name_joined_to_one() -> None:
    text = "ZORVEK AND KOLBE BID\n\nZorvik and Kolbe Holdings Inc said they would bid.\n"
    assert [f.match for f in findings(text)] == ["ZORVEK"]


def test_a_heading_of_many_words_in_capitals_is_no_headline() -> None:
    def heading(count: int) -> str:
        names = " ".join(f"ZORV{chr(65 + i // 26)}{chr(65 + i % 26)}X" for i in range(1, count + 1))
        return f"# {names}\n\nThe Zorvaax Corp said so on Monday, and nothing more.\n"

    assert lint_text(heading(30), "a.md", CONFIG) != []  # ZORVABX, ZORVACX... asked about
    assert lint_text(heading(31), "a.md", CONFIG) == []


def test_accents_the_headlines_capitals_drop_are_no_slip() -> None:
    text = "ZORVEK SEES LOSS\n\nThe Zörvek Corp said it would lose money this year.\n"
    assert findings(text) == []
    assert [f.match for f in findings(text.replace("Zörvek", "Zorvik"))] == ["ZORVEK"]


@pytest.mark.parametrize(
    ("text", "match", "other"),
    [
        (
            "GORDEX MINERALS LOCATES GOLD DEPOSITS\n\n"
            "<Gordex Mineral Ltd> said geologists located gold-bearing deposits.\n",
            "GORDEX MINERALS",
            "Gordex Mineral",
        ),
        (
            "COMMUNITY BANK SYSTEM BUYS NICHOLS BANK\n\n"
            "Community Bank Systems Inc and Nichols National Bank signed an agreement.\n",
            "BANK SYSTEM",
            "Bank Systems",
        ),
        (
            "C.T.C. DEALER EXTENDS BID\n\nCTC, a group of dealers, extended its bid.\n",
            "C.T.C.",
            "CTC",
        ),
        (
            "MIDMISSISSIPPI RIVER CLOSED\n\nThe Mid-Mississippi River was closed to barges.\n",
            "MIDMISSISSIPPI",
            "Mid-Mississippi",
        ),
    ],
)
def test_a_headline_writing_a_firms_ending_or_a_mark_otherwise_is_asked_about(
    text: str, match: str, other: str
) -> None:
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions, found.fix) == (match, 1, (), None)
    assert found.data["other"] == other and found.severity == Severity.INFO  # a question


@pytest.mark.parametrize(
    "text",
    [
        # The text writes it as the headline does too.
        "GORDEX MINERALS LOCATES GOLD\n\nGordex Mineral Ltd, or Gordex Minerals, found gold.\n",
        # No firm's ending: a plural of the headline ("FINANCE MINISTERS" over "Finance
        # Minister Gerhard Stoltenberg").
        "FINANCE MINISTERS TO MEET\n\nFinance Minister Gerhard Stoltenberg will attend.\n",
        # The text writes the full stops too.
        "U.S. SETS TARIFFS\n\nThe U.S. set tariffs, US officials said.\n",
        # Two letters with full stops: a style many houses mix.
        "U.S. STOCKS FALL\n\nShares fell after the US Federal Reserve raised rates.\n",
        # A hyphenated name written joined in the text too.
        "MIDMISSISSIPPI RIVER CLOSED\n\nThe Mid-Mississippi, or Midmississippi, closed.\n",
        # A headline in title case is no shouted headline.
        "Gordex Minerals locates gold\n\n<Gordex Mineral Ltd> said geologists found gold.\n",
    ],
)
def test_a_headline_that_agrees_with_its_text_passes(text: str) -> None:
    assert [f.match for f in findings(text) if f.data["kind"] == "inconsistent"] == []
