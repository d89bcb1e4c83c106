"""A name with a capital inside it written with its first letters in lower case (issue 20)."""

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


def test_a_name_with_an_inner_capital_and_its_first_letters_lowered_is_found() -> None:
    text = (
        "Oscar race\n\n"
        "The film stars Leonardo diCaprio as Howard Hughes. Critics praised DiCaprio, and "
        "the studio backed DiCaprio for the award.\n"
    )
    found = [(f.match, f.suggestions, f.fix) for f in lint_text(text, config=CONFIG)]
    assert found == [("diCaprio", ("DiCaprio",), None)]
    text = "Oscar race\n\nThe film stars Leonardo diCaprio, and critics praised DiCaprio.\n"
    (finding,) = lint_text(text, config=CONFIG)
    assert (finding.suggestions, finding.data["other"]) == ((), "DiCaprio")  # a tie: asked


@pytest.mark.parametrize(
    "text",
    [
        # A brand's one lower-case letter.
        "Phones\n\nThe iPod sold well. Sales of the IPod range rose, Apple said.\n",
        # The capital first only where a sentence starts says nothing.
        "Airline\n\nShares in easyJet rose. EasyJet said profits would grow.\n",
        # The capital first only in a quotation.
        'Airline\n\nShares in easyJet rose. "EasyJet is cheap," he said.\n',
    ],
)
def test_a_lowered_first_letter_that_may_be_the_brands_passes(text: str) -> None:
    assert inconsistent(text) == []
