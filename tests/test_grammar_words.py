"""Words the spelling checker flags that news copy writes on purpose (grammar.spelling)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from newslint.config import load_config
from newslint.grammar.base import GrammarIssue
from newslint.grammar.spelling import (
    WordJudge,
    detect_dialect,
    not_a_dictionary_word,
    unit_or_figure,
)
from newslint.linter import Linter


def spelling(text: str, config_text: str = "rules:\n  grammar: on\n") -> list[str]:
    folder = Path(tempfile.mkdtemp())
    (folder / "newslint.yaml").write_text(config_text, encoding="utf-8")
    linter = Linter(load_config(folder / "newslint.yaml"), use_cache=False)
    return [
        f.match
        for f in linter.lint_text(text, "a.txt")
        if f.rule == "grammar" and f.data.get("category") == "typo"
    ]


@pytest.mark.parametrize(
    ("text", "dialect"),
    [
        ("The organisation's colour scheme was criticised at the centre.", "en-GB"),
        ("The organization's color scheme was criticized at the center.", "en-US"),
        ("The council met on Tuesday.", "en-US"),
        ("Our four actors met the mayor.", "en-US"),  # -our/-or words of every dialect
    ],
)
def test_detect_dialect(text: str, dialect: str) -> None:
    assert detect_dialect(text) == dialect


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Profit rose to 5bn last year.", "bn"),
        ("Net profit 1.5 mln dlrs vs 1.2 mln", "dlrs"),
        ("He won in 6.39 secs.", "secs"),
        ("The x200m relay team won.", "x200m"),
    ],
)
def test_units_and_figures(text: str, word: str) -> None:
    start = text.index(word)
    assert unit_or_figure(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "shaped"),
    [
        ("They bought BSkyB shares.", "BSkyB", True),
        ("The Wi-fi network failed.", "fi", True),
        ("Books, pens etc were sold.", "etc", True),
        ("The offically announced plan.", "offically", False),
        ("A bakery opened after 10 years of planning.", "planning", False),
    ],
)
def test_words_shaped_like_no_dictionary_word(text: str, word: str, shaped: bool) -> None:
    start = text.index(word)
    assert not_a_dictionary_word(text, start, start + len(word)) is shaped


def _issues(spelt_wrong: set[str]):  # type: ignore[no-untyped-def]
    def check(texts: list[str]) -> list[list[GrammarIssue]]:
        return [
            [
                GrammarIssue(0, len(w), "?", "SpellCheck", "typo", (), "fake")
                for w in t.split()
                if w in spelt_wrong
            ]
            for t in texts
        ]

    return check


def test_word_judge_asks_other_dialects_and_the_parts_of_compounds() -> None:
    asked: list[str] = []
    british = _issues({"color"})

    def others() -> list[object]:
        asked.append("made")
        return [british]

    judge = WordJudge(["Vale"], others, _issues({"writedwn", "zzzzqqqq"}))  # type: ignore[arg-type]
    assert judge.accepted("vale") and judge.accepted("Vales")  # house vocabulary
    assert asked == []  # other dialects are made only when a word needs them
    assert judge.accepted("colour")  # the British checker knows it
    assert judge.accepted("writedown")  # "write down": both words known
    assert judge.accepted("eurozone's")
    assert asked == ["made"]


def test_a_dictionary_word_whose_fix_is_its_capital_is_still_reported() -> None:
    judge = WordJudge([], tuple, None)
    assert judge.accepted("innings")
    assert not judge.accepted("december", ["December"])


def test_real_copy_spellings_are_not_reported() -> None:
    text = (
        "The organisation said its defence budget rose 5bn, or 3 pct, to 1.5 mln dlrs.\n\n"
        "The council's colour scheme was criticised, and analysts expect a writedown.\n"
    )
    assert spelling(text) == []
    assert spelling("Officials said the letter was recieved on Tuesday.\n") == ["recieved"]


def test_explicit_dialect_is_strict() -> None:
    text = "The council's colour scheme was discussed on Tuesday.\n"
    assert spelling(text) == []
    assert spelling(text, "rules:\n  grammar:\n    options: {language: en-US}\n") == ["colour"]


def test_house_vocabulary_from_the_config() -> None:
    text = "Officials said the team used a frobnicator on Tuesday.\n"
    assert spelling(text) == ["frobnicator"]
    assert spelling(text, "vocabulary:\n  accept: [frobnicator]\n") == []
