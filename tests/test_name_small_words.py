"""A name whose small words are capitalised in one writing and not in another (issue 20)."""

from __future__ import annotations

from newslint import document
from newslint.config import default_config
from newslint.findings import Finding
from newslint.linter import Linter

CONFIG = default_config().select(["entity-spelling"])
# A capitalised small word after a word, so that no article below passes the quick test alone.
TIMES = " The report ran in The Times."


def lint(text: str, path: str = "<text>") -> list[Finding]:
    findings, errors = Linter(CONFIG).lint(document.parse(text, path))
    assert errors == []  # a check that fails is an error here, not an empty list
    return findings


def inconsistent(
    text: str, path: str = "<text>"
) -> list[tuple[str, int, tuple[str, ...], str, bool]]:
    return [
        (f.match, f.line, f.suggestions, f.message, f.fix is not None)
        for f in lint(text, path)
        if f.data["kind"] == "inconsistent"
    ]


def test_the_rarer_writing_of_a_title_is_reported_against_the_commoner() -> None:
    text = (
        "Comedy tops box office\n\n"
        "Comedy Meet The Fockers has held on to the top spot at the US box office.\n\n"
        "The success of Meet the Fockers could help the studio. Meet the Fockers took $19m.\n"
    )
    found = inconsistent(text)
    assert [(m, line, s, fix) for m, line, s, _, fix in found] == [
        ("Meet The Fockers", 3, ("Meet the Fockers",), False)
    ]
    assert "2 other references (line 5)" in found[0][3]


def test_a_tie_is_asked_with_no_suggestion() -> None:
    text = (
        "Film wins award\n\n"
        "The film About a Boy won the prize on Sunday.\n\n"
        "Critics said About A Boy was the year's best comedy.\n"
    )
    found = lint(text)
    assert [(f.match, f.line, f.suggestions) for f in found] == [("About A Boy", 5, ())]
    assert found[0].data["other"] == "About a Boy"
    assert "check which is right" in found[0].message


def test_a_longer_name_is_reported_once_not_with_its_parts() -> None:
    text = (
        "Charity single\n\n"
        "The charity single Do They Know It's Christmas topped the chart, and Do They Know "
        "It's Christmas sold 70,000 copies. Do They Know it's Christmas was first recorded "
        "in 1984.\n"
    )
    assert [(m, s) for m, _, s, _, _ in inconsistent(text)] == [
        ("Do They Know it's Christmas", ("Do They Know It's Christmas",))
    ]


def test_a_headline_in_title_case_is_another_style() -> None:
    text = (
        "Meet The Fockers Tops The Chart Again\n\n"
        "Meet the Fockers took $19m at the weekend, and Meet the Fockers is now the year's "
        "biggest comedy.\n"
    )
    assert inconsistent(text) == []


def test_words_in_capitals_and_a_sentence_start_are_no_writing_of_the_name() -> None:
    text = (
        "Bank holds rates\n\n"
        "The Bank of England held rates. A statement from the BANK OF ENGLAND said so.\n\n"
        "Dealers said the Academy Awards were a distraction. The Academy Awards are on "
        "Sunday." + TIMES + "\n"
    )
    assert inconsistent(text) == []


def test_three_writings_say_nothing_of_which_is_meant() -> None:
    text = (
        "Film sells well\n\n"
        "Lord of the Rings sold well, and Lord Of the Rings sold better than Lord Of The "
        "Rings did last year.\n"
    )
    assert inconsistent(text) == []


def test_different_words_are_no_capitals_slip() -> None:
    text = (
        "Films open\n\n"
        "Shaun of the Dead opened on Friday, and Shaun of a Dead Man opened on Saturday."
        + TIMES
        + "\n"
    )
    assert inconsistent(text) == []


def test_a_readers_comment_keeps_the_readers_capitals() -> None:
    text = (
        "# Best films of the year\n\n"
        "Critics chose Pirates of the Caribbean as the best film of the year on Sunday, and "
        "the studio said it was delighted with the vote.\n\n"
        "## Your comments\n\n"
        "Pirates Of The Caribbean was the only film I saw twice.\nJane, London\n"
    )
    assert inconsistent(text, "best-films.md") == []
    reporter = text.replace("## Your comments", "## The vote")
    assert [m for m, *_ in inconsistent(reporter, "best-films.md")] == ["Pirates Of The Caribbean"]


def test_each_title_of_an_article_is_reported() -> None:
    text = (
        "Films top box office\n\n"
        "Meet The Fockers led the chart again, and Meet the Fockers took $19m in the US and "
        "Canada.\n\n"
        "Pirates Of The Caribbean was second in the chart, and Pirates of the Caribbean "
        "took $10m over the three days.\n"
    )
    assert [m for m, *_ in inconsistent(text)] == ["Meet the Fockers", "Pirates of the Caribbean"]


def test_a_small_word_in_capitals_after_another_small_word_is_read() -> None:
    text = (
        "Film tops chart\n\n"
        "Lord of The Rings took $20m. Fans said Lord of the Rings was the best, and Lord of "
        "the Rings will be shown again.\n"
    )
    assert [(m, s) for m, _, s, _, _ in inconsistent(text)] == [
        ("Lord of The Rings", ("Lord of the Rings",))
    ]


def test_a_name_is_read_across_a_line_break_and_past_a_possessive() -> None:
    text = (
        "Comedy tops box office\n\n"
        "Comedy Meet The Fockers has held on to the top spot at the US box office, and the\n"
        "studio said the success of Meet the\n"
        "Fockers would help. Meet the Fockers' takings were $19m.\n"
    )
    assert [(m, line, s) for m, line, s, _, _ in inconsistent(text)] == [
        ("Meet The Fockers", 3, ("Meet the Fockers",))
    ]


def test_a_day_or_a_sentence_opener_is_no_word_of_the_name() -> None:
    text = (
        "Paper names donor\n\n"
        "On Sunday The Observer named the donor. On Sunday the Observer said the party knew.\n\n"
        "Meanwhile The Times said it had seen the letter. Meanwhile the Times said more.\n"
    )
    assert inconsistent(text) == []


def test_a_shorter_name_inside_a_longer_one_is_not_reported_against_it() -> None:
    # The box set's capitals are the commoner; the film's alone are not: the film's capitals
    # inside the box set's name are the box set's, not slips of the film's.
    text = (
        "Box set sells well\n\n"
        "Shops said the Lord Of The Rings Trilogy sold well, and the Lord Of The Rings Trilogy "
        "was the best seller of the month in most of the shops.\n\n"
        "The Lord of the Rings Trilogy beat every other film, and fans of Lord of the Rings "
        "said that Lord of the Rings was worth the money.\n"
    )
    assert [(m, s) for m, _, s, _, _ in inconsistent(text)] == [
        ("Lord of the Rings Trilogy", ("Lord Of The Rings Trilogy",))
    ]
