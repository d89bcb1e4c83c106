"""Old forms written on purpose: inside a longer proper name, or glossed by the current form."""

from __future__ import annotations

import pytest

from newslint.checks.gloss import glossed, in_proper_name, title_case
from newslint.config import default_config
from newslint.fixer import fix_text
from newslint.linter import Linter

PLACES = Linter(default_config().select(["place-names"]))


def flagged(text: str) -> list[str]:
    return [f.match for f in PLACES.lint_text(text, "story.md")]


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    "text",
    [
        "Trading on the Bombay Stock Exchange was halted.",
        "The match against Dynamo Kiev ended in a draw.",
        "Her debut feature Salaam Bombay! won a prize.",
        "The Calcutta Cup was played at Murrayfield.",
    ],
)
def test_inside_a_longer_name(text: str) -> None:
    word = next(w for w in ("Bombay", "Kiev", "Calcutta") if w in text)
    assert in_proper_name(text, *at(text, word), 0, len(text))
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bombay shares rose on Monday.",  # sentence start, then a lower-case word
        "In Calcutta, the monsoon arrived early.",  # a function word before it
        "The team arrived in Kiev Monday.",  # a day after it
        "Officials said. Kiev was quiet.",  # the word before ends a sentence
    ],
)
def test_not_a_longer_name(text: str) -> None:
    word = next(w for w in ("Bombay", "Kiev", "Calcutta") if w in text)
    assert not in_proper_name(text, *at(text, word), 0, len(text))
    assert flagged(text) == [word]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("A protest in Mumbai (Bombay) on Wednesday.", "Bombay", "Mumbai"),
        ("He was born in Kyiv (formerly Kiev) in 1950.", "Kiev", "Kyiv"),
        ("He was born in Kyiv, formerly Kiev, in 1950.", "Kiev", "Kyiv"),
        ("He moved to Bombay (now Mumbai) as a child.", "Bombay", "Mumbai"),
        ("The city of Yangon (old name Rangoon) flooded.", "Rangoon", "Yangon"),
    ],
)
def test_a_gloss_is_left_alone_and_never_fixed_into_a_repeat(text: str, old: str, new: str) -> None:
    assert glossed(text, *at(text, old), new, 0, len(text))
    assert flagged(text) == []
    assert fix_text(PLACES, text, "story.md").text == text


def test_the_other_form_elsewhere_is_not_a_gloss() -> None:
    text = "Mumbai grew fast. Later, Bombay traders met in the city."
    assert not glossed(text, *at(text, "Bombay"), "Mumbai", 0, len(text))
    assert flagged(text) == ["Bombay"]


def test_a_title_case_headline_says_nothing_about_names() -> None:
    assert title_case("Drones Strike Kiev Overnight")
    assert not title_case("Shares rose on the Bombay Stock Exchange")
    assert flagged("# Drones Strike Kiev Overnight\n\nThe city was hit.\n") == ["Kiev"]


def test_house_substitutions_check_proper_names_unless_told() -> None:
    from dataclasses import replace

    config = default_config().select(["place-names"])
    rule = config.rules["place-names"]
    options = {**rule.options, "proper_names": "check"}
    strict = Linter(
        replace(config, rules={**config.rules, "place-names": replace(rule, options=options)})
    )
    text = "Trading on the Bombay Stock Exchange was halted."
    assert [f.match for f in strict.lint_text(text, "story.md")] == ["Bombay"]
