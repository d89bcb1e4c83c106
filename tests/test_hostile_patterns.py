"""Built-in patterns take linear time on adversarial text: long runs of each pattern's own
characters (issue 23 item 10).

Time is compared, never bounded: the work on a text four times as long must grow about four
times (a quadratic scan grows sixteen times). The best of three timings is compared, and only
once the longer text takes long enough to be measured, so that a busy machine cannot fail it.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
import regex

import newslint
from newslint import document, markdown_inline, masking
from newslint.config import default_config
from newslint.linter import Linter
from subprocesses import SRC

N = 4000
GROWTH = 8.0  # n -> 4n: linear is about 4, quadratic about 16
MEASURABLE = 0.03  # seconds the longer text must take before a ratio means anything

# Patterns only ever matched at one position per call (``match``/``fullmatch``) or on a
# short window: a scan from every position of a long text is not how they are used, so they
# are timed as used.
ANCHORED = {
    "newslint.checks.name_runs._GAP",  # .fullmatch on the gap between two such words
    "newslint.checks.name_runs._GAP_AFTER_INITIAL",  # likewise
    "newslint.checks.gloss._WORD_BEFORE",  # .search on the 60 characters before a hit
    "newslint.checks.name_capitals._TAIL_OF",  # .search on the 40 characters before a name
    "newslint.checks.name_lowered._BEFORE",  # .search on the 20 characters before a phrase
    "newslint.checks.name_acronym_case._CAPITAL_BEFORE",  # .search on 40 characters before a word
    "newslint.checks.name_acronym_case._NEXT_WORD",  # .match after a word
    "newslint.checks.name_word_case._NAME_BEFORE",  # .search on 40 characters before a word
    "newslint.checks.grammar._NAME_GOES_ON",  # .match after a name
    "newslint.checks.superlative_support._CLAUSE_END",  # .match after a cue
    "newslint.text.sentence._NEXT_WORD",  # .match after an abbreviation
    "newslint.text.sentence._WORD_BEFORE",  # .fullmatch on 20 characters
    "newslint.checks.name_ends._ONE_OF",  # .search on the 30 characters before a name
    "newslint.checks.name_ends._NAMED_BEFORE",  # .search on the 20 characters before a name
    "newslint.checks.name_ends._COUNTED",  # likewise
    "newslint.checks.name_ends._SHARED",  # likewise
    "newslint.checks.name_ends._PREPOSITION",  # likewise
    "newslint.checks.name_ends._DESCRIBES",  # .match after a name
    "newslint.checks.name_ends._NUMBERED",  # likewise
    "newslint.checks.name_demonyms._WORD_BEFORE",  # .search on the 20 characters before a word
    "newslint.checks.name_demonyms._CAPITAL_BEFORE",  # .search on the 30 characters before one
    "newslint.checks.name_demonyms._CAPITAL_AFTER",  # .match after a word
    "newslint.checks.name_demonyms._JOINED",  # .search on a match of _CAPITAL_BEFORE
}

Pattern = re.Pattern[str] | regex.Pattern[str]


def _builtin_patterns() -> Iterator[tuple[str, Pattern]]:
    for info in pkgutil.walk_packages(newslint.__path__, "newslint."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value


def _rule_patterns() -> Iterator[tuple[str, Pattern]]:
    """The regular expressions in the default rule pack's options (rules/*.yaml)."""
    for rule in default_config().rules.values():
        for key, value in rule.options.items():
            items = value if isinstance(value, list | tuple) else [value]
            for i, item in enumerate(items):
                if isinstance(item, str) and re.search(r"\\[bswd]|\(\?|[\[\]+*]", item):
                    yield f"{rule.id}.{key}[{i}]", re.compile(item, re.I)


PATTERNS = dict(_builtin_patterns()) | dict(_rule_patterns())


def _pieces(source: str) -> list[str]:
    """What a hostile text repeats: each character of the pattern (escapes resolved) and
    each literal run of it, with and without a space after."""
    chars = {c for c in re.sub(r"\\(.)", r"\1", source) if not c.isalnum()} | {"a", "A"}
    literals = {
        re.sub(r"\\(.)", r"\1", lit)
        for lit in re.findall(r"(?:\\[^\w]|[^\\()\[\]?+*{}|^$.])+", source)
    }
    pieces = chars | {x for lit in literals if 1 < len(lit) <= 8 for x in (lit, lit + " ")}
    return sorted(pieces)


def _best(fn: Callable[[], object], times: int = 3) -> float:
    taken = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        taken.append(time.perf_counter() - start)
    return min(taken)


def _growth(run: Callable[[str], object], make: Callable[[int], str], n: int) -> float | None:
    """How much longer ``run`` takes on ``make(4n)`` than on ``make(n)``; None when too quick
    to tell. The long text is timed again only when the first timing looks too slow."""
    small, large = make(n), make(4 * n)
    run(small)  # warm: lazy imports and caches are not the pattern's time
    t_large = _best(lambda: run(large), times=1)
    if t_large < MEASURABLE:
        return None
    t_small = max(_best(lambda: run(small)), 1e-6)
    if t_large / t_small > GROWTH:
        t_large = min(t_large, _best(lambda: run(large), times=2))
    return t_large / t_small


def _scan(pattern: Pattern, anchored: bool) -> Callable[[str], object]:
    if anchored:
        return lambda text: pattern.match(text)
    return lambda text: sum(1 for _ in pattern.finditer(text))


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_builtin_pattern_is_linear_on_repeats_of_its_own_pieces(name: str) -> None:
    """issue 23 item 10: every built-in pattern, on long repeats of its own pieces, followed
    by nothing, a letter or a line break."""
    pattern = PATTERNS[name]
    scan = _scan(pattern, name in ANCHORED)
    for piece in _pieces(pattern.pattern):
        for tail in ("", "a", "\n"):
            ratio = _growth(scan, lambda n, p=piece, t=tail: p * (n // len(p)) + t, N)
            assert ratio is None or ratio < GROWTH, (
                f"{name} grows faster than linearly on {piece!r}+{tail!r}: x{ratio:.0f}"
            )


def test_the_pattern_table_holds_the_patterns_named() -> None:
    """The audit above reads what it means to read: the masking patterns and the anchored ones
    are found, and so are the rule pack's regular expressions."""
    assert set(PATTERNS) >= ANCHORED
    assert "newslint.markdown_inline._LINK" in PATTERNS
    assert any(name.startswith("superlative.") for name in PATTERNS)


@pytest.mark.parametrize(
    ("what", "make"),
    [
        ("comment openers", lambda n: "<!-- " * (n // 5)),
        ("growing backtick runs", lambda n: "".join("`" * k + " x " for k in range(1, n))[:n]),
        ("equal backtick runs", lambda n: "`` x " * (n // 5)),
        ("image openers", lambda n: "![" * (n // 2)),
        ("link targets", lambda n: "[a](" * (n // 4)),
        ("exclamation marks", lambda n: "!" * n),
        ("spaced tabs", lambda n: "\t" * n + " Ab cd.\n"),
        ("table rules", lambda n: " " * n + "x\n"),
    ],
)
def test_parsing_is_linear_on_hostile_markdown(what: str, make: Callable[[int], str]) -> None:
    """issue 23 item 10: parsing and masking a document (Markdown and plain text)."""
    for path in ("a.md", "a.txt"):
        ratio = _growth(lambda text, p=path: document.parse(text, p), make, 20_000)
        assert ratio is None or ratio < GROWTH, f"{what} in {path}: x{ratio:.0f}"


def test_code_spans_pair_runs_as_commonmark_does() -> None:
    """issue 23 item 10: the linear scan keeps the spans a code span covers."""
    text = "a `b` c ``d ` e`` f ```g"
    spans = markdown_inline.code_spans(text)
    assert [text[s:e] for s, e in spans] == ["`b`", "``d ` e``"]
    assert markdown_inline.code_spans("`` `a` ``") == [(0, 9)]
    assert markdown_inline.code_spans("```") == []


def test_html_comments_found_in_one_pass() -> None:
    """issue 23 item 10: comments as the old pattern found them; an unclosed one ends it."""
    text = "a <!-- b --> c <!----> d <!-- e"
    assert [text[s:e] for s, e in masking.html_comments(text)] == ["<!-- b -->", "<!---->"]


def test_linter_finishes_on_200_kb_hostile_articles(tmp_path: object) -> None:
    """issue 23 item 10: the reported files (200 KB of comment openers, growing backtick
    runs) are checked by the whole linter well within a CI step (they took 30 s and more
    than 300 s)."""
    code = (
        "import sys, time\n"
        "from newslint.config import default_config\n"
        "from newslint.linter import Linter\n"
        "lint = Linter(default_config(), use_cache=False)\n"
        "ticks = ''.join('`' * k + ' x ' for k in range(1, 700))[:200_000]\n"
        "for text in ('<!-- ' * 40_000, ticks, '!' * 200_000):\n"
        "    lint.lint_text(text, 'a.md')\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_language_server_answers_on_100_kb_hostile_buffers() -> None:
    """issue 23 item 10: the language server's analysis of an editor buffer (it blocked 44 s
    on 100 KB) finishes well within a minute on each hostile buffer."""
    code = (
        "from newslint.config import default_config\n"
        "from newslint.linter import Linter\n"
        "from newslint.lsp.analysis import analyse\n"
        "lint = Linter(default_config(), use_cache=False)\n"
        "ticks = ''.join('`' * k + ' x ' for k in range(1, 500))[:100_000]\n"
        "for text in ('<!-- ' * 20_000, ticks, '!' * 100_000, '[a](' * 25_000):\n"
        "    analyse(lint, text, 'a.md', 'file:///a.md')\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_default_linter_is_linear_on_sentence_punctuation() -> None:
    """issue 23 item 10: the whole default rule pack on runs of sentence punctuation."""
    lint = Linter(default_config(), use_cache=False)
    for mark in ".!?…":
        ratio = _growth(lambda text: lint.lint_text(text, "a.txt"), lambda n, m=mark: m * n, 10_000)
        assert ratio is None or ratio < GROWTH, f"{mark!r}: x{ratio:.0f}"
