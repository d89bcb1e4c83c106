"""A name written in two cases in one article, one of them no style of a name (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (f.match, f.suggestions)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "inconsistent"
    ]


def test_a_word_lowered_between_capitalised_words_of_a_name_is_found() -> None:
    text = (
        "Headline here\n\n"
        "The Harbour Development Trust met on Monday. Its chairman said the Harbour "
        "development Trust would build a quay.\n"
    )
    assert inconsistent(text) == [("Harbour development Trust", ("Harbour Development Trust",))]


def test_a_word_lowered_inside_a_name_is_found_however_often() -> None:
    """No house lowers a word and capitalises the next: the capitals are suggested even where
    the lower case is the commoner writing."""
    text = (
        "Headline here\n\n"
        "The Harbour Development Trust met on a wet day in the town. Later the Harbour "
        "development Trust said yes to the plan, and the Harbour development Trust will "
        "build the new quay by the end of the year.\n"
    )
    suggested = ("Harbour Development Trust",)
    assert inconsistent(text) == [("Harbour development Trust", suggested)] * 2


def test_an_acronym_in_lower_case_is_found() -> None:
    text = (
        "Headline here\n\n"
        "Shares in ZUF fell. A spokesman for ZUF said the zuf board would meet, and ZUF "
        "later confirmed it.\n"
    )
    assert inconsistent(text) == [("zuf", ("ZUF",))]


@pytest.mark.parametrize(
    "text",
    [
        # An English word spelled like the acronym.
        "Headline here\n\nThe WHO said the people who fell ill were well, and the WHO agreed.\n",
        # One Harper's dictionary lacks in lower case: the CMU dictionary says it is a word.
        "Headline here\n\nThe INS said arrests rose, INS officials said. Lawyers know the ins "
        "and outs of it.\n",
        # A unit after a number.
        "Headline here\n\nThe KVA line carries 40 kva, the KVA board said.\n",
        # Someone else's writing, quoted as written.
        'Headline here\n\nThe agency ZUF was asked. A message read: "tell zuf now". ZUF said no.\n',
    ],
)
def test_an_acronym_in_lower_case_passes_as_a_word_a_unit_or_a_quotation(text: str) -> None:
    assert inconsistent(text) == []


def test_a_name_with_a_capital_inside_written_in_capitals_is_found() -> None:
    text = (
        "Headline here\n\n"
        "FlyUK said fares would rise. Rivals of FLYUK and of Jetwing cut theirs, and FlyUK "
        "said it would follow.\n"
    )
    assert inconsistent(text) == [("FLYUK", ("FlyUK",))]


def test_capitals_beside_capitals_are_a_headline_run_into_the_text() -> None:
    text = "Headline here\n\nFLYUK FARES RISE FlyUK said fares would rise, FlyUK said.\n"
    assert inconsistent(text) == []


def test_an_acronyms_plural_in_capitals_is_left_to_the_plural_rule() -> None:
    """RPGs is an acronym and its plural, not a name with a capital inside: the plural rule
    (name_punctuation) reports RPGS, with its suggestion."""
    text = "Headline here\n\nPlayers of RPGs bought more RPGS than ever, sellers of RPGs said.\n"
    assert inconsistent(text) == [("RPGS", ("RPGs",))]


def test_a_lowered_name_opening_a_sentence_is_found_beside_the_same_mid_sentence() -> None:
    text = (
        "Headline here\n\n"
        "Harbour trust members met. Later the Harbour Trust said yes.\n\n"
        "The Harbour Trust said so again, as a Harbour trust official said.\n"
    )
    assert [m for m, _ in inconsistent(text)] == ["Harbour trust", "Harbour trust"]


@pytest.mark.parametrize(
    "text",
    [
        # A sentence start alone says nothing of the lower case.
        "Headline here\n\nHarbour trust members met. Later the Harbour Trust said yes, and "
        "the Harbour Trust left.\n",
        # A headline in title case is another style.
        "Harbour Development Trust Builds Quay\n\nThe Harbour development Trust will build a "
        "quay, and the Harbour development Trust will pay.\n",
        # A name particle has conventions of its own: a capital where the surname stands
        # alone (see test_name_particles for one written both ways after a first name).
        "Headline here\n\nThe striker Jan de Boer scored twice, and De Boer was sent off "
        "late in the game.\n",
        # A quotation of someone's writing.
        'Headline here\n\nThe Harbour Development Trust met. A note said: "the Harbour '
        'development Trust is broke".\n',
    ],
)
def test_writings_of_other_styles_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_name_with_its_first_word_lowered_is_found() -> None:
    text = (
        "Headline here\n\n"
        "Talks in New Kelby ended on Monday, and envoys left New Kelby by train. Officials in "
        "new Kelby said the talks would resume.\n"
    )
    assert inconsistent(text) == [("new Kelby", ("New Kelby",))]


@pytest.mark.parametrize(
    "text",
    [
        # As often each way, the first word may be a description: house style decides.
        "Headline here\n\nShips sail the Upper Vessa for most of the year, and the Upper "
        "Vessa floods in spring. The dam on the upper Vessa will change that, engineers said, "
        "and farms by the upper Vessa will gain.\n",
        # The capital only where a sentence starts says nothing of a name.
        "Headline here\n\nMobile TV is growing fast in the region. Mobile TV costs little. "
        "Standards for mobile TV differ from one country to the next.\n",
        # A name particle has conventions of its own.
        "Headline here\n\nThe coach praised Van Kessel for his work. Van Kessel scored twice, "
        "and the winger Robin van Kessel scored once.\n",
        # A quotation of someone's writing.
        "Headline here\n\nTalks in New Kelby ended on Monday, and envoys left New Kelby by "
        'train. A note read: "back from new Kelby soon", the envoy said.\n',
    ],
)
def test_a_first_word_lowered_passes_at_starts_particles_and_quotations(text: str) -> None:
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Each of these is found with the quotation marks taken away.
        'Headline here\n\nFLYUK said fares rose. Its boss said: "FlyUK will cut them." '
        "FLYUK later agreed.\n",
    ],
)
def test_the_other_writing_inside_a_quotation_passes(text: str) -> None:
    assert inconsistent(text) == []
    assert inconsistent(text.replace('"', "")) != []


def test_an_acronym_quoted_in_capitals_still_shows_how_it_is_written() -> None:
    """Only the odd writing is never taken from a quotation: the quoted capitals are the
    reference."""
    text = 'Headline here\n\nA memo said: "ZUF is broke." The zuf board met, and zuf staff left.\n'
    assert [match for match, _ in inconsistent(text)] == ["zuf", "zuf"]
