"""An acronym written with its first capital only elsewhere in the article (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Severity

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[tuple[str, tuple[str, ...], str, Severity]]:
    return [
        (f.match, f.suggestions, f.data.get("other", ""), f.severity)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "inconsistent"
    ]


def test_an_acronym_in_title_case_once_each_way_is_asked_about() -> None:
    text = (
        "Headline here\n\n"
        "Shares in the toolmaker rose after the bid. KLM said it would talk, and analysts expect "
        "Klm management to meet the bidder next week.\n"
    )
    assert inconsistent(text) == [("Klm", (), "KLM", Severity.WARNING)]


def test_the_rarer_writing_of_an_acronym_is_reported_against_the_other() -> None:
    text = (
        "Headline here\n\n"
        "Output quotas set by Opec were kept. Opec ministers met in Vienna, and the Opec "
        "secretariat said OPEC would meet again in June.\n"
    )
    assert [(m, s) for m, s, _, _ in inconsistent(text)] == [("OPEC", ("Opec",))]


@pytest.mark.parametrize(
    "text",
    [
        # Beside another capitalised word, the word belongs to a name or a title of its own.
        "Headline here\n\nThe US charts were topped by Heaven Help Us All last week.\n",
        "Headline here\n\nHe wants to win La Liga and then play in LA.\n",
        # A word the article also writes in lower case is a word.
        "Headline here\n\nThe RICE index fell. Prices of Rice, long grain, and of rice rose.\n",
        # At a sentence start a capital says nothing.
        "Headline here\n\nThe WHO met. Who will lead it is not known.\n",
    ],
)
def test_a_title_case_word_that_is_no_writing_of_the_acronym_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_a_dateline_in_capitals_is_no_acronym() -> None:
    text = "Headline here\n\nPARIS — Leaders meeting in Paris on Tuesday agreed a plan.\n"
    assert inconsistent(text) == []


def test_an_acronym_in_title_case_is_found_where_a_sentence_starts_if_no_word() -> None:
    """A sentence's first capital explains "Who" beside "WHO" (an English word), not "Opec"
    beside "OPEC"."""
    text = (
        "Headline here\n\n"
        "Output of OPEC fell in February, an OPEC official said.\n\n"
        "Opec ministers will meet in March.\n\n"
        "The WHO said flu was spreading. Who will pay was not said.\n"
    )
    assert [(m, s) for m, s, _, _ in inconsistent(text)] == [("Opec", ("OPEC",))]


def test_a_short_name_of_a_month_is_no_acronym_written_so() -> None:
    text = (
        "Headline here\n\nShares of DEC rose, and DEC said it would hire. Its year ended on "
        "Dec 31, DEC said.\n"
    )
    assert inconsistent(text) == []


def test_an_acronym_no_dictionary_holds_counts_where_a_sentence_starts() -> None:
    text = (
        "Headline here\n\nShares in ZUF fell, and a ZUF official said so.\n\n"
        "Zuf shares fell again on Monday.\n"
    )
    assert [(m, s) for m, s, _, _ in inconsistent(text)] == [("Zuf", ("ZUF",))]


def test_an_acronym_a_dictionary_holds_as_a_name_is_still_found_in_title_case() -> None:
    text = (
        "Headline here\n\nFighters of ISIS took the town, and ISIS said it would hold it. "
        "The advance by Isis was halted.\n"
    )
    assert [(m, s) for m, s, _, _ in inconsistent(text)] == [("Isis", ("ISIS",))]


def test_a_people_opening_a_sentence_is_no_acronym_written_so() -> None:
    """A sentence's first capital explains "Thai" (a name the dictionary holds), not "Opec"."""
    text = (
        "Headline here\n\nTravel to THAI hubs rose, THAI said, and THAI added more.\n\n"
        "Thai officials met on Monday.\n"
    )
    assert inconsistent(text) == []


def test_a_short_day_name_outside_a_date_is_still_read_as_an_acronym() -> None:
    text = (
        "Headline here\n\nShares of SUN rose, and SUN said it would hire. The maker, Sun, agreed.\n"
    )
    assert [(m, s) for m, s, _, _ in inconsistent(text)] == [("Sun", ("SUN",))]


@pytest.mark.parametrize("owner", ["Boro's", "Jones'"])
def test_an_acronym_in_title_case_before_the_word_it_takes_in_capitals_is_asked_about(
    owner: str,
) -> None:
    text = (
        "Headline here\n\n"
        f"The UEFA Cup tie was moved to Thursday, officials said. {owner} Uefa Cup match at "
        "Sporting will now kick off later.\n"
    )
    assert inconsistent(text) == [("Uefa", (), "UEFA", Severity.WARNING)]


@pytest.mark.parametrize(
    "text",
    [
        # Another word after it: another name ("Opec Fund" beside "OPEC ministers").
        "Headline here\n\nOPEC ministers met. The Opec Fund lent money to Ghana.\n",
        # A possessive before it and another word after it than the capitals take.
        "Headline here\n\nThe UEFA Cup draw was made. Boro's Uefa Trophy hopes are over.\n",
        # A word many firms share after it: two firms ("Man Group", "MAN Group").
        "Headline here\n\nShares in Man Group rose. Truck maker MAN Group said sales fell.\n",
        # A capitalised word before it that is no possessive: a longer name of its own.
        "Headline here\n\nThe UEFA Cup draw was made. The Intertoto Uefa Cup slots were filled.\n",
    ],
)
def test_a_title_case_word_in_another_name_than_the_acronyms_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_an_acronym_in_title_case_after_a_prefix_is_a_writing_of_it() -> None:
    text = (
        "Headline here\n\n"
        "Non-Opec Egypt produced 40 mln tonnes last year.\n\n"
        "To help OPEC stabilise the market, Egypt cut its output.\n"
    )
    assert inconsistent(text) == [("Opec", (), "OPEC", Severity.WARNING)]


@pytest.mark.parametrize(
    "text",
    [
        "Headline here\n\nThe IT department wrote passwords on Post-It notes. The IT team met.\n",
        "Headline here\n\nThe anti-It campaign grew. IT staff were told to wait.\n",
    ],
)
def test_a_word_after_a_prefix_that_english_writes_is_no_acronym(text: str) -> None:
    assert inconsistent(text) == []
