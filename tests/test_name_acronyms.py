"""An acronym a letter short once beside the full acronym written again and again, or with a
digit for a letter it looks like (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    return [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]


def test_an_acronym_a_letter_short_once_beside_the_full_one_thrice() -> None:
    text = (
        "The KTRW board met on Monday. KTRW members voted, and the KTRW chairman spoke.\n\n"
        "Some KTR members objected."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions, found.line) == ("KTR", ("KTRW",), 3)
    assert "3 other references" in found.message
    assert found.fix is None  # acronyms a letter apart are often two bodies


@pytest.mark.parametrize(
    "text",
    [
        # the full form only twice
        "The KTRW board met. KTRW members voted. Some KTR members objected.",
        # the short one spelled out: a body of its own
        "KTRW met. KTRW voted. KTRW spoke. The Kent Trade Round (KTR) objected.",
        # a ticker
        "KTRW met. KTRW voted. KTRW spoke. Shares in Ketra <KTR> fell.",
        # the short one written twice: a name in its own right
        "KTRW met. KTRW voted. KTRW spoke. KTR objected and KTR left.",
    ],
)
def test_acronyms_a_letter_apart_that_are_two_names(text: str) -> None:
    assert inconsistent(text) == []


def test_a_digit_typed_for_the_letter_it_looks_like_in_an_acronym() -> None:
    text = (
        "A former officer who spied for MI6 is on trial.\n\n"
        "He made an approach to M16 and then began passing secrets. He spied for MI6 for two "
        "years and met an MI6 agent in Riga.\n"
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions, found.line) == ("M16", (), 3)
    assert found.data["other"] == "MI6" and "check which is right" in found.message
    assert found.fix is None  # M16 is also a rifle and a motorway


@pytest.mark.parametrize(
    "text",
    [
        "MI6 said so. MI6 agents agreed. M16 said nothing more.",
        "The BOE said so. The BOE was firm. The BOE kept rates. The B0E raised rates.",
    ],
)
def test_a_digit_for_a_letter_before_a_verb_or_a_noun_of_its_own_is_asked(text: str) -> None:
    (found,) = inconsistent(text)
    assert found.match in ("M16", "B0E") and "check which is right" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # as often each way: nothing says which is meant
        "He drove up the M16. Later he met an MI6 officer.",
        # a digit among digits is part of a number
        "The G20 met. G2O delegates and G2O staff arrived.",
        # before a word it names
        "The M16 rifle was used. MI6 said so. MI6 agents agreed.",
        # two characters: too short to tell
        "AI is changing work. Firms use AI to sort mail. He drove up the A1 to Leeds.",
    ],
)
def test_a_digit_beside_letters_that_are_not_the_commoner_passes(text: str) -> None:
    assert inconsistent(text) == []
