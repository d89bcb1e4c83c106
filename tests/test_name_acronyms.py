"""An acronym a letter short once beside the full acronym written again and again (issue 20)."""

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
