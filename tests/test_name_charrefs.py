"""A name holding an HTML character reference in a plain-text article (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config

CONFIG = default_config().select(["entity-spelling"])


def found(text: str, path: str = "a.txt") -> list[tuple[str, tuple[str, ...]]]:
    return [
        (f.match, f.suggestions)
        for f in lint_text(text, path=path, config=CONFIG)
        if f.data["kind"] == "character-reference"
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Bernab&#233;u", "Bernabéu"),
        ("Jos&#233;", "José"),
        ("Mu&ntilde;oz", "Muñoz"),
        ("S&#xE3;o", "São"),
        ("O&#39;Brien", "O'Brien"),
        ("AT&amp;T", "AT&T"),
    ],
)
def test_a_name_with_a_character_reference_is_decoded(written: str, meant: str) -> None:
    text = f"Match report\n\nThe game at the {written} ground ended 1-1.\n"
    assert found(text) == [(written, (meant,))]


def test_the_decoded_name_is_suggested_never_fixed() -> None:
    text = "Match report\n\nReal play at the Bernab&#233;u on Sunday.\n"
    (finding,) = [
        f for f in lint_text(text, path="a.txt", config=CONFIG) if f.match == "Bernab&#233;u"
    ]
    assert finding.suggestions == ("Bernabéu",) and finding.fix is None


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Bernab&amp;#233;u", "Bernabéu"), ("&#214;zil", "Özil"), ("&Eacute;douard", "Édouard")],
)
def test_a_reference_escaped_twice_or_opening_the_name_is_decoded(written: str, meant: str) -> None:
    assert found(f"Report\n\nThey met {written} on Sunday.\n") == [(written, (meant,))]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # In Markdown a reference is markup.
        ("# Match report\n\nThe game at the Bernab&#233;u ended 1-1.\n", "a.md"),
        # A reference that decodes to no letter, or outside a name.
        ("Maths\n\nIf X&lt;Y then caf&#233; prices &#163;5 rise.\n", "a.txt"),
        # No reference, though it looks like one.
        ("Firms\n\nShares in Johnson&Johnson; fell.\n", "a.txt"),
    ],
)
def test_markup_and_other_references_are_left_alone(text: str, path: str) -> None:
    assert found(text, path) == []
