"""Shortcuts taken for speed give exactly what the plain path gives.

(The superlative check's keyword search is pinned in tests/test_superlative.py.)
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newslint import document
from newslint.linter import Linter, render

ROOT = Path(__file__).parents[1]


def test_fold_straightens_like_a_translation_table() -> None:
    from itertools import product

    from newslint.text.words import _STRAIGHTEN, fold

    table = str.maketrans(dict(_STRAIGHTEN))
    for chars in product("’‘“”–—‐\u00a0aÉ£ ", repeat=3):
        s = "".join(chars)
        translated = s.translate(table)
        assert fold(s) == fold(translated) and "’" not in fold(s), s


def test_word_pattern_equals_its_plain_definition() -> None:
    """text.WORD is written as runs of \\w for speed; it matches what the plain definition
    (a letter or digit, then word characters or a joiner before a letter or digit) matches."""
    import re
    from itertools import product

    from newslint.text import WORD

    plain = re.compile(r"[^\W_](?:[\w]|[’'\-.](?=[^\W_]))*")
    for size in range(6):
        for chars in product("a_9'’-. é,", repeat=size):
            s = "".join(chars)
            assert [m.span() for m in WORD.finditer(s)] == [m.span() for m in plain.finditer(s)]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_a_text_has_words_when_it_has_a_letter_or_digit(s: str) -> None:
    """readability counts a sentence when it has a letter or digit: when it has a word."""
    from newslint.text import count_words

    assert (count_words(s) > 0) == any(ch.isalnum() for ch in s)


TEMPLATES = [
    'Avoid "{match}"',
    "{match!r} ({words} words, limit {max_words})",
    "{nosuch} stays visible, {nosuch!r} and {nosuch:>10} too",
    "{grade:>6} {{literal}} {match.upper}",
    "{0} is positional",  # cannot be filled: shown as written
    "{words:d} {match:d}",  # 'd' is no format for a string: shown as written
    "{nosuch.attr}",
]


class _Formatter(string.Formatter):
    """The plain definition: string.Formatter, unknown names kept as written."""

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Any) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "{" + key + "}")
        return super().get_value(key, args, kwargs)


@pytest.mark.parametrize("template", TEMPLATES)
def test_message_rendering_matches_string_formatter(template: str) -> None:
    values = {"match": "historic", "words": 52, "max_words": 40, "grade": "18.1"}
    try:
        expected = _Formatter().vformat(template, (), values)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        expected = template
    assert render(template, values) == expected


_LINE_TEXT = st.text(alphabet=" \t\n\u00a0\u2028\x0b\x1c\x85ab.", max_size=60)


@given(_LINE_TEXT, st.integers(min_value=0, max_value=60))
def test_plain_blocks_without_carriage_returns_match_the_line_loop(text: str, at: int) -> None:
    """Blank-line separated blocks found by one regex scan are those of the loop over lines
    (which text with a carriage return still takes), from any starting offset."""
    start = min(at, len(text))
    fast = list(document._plain_blocks(text, start))
    assert fast == list(document._blocks_line_by_line(text, start))


@given(st.text(alphabet="\r\nab \u2028", max_size=40))
def test_line_index_starts_are_the_line_breaks(text: str) -> None:
    """Line starts computed in C (text without a carriage return) are those the regex of
    line breaks gives; text with one takes the regex itself."""
    import re

    from newslint.positions import LineIndex

    expected = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    assert LineIndex(text)._starts == expected
    assert LineIndex(text.replace("\r", ""))._starts == [
        0,
        *(m.end() for m in re.finditer(r"\n", text.replace("\r", ""))),
    ]


def _refuse_folders_named_locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make os.scandir refuse folders whose path ends in "locked", as an unreadable folder
    would (as root, chmod cannot make one)."""
    import os

    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("top", [".", "tree", "tree/", "./tree", "ABS"])
def test_walk_finds_files_once_and_reports_links_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, top: str
) -> None:
    """However the folder is named, a walk reports broken links and unreadable folders, finds a
    file reached through two names once, and checks a link by the path it resolves to."""
    import os

    from newslint import files

    monkeypatch.chdir(tmp_path)
    tree = tmp_path / "tree"
    for rel in [
        "b.md", "a.txt", "A.txt", "c.MD", "notes.rst", ".hidden.md", "x.markdown",
        ".git/ignored.md", "sub/z.md", "sub/deeper/y.txt", "sub2/w.md", "sub/.cache/v.md",
    ]:  # fmt: skip
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree / rel).write_text("text\n", encoding="utf-8")
    (tree / "link-to-b.md").symlink_to("b.md")  # the same file twice: found once
    (tree / "dangling.md").symlink_to("gone.md")
    (tree / "loop1.md").symlink_to("loop2.md")
    (tree / "loop2.md").symlink_to("loop1.md")
    (tree / "linked-dir").symlink_to("sub", target_is_directory=True)  # not followed
    (tree / "sub" / "up").symlink_to("..", target_is_directory=True)
    (tree / "latest").symlink_to("sub/z.md")  # included by the path it resolves to
    (tree / "stale").symlink_to("gone.md")  # the same, and broken
    (tree / "outside").symlink_to(tmp_path / "elsewhere.md")
    (tmp_path / "elsewhere.md").write_text("text\n", encoding="utf-8")
    for locked in ("sub/locked", "sub2/locked", "zz-locked"):  # the middle, and the end
        (tree / locked).mkdir()
    _refuse_folders_named_locked(monkeypatch)
    os.mkfifo(tree / "pipe.md")
    start = str(tree) if top == "ABS" else top
    if top == ".":
        monkeypatch.chdir(tree)
    include = ("*.md", "*.markdown", "*.txt")
    fast = list(files.discover([start], include, ()))
    errors = [x for x in fast if isinstance(x, files.InputError)]
    assert sum(e.message != files.OUTSIDE_LINK for e in errors) == 7  # 4 links, 3 folders
    assert not any(t.display.endswith("outside") for t in fast if isinstance(t, files.Target))
    assert any(t.display.endswith("latest") for t in fast if isinstance(t, files.Target))
    assert sum(t.display.endswith("b.md") for t in fast if isinstance(t, files.Target)) == 1


@pytest.mark.parametrize("exclude", [(), ("*.rst",)])
def test_a_folder_that_cannot_be_read_is_reported_even_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exclude: tuple[str, ...]
) -> None:

    from newslint import files

    for rel in ["a/story.md", "z-locked/hidden.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("text\n", encoding="utf-8")
    _refuse_folders_named_locked(monkeypatch)
    found = list(files.discover([str(tmp_path)], ("*.md",), exclude))
    assert [t.display for t in found if isinstance(t, files.Target)] == [
        str(tmp_path / "a" / "story.md")
    ]
    errors = [e for e in found if isinstance(e, files.InputError)]
    assert [(e.path, e.message) for e in errors] == [
        (str(tmp_path / "z-locked"), "cannot read directory: Permission denied")
    ]


_PHRASES = st.lists(
    st.text(alphabet="Kk iIeEv'’-.é\u0301¹\t\u00a0", min_size=1, max_size=5),
    min_size=1,
    max_size=4,
)


@given(
    st.text(alphabet="Kk iIeEvV'’-._é\u0301¹ \t\u00a0", max_size=30),
    _PHRASES,
    st.booleans(),
    st.booleans(),
)
@example("y  iv, y  i", ["\tiv", "\u00a0i", " i", "v  i"], False, True)
@example("in  \t the", ["in   the", "n  \t"], True, False)
def test_word_pattern_equals_its_plain_form(
    text: str, phrases: list[str], ignore_case: bool, whole_words: bool
) -> None:
    """word_pattern tests a literal phrase's left boundary after its first character (so
    ``re`` can scan for first characters); on either engine it matches what the plain form,
    one lookbehind before the alternation, matches."""
    import re

    import regex

    from newslint.checks.base import word_pattern

    items = sorted(set(phrases), key=len, reverse=True)
    inner = "|".join(f"(?:{re.escape(p).replace(chr(92) + ' ', chr(92) + 's+')})" for p in items)
    plain = rf"(?<![\w-])(?:{inner})(?![\w-])" if whole_words else f"(?:{inner})"
    fast = word_pattern(phrases, whole_words=whole_words)
    for engine, flags in ((re, re.I), (regex, regex.I | regex.V0)):
        f = flags if ignore_case else 0
        for start in range(0, len(text) + 1, 4):
            got = [m.span() for m in engine.compile(fast, f).finditer(text, start)]
            assert got == [m.span() for m in engine.compile(plain, f).finditer(text, start)]


def test_word_pattern_writes_a_run_of_spaces_as_one_quantifier() -> None:
    """k spaces in a phrase match a run of at least k white-space characters, written as one
    quantifier: "\\s+\\s+\\s+" made re backtrack through every split of a long run of spaces
    (seconds on a paragraph of padding), where regex had been quick."""
    from newslint.checks.base import word_pattern

    pattern = word_pattern(["in   the", "per cent"])
    assert r"\s{3,}" in pattern and r"\s+\s+" not in pattern and r"er\s+cent" in pattern


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "Luiz da Silva and Robert F. Kennedy Jr. met Rubio's aide",
            [
                [("Luiz", 0, 4), ("da", 5, 7), ("Silva", 8, 13)],
                [("Robert", 18, 24), ("F", 25, 26), ("Kennedy", 28, 35), ("Jr", 36, 38)],
                [("Rubio", 44, 49)],
            ],
        ),
        ("A. B", [[("A", 0, 1), ("B", 3, 4)]]),
        ("Ｍarco Rubio", [[("Ｍarco", 0, 5), ("Rubio", 6, 11)]]),
        (
            "ÉLYSÉE e US, Marco van  Rubio",
            [
                [("ÉLYSÉE", 0, 6), ("e", 7, 8), ("US", 9, 11)],
                [("Marco", 13, 18)],
                [("Rubio", 24, 29)],
            ],
        ),
    ],
)
def test_name_runs(text: str, runs: list[list[tuple[str, int, int]]]) -> None:
    """Capitalised words join across a space, particles and an initial's ". "; a possessive
    ends a run; runs of one word only with single-word checks."""
    from newslint.checks.name_runs import capitalised_runs

    doc = document.parse(text, "a.txt")
    assert list(capitalised_runs(doc, single=True)) == runs
    assert list(capitalised_runs(doc, single=False)) == [run for run in runs if len(run) > 1]


def _word_by_pattern(masked: str, start: int, dot: int) -> str:
    """The word before a period taken by the pattern alone (the definition)."""
    from newslint.text.sentence import _WORD_BEFORE

    w = _WORD_BEFORE.fullmatch(masked, max(start, dot - 20), dot)
    return w.group(1).rstrip(".").lstrip("'’") if w else ""


@given(
    st.text(alphabet="aZ9_ .-'’&\u00a0\u0130\t", max_size=30),
    st.sampled_from(["Mr", "U.S", "AT&T", "Parker's", ""]),
)
@example("Mr", "")
@example(" \u0130", "")  # lower-cases to two characters: not an initial
@example("x" * 25, "")  # longer than the 20 characters looked at
def test_word_before_shortcut_equals_the_pattern(text: str, word: str) -> None:
    """A sentence end's abbreviation test reads a plain word after a space without the
    pattern; on any text it must find what the pattern finds."""
    from newslint.text.sentence import word_before

    masked = f"{text} {word}" if word else text
    for start in range(len(masked) + 1):
        for dot in range(start, len(masked) + 1):
            assert word_before(masked, start, dot) == _word_by_pattern(masked, start, dot), (
                masked,
                start,
                dot,
            )


_WORD_LIST_TEXT = st.lists(
    st.sampled_from(
        [
            *" .,'’-\n\u00a0\u212a\u017fÉé",
            "Kiev",
            "KIEV",
            "kiev",
            "Kievan",
            "slammed",
            "SLAMMED",
            "lammed",  # after a long s: "slammed" to case-insensitive matching
            "war",
            "of",
            "words",
            "War",
            "Bombay",
            "\u212aiev",  # Kelvin sign: a K to case-insensitive matching
        ]
    ),
    max_size=20,
).map("".join)


@given(_WORD_LIST_TEXT, st.booleans(), st.booleans())
@example("war  of\nwords", True, True)
@example("\u212aiev", True, False)
@example("\u017flammed", True, True)
def test_word_lists_looked_up_first_find_what_the_pattern_finds(
    text: str, ignore_case: bool, whole_words: bool
) -> None:
    """existence and substitution look for a word of each phrase before running their
    pattern; with the look-up skipped (keys None) they must report the same."""
    from newslint.checks import existence, substitution

    resources = Linter().resources
    doc = document.parse(text, "a.txt")
    words = ("war of words", "slammed", "Kiev", "kiev-based")
    common = {"ignore_case": ignore_case, "whole_words": whole_words, "roles": ()}
    state = existence.prepare(
        {**common, "words": words, "patterns": (), "quotes": "check"}, resources
    )
    fast = [(h.start, h.end) for h in existence.run(doc, state)]
    assert fast == [
        (h.start, h.end) for h in existence.run(doc, (state[0], None, state[2], state[3]))
    ]
    swap = {"Kiev": "Kyiv", "war of words": "row", "Bombay": "Mumbai"}
    sub = substitution.prepare(
        {**common, "swap": swap, "quotes": "check", "proper_names": "skip"}, resources
    )
    fast = [(h.start, h.end) for h in substitution.run(doc, sub)]
    slow = (sub[0], sub[1], None, sub[3])
    assert fast == [(h.start, h.end) for h in substitution.run(doc, slow)]
