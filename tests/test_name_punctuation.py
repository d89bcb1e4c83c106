"""A name written two ways by its dots, hyphens or quote marks in one article (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    """The in-article findings of ``text`` as the body of an article under a headline."""
    found = lint_text(f"Markets report\n\n{text}", config=CONFIG)
    return [f for f in found if f.data["kind"] == "inconsistent"]


def test_an_abbreviation_that_loses_its_last_dot() -> None:
    text = "Farmers in the U.S. sold less maize.\n\nDemand for U.S grains fell in March."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("U.S", ("U.S.",))
    assert found.fix is None and "check which" not in found.message


@pytest.mark.parametrize(
    "text",
    [
        # the full form ends a sentence: its dot is the full stop
        "Farmers in the U.S. sold less maize. Grain sales fell in the U.S. Prices rose.",
        # a code with a hyphen, not an abbreviation
        "The U.S. grade E.O.A-C sold at 90.8 dlrs.",
        # no full form in the article: nothing to be consistent with
        "Demand for U.S grains fell in March.",
    ],
)
def test_dotted_abbreviations_that_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_an_acronym_spelled_out_with_hyphens() -> None:
    text = "US troops moved north on Monday. The U-S has said little. US officials agreed."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("U-S", ("US",))


def test_a_tie_of_hyphens_asks() -> None:
    text = "The U-S has said little. US officials agreed."
    (found,) = inconsistent(text)
    assert found.match == "U-S" and "check which is right" in found.message


def test_a_letter_range_is_no_acronym() -> None:
    assert inconsistent("He wrote an A-Z of the city. AZ shares rose on the news.") == []


def test_an_acronym_of_its_own_with_an_s_only_the_rarer() -> None:
    text = (
        "Doctors fought SARS in the city last year. SARS killed many.\n\n"
        "The two SARs of the south sent aid."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("SARs", ("SARS",))


def test_a_particle_hyphened_in_lower_case() -> None:
    text = "Police said al-Qaeda had planned it. Al Qaeda cells were named.\n\nAl Qaeda denied it."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("al-Qaeda", ("Al Qaeda",))
    assert found.fix is None


@pytest.mark.parametrize("stray", ["Kilroy -Silk", "Kilroy- Silk"])
def test_a_hyphenated_name_with_a_space_at_its_hyphen(stray: str) -> None:
    text = (
        "Robert Kilroy-Silk quit the party. Kilroy-Silk said it had failed.\n\n"
        f"Mr {stray} told reporters the move was final."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == (stray, ("Kilroy-Silk",))
    assert found.fix is None


def test_a_spaced_hyphen_beside_a_possessive() -> None:
    text = (
        "Robert Kilroy-Silk quit the party on a wet day. Kilroy-Silk's aides agreed.\n\n"
        "Mr Kilroy -Silk's party told reporters the move was final."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Kilroy -Silk", ("Kilroy-Silk",))


@pytest.mark.parametrize(
    "text",
    [
        # a dash, spaced on both sides
        "Kilroy-Silk spoke. The Kilroy - Silk feud was over.",
        # no hyphenated writing in the article: nothing to be consistent with
        "Trade between Japan- Europe grew. Mr Kilroy -Silk spoke.",
    ],
)
def test_spaced_hyphens_that_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_possessive_with_a_double_quote_for_its_apostrophe() -> None:
    text = "Marovia's output fell. Marovia\"s quota is 210,000 barrels per day."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ('Marovia"s', ("Marovia's",))


def test_a_quoted_possessive_beside_the_name_alone() -> None:
    text = 'Marovia said output fell. Marovia"s quota is 210,000 barrels per day.'
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ('Marovia"s', ("Marovia's",))


def test_a_quoted_possessive_takes_the_articles_own_apostrophe() -> None:
    text = 'Marovia’s output fell. Marovia"s quota is 210,000 barrels a day. It’s low.'
    (found,) = inconsistent(text)
    assert found.suggestions == ("Marovia’s",)
    text = 'Marovia said output fell. Marovia"s quota is 210,000 barrels a day. It’s low.'
    (found,) = inconsistent(text)
    assert found.suggestions == ("Marovia’s",)


def test_a_quote_closing_after_a_name_passes() -> None:
    assert inconsistent('He said "Marovia" so often. Marovia\'s quota rose.') == []


def test_an_acronym_plural_with_a_capital_s() -> None:
    text = "Gamers love RPGs. The trouble with these RPGS is time, said one RPG fan."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("RPGS", ("RPGs",))


@pytest.mark.parametrize(
    "text",
    [
        # two acronyms of their own: the Metropolitan Police Service and members of Parliament
        "Several MPs asked the MPS to explain. The MPS declined.",
        # a headline in capitals run into the text
        "NEW RPGS SEEN SELLING WELL. Shops sold more RPGs this year.",
    ],
)
def test_acronym_plurals_that_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_name_written_with_a_comma_and_without() -> None:
    text = (
        "Brook Ashley Capital holds 5 pct of the firm.\n\nBrook, Ashley bought the shares for "
        "investment. Brook Ashley may buy more."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Brook, Ashley", ("Brook Ashley",))


@pytest.mark.parametrize(
    "text",
    [
        # dates in a list
        "Talks ran through December, February and March. December February talks failed.",
        # a word said twice: a song's title
        "The band sang Turn, Turn, Turn. Turn Turn Turn was their hit.",
        # a function word that starts a sentence
        "But, Ashley said, the deal was done. But Ashley left early.",
    ],
)
def test_commas_that_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_an_acronym_with_dots_and_without_in_a_name() -> None:
    text = (
        "KLM took a stake in Air U.K. Ltd on Monday.\n\nKLM already works with Air UK, which "
        "flies to Amsterdam. KLM said Air U.K. would grow."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("UK", ("U.K.",))


@pytest.mark.parametrize(
    "text",
    [
        # a ticker in angle brackets
        "I.U. International <IU> said it would sell two units.",
        # the acronym alone: a house style many houses mix
        "Ten US nationals were freed. The U.S. welcomed it, and U.S. officials met them.",
        # a reader's own style in a comment
        "# Threat report\n\nOfficials said the threat to the UK was real.\n\n## Your comments"
        "\n\nNobody wants to harm the U.K. but we should all be careful, said one reader.\n",
        # a function word is no name around the acronym
        "The U.S. economy grew fast last year. The US dollar fell in March.",
        # the acronym's dot ends the sentence: the next word is no name after it
        "Talks were held in the U.S. The talks ended. Firms in the US The Times met agreed.",
        # a word capitalised for starting a sentence is no name before it
        "Trade was slow. Yesterday U.S. markets fell. Yesterday US markets rose again.",
    ],
)
def test_acronyms_with_dots_and_without_that_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_readers_dots_beside_the_articles_prose() -> None:
    text = (
        "# Report\n\nOfficials said the UK Government was ready.\n\n## Your comments\n\n"
        "Nobody trusts the U.K. Government on this, said one reader.\n"
    )
    found = lint_text(text, "article.md", config=CONFIG)
    assert [f.match for f in found if f.data["kind"] == "inconsistent"] == []


def test_one_reader_writing_an_acronym_two_ways() -> None:
    text = (
        "# Report\n\n"
        "Officials said the government was ready for it.\n\n"
        "## Your comments\n\n"
        "Nobody trusts the U.K. Government, and the UK Government knows it. The UK Government "
        "must act, said one reader.\n"
    )
    found = lint_text(text, "article.md", config=CONFIG)
    assert [f.match for f in found if f.data["kind"] == "inconsistent"] == ["U.K."]
