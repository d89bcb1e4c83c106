"""A one-word name written with its capital and, elsewhere in the article, in lower case
(issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_word_case import SELDOM
from newslint.config import default_config

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[tuple[str, int, tuple[str, ...], str]]:
    return [
        (f.match, f.line, f.suggestions, f.message)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "inconsistent"
    ]


def test_a_company_written_three_times_with_its_capital_and_twice_without_is_found() -> None:
    text = (
        "Shares rise on bid talk\n\n"
        "Traders said shares in Zorvak rose on Tuesday after a report that Zorvak was a "
        "target.\n\n"
        "A rival is said to hold five per cent of Zorvak.\n\n"
        "One analyst said it was a fair price for zorvak. Another said zorvak would resist.\n"
    )
    found = inconsistent(text)
    assert [(m, line, s) for m, line, s, _ in found] == [
        ("zorvak", 7, ("Zorvak",)),
        ("zorvak", 7, ("Zorvak",)),
    ]
    assert "3 other references (lines 3, 5)" in found[0][3]


def test_a_short_name_once_alone_and_once_in_full_is_found() -> None:
    text = (
        "Shares rise on bid talk\n\n"
        "Shares of Zorvak Industries rose. Traders said Zorvak was a likely target, and "
        "one said the bid was a fair price for zorvak.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("zorvak", ("Zorvak",))]


def test_a_name_that_takes_the_is_found_after_the() -> None:
    text = (
        "Rates held\n\n"
        "Economists said the Velmark would hold rates. A day later the Velmark did, and "
        "dealers said the velmark had no choice.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("velmark", ("Velmark",))]


def test_a_name_english_never_prints_is_found_in_lower_case_before_a_noun() -> None:
    text = (
        "Rates held\n\n"
        "Economists said the Velmark would hold rates. A day later the Velmark did, and "
        "velmark officials said so.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("velmark", ("Velmark",))]


def test_a_lower_case_english_prints_is_asked_about_with_no_fix() -> None:
    text = (
        "Village fights closure\n\n"
        "Tourists have stopped coming to Roquefort, in the south. The mayor of Roquefort "
        "said on Monday the village would close its museum.\n\n"
        "Its caves still age roquefort for the whole region.\n"
    )
    assert [(m, s, "check which is right" in msg) for m, _, s, msg in inconsistent(text)] == [
        ("roquefort", (), True)
    ]


def test_a_hashtag_is_no_writing_of_the_name() -> None:
    text = (
        "Shares rise on bid talk\n\n"
        "Traders said shares in Zorvak rose on Tuesday after a report that Zorvak was a "
        "target.\n\n"
        "Fans of the bid posted under #zorvak all day.\n"
    )
    assert inconsistent(text) == []


def test_an_accented_small_letter_before_of_is_no_capital_of_a_longer_name() -> None:
    text = (
        "Shares rise\n\n"
        "Analysts call the start-up a protégé of Zorvak. Traders said Zorvak rose, a fair "
        "price for zorvak.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("zorvak", ("Zorvak",))]


@pytest.mark.parametrize(
    "text",
    [
        # The capitals only where a sentence starts: they say nothing of a name.
        "Shares rise\n\nZorvak rose on the news. Zorvak fell later, and dealers said it was "
        "a fair price for zorvak.\n",
        # The capitals once alone, once after a determiner but "the" (a word describing).
        "Shares rise\n\nTraders said Zorvak rose. Later a Zorvak spokesman said so, and "
        "dealers said it was a fair price for zorvak.\n",
        # The capitals once alone, once inside a quotation.
        'Shares rise\n\nTraders said Zorvak rose. "We think Zorvak is cheap," one said, '
        "and another said it was a fair price for zorvak.\n",
        # The capitals only as the first word of the name in full, never alone.
        "Shares rise\n\nShares of Zorvak Industries rose, and a rival may buy Zorvak "
        "Industries. Dealers said it was a fair price for zorvak.\n",
        # The capitals only in a headline, which is no paragraph.
        "Rivals circle Zorvak as talk of bids for Zorvak grows\n\nA broker said the offer "
        "was a fair price for zorvak, and that talks would go on.\n",
        # The lower case inside a quotation: someone else's words, as written.
        "Shares rise\n\nTraders said Zorvak rose. A rival may buy Zorvak. "
        'One said: "it is a fair price for zorvak." Zorvak said nothing.\n',
        # The capitals only inside a longer name: after a capitalised word and "of", or
        # before "for" and a capitalised word.
        "Rates held\n\nEconomists said the Bank of Zorvak would hold rates, and a week "
        "later the Bank of Zorvak did. Dealers called it a relief for zorvak.\n",
        "Gift made\n\nA charity, Zorvak for Peace, said Zorvak for Peace would give the "
        "money back. It was a gift for zorvak, a donor said.\n",
        # The lower case, a word English prints, before a noun it describes; or any lower
        # case after a determiner but "the".
        "Shares rise\n\nTraders said Outboard rose. A rival may buy Outboard, which sells "
        "outboard engines.\n",
        "Shares rise\n\nTraders said Zorvak rose. A rival may buy Zorvak, which sells a zorvak.\n",
        # The lower case as often as the capitals.
        "Shares rise\n\nTraders said Zorvak rose, and the price for zorvak. A rival may buy "
        "Zorvak, and zorvak said no.\n",
        # An address in lower case.
        "Shares rise\n\nTraders said Zorvak rose. A rival may buy Zorvak, says zorvak.com.\n",
        # Ordinary nouns that are names in one sense: the House and a house, the Budget.
        "Vote held\n\nMembers said the House would vote. Later the House did, and one "
        "member sold a house, then his house.\n",
        "Budget day\n\nThe chancellor said the Budget was fair. Critics said the Budget was "
        "not, and that the budget was late.\n",
    ],
)
def test_cases_that_are_no_name_written_two_ways_are_left_alone(text: str) -> None:
    assert inconsistent(text) == []


def test_the_frequency_bar_lets_rare_names_through_and_ordinary_words_not() -> None:
    assert zipf("zorvak") < RARE and RARE <= zipf("outboard") < SELDOM
    assert zipf("house") >= SELDOM and zipf("budget") >= SELDOM and zipf("skulls") >= SELDOM


def test_a_name_english_prints_often_but_never_in_lower_case_is_asked_about() -> None:
    """wordfreq prints "qatar" as often as the country is named; Harper's dictionary writes
    it only with its capital. Once each way is enough where the lower case heads its phrase;
    before a noun it takes the capitals twice."""
    text = (
        "Oil output steady\n\n"
        "He was referring to the Gulf state of qatar, which traders said was selling "
        "below the official price.\n\n"
        'Asked about the pressure faced by Qatar, he said: "We expected it."\n\n'
        "Traders said qatar crude was offered at a discount.\n"
    )
    found = inconsistent(text)
    assert [(m, line, s) for m, line, s, _ in found] == [("qatar", 3, ())]
    assert "check which is right" in found[0][3]
    twice = text.replace("by Qatar, he", "by Qatar and by Iran, and to Qatar, he")
    assert [(m, line) for m, line, _, _ in inconsistent(twice)] == [("qatar", 3), ("qatar", 7)]


def test_a_name_the_dictionary_holds_is_found_beside_its_capital_mid_sentence() -> None:
    text = (
        "Exports\n\n"
        "Officials in Madrid said on Monday that Spain would cut tariffs.\n\n"
        "Exports to spain and Portugal rose by a fifth.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("spain", ())]


def test_a_name_the_dictionary_holds_is_found_beside_its_capital_at_a_sentence_start() -> None:
    """Where English writes the word in lower case as no word, a capital opening a sentence
    is the name's too, if the lower case heads its phrase."""
    text = (
        "Debt steady\n\nThe fall will not affect colombia's credit.\n\nColombia, the only "
        "major country in the region not to reschedule, pays on time.\n"
    )
    assert [(m, line, s) for m, line, s, _ in inconsistent(text)] == [("colombia", 3, ())]
    before_a_noun = text.replace("colombia's credit", "colombia credit")
    assert inconsistent(before_a_noun) == []


def test_a_name_not_in_ascii_is_found_in_lower_case() -> None:
    text = (
        "Firm results\n\nShares in Zörvak rose, and analysts at Zörvak said so.\n\n"
        "The board of zörvak met on Monday.\n"
    )
    assert [(m, s) for m, _, s, _ in inconsistent(text)] == [("zörvak", ("Zörvak",))]


@pytest.mark.parametrize(
    "text",
    [
        # English writes the word in lower case (Harper's British dictionary holds it).
        "Party split\n\nThe party said Labour would win. Economists said the labour market "
        "was tight.\n",
        # A month takes its capital in any sentence: no name of an entity.
        "Prices up\n\nPrices were agreed last December. Prices rose after december.\n",
        # Its capital only where a sentence starts, and the lower case not heading its
        # phrase (Harper's dictionary holds "Electron", a program's name).
        "Physics prize\n\nElectron microscopes are costly, the panel said.\n\nThe team "
        "measured how the electron was moving.\n",
        # Harper's dictionary knows no such word in any case: nothing says it is a name.
        "Materials\n\nShares of Graphene rose, analysts said.\n\nThe firm makes graphene.\n",
        # Once with its capital: no evidence against a word of another sense before a noun.
        "Festival\n\nThe festival in Chile drew crowds.\n\nStalls sold chile powder.\n",
        # A month's or a day's name, in the plural too.
        "Markets\n\nMarkets were shut on Mondays, and Mondays were quiet.\n\nTrade was thin "
        "on mondays.\n",
    ],
)
def test_a_lower_case_english_writes_or_a_capital_that_shows_no_name_passes(text: str) -> None:
    assert inconsistent(text) == []
