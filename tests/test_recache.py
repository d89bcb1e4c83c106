"""The on-disk cache of compiled regular expressions gives the patterns ``re.compile`` gives."""

from __future__ import annotations

import marshal
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint import recache
from newslint.checks.base import word_pattern
from subprocesses import outputs_across_hash_seeds, runs_with_one_cache

ROOT = Path(__file__).parents[1]

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*\r?$", re.M),
    (r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w¿¡])", 0),
    (word_pattern(["Kiev", "Bombay", "cut  costs"]), re.I),
    (r"(a)|(?P<b>b)\1?", re.X | re.S),
    (rb"\x00[^\xff]+", 0),
    (r"\d+", re.A),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache at a temporary path (nothing is written at exit)."""
    path = tmp_path / "re-test.marshal"
    monkeypatch.setattr(recache, "_entries", {})
    monkeypatch.setattr(recache, "_added", {})
    monkeypatch.setattr(recache, "_path", path)
    monkeypatch.setattr(recache.atexit, "register", lambda fn: fn)
    return path


def reload(monkeypatch: pytest.MonkeyPatch, path: Path) -> dict[Any, Any]:
    """Start afresh as a new process would, from the cache file at ``path``."""
    entries = recache.read(path)
    monkeypatch.setattr(recache, "_entries", entries)
    monkeypatch.setattr(recache, "_added", {})
    return entries


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_cached_pattern_is_re_compiles(
    cache: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    expected = re.compile(pattern, flags)
    assert recache.compile(pattern, flags) == expected
    recache.save()
    assert reload(monkeypatch, cache)  # written, and read back

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again")

    with monkeypatch.context() as m:
        m.setattr(recache.re, "compile", no_compiling)
        again = recache.compile(pattern, flags)
    assert again == expected
    assert (again.pattern, again.flags, again.groups, again.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )


@given(st.text(alphabet="ab(|)*?+[]\\^$.{},:?!=<P>12", max_size=12), st.sampled_from([0, 2, 8]))
def test_whatever_re_accepts_is_cached_as_re_compiles_it(pattern: str, flags: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # "possible nested set"
        try:
            expected = re.compile(pattern, flags)
        except (re.error, OverflowError, RecursionError):
            return
        entry = recache.build(pattern, flags)
    marshal.dumps(entry)  # storable
    assert recache._sre.compile(pattern, *marshal.loads(marshal.dumps(entry))) == expected


def test_a_damaged_entry_or_file_is_compiled_afresh(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?<![\w-])colou?r(?![\w-])"
    recache.compile(pattern)
    recache.save()
    entries = reload(monkeypatch, cache)
    flags, code, *rest = entries[(pattern, 0)]
    entries[(pattern, 0)] = (flags, [999, *code], *rest)  # code _sre refuses
    assert recache.compile(pattern) == re.compile(pattern)

    cache.write_bytes(b"\x00not marshal")
    assert reload(monkeypatch, cache) == {}
    cache.write_bytes(marshal.dumps([1, 2, 3]))
    assert reload(monkeypatch, cache) == {}
    assert recache.compile(pattern) == re.compile(pattern)


def test_patterns_built_from_sets_are_the_same_in_every_process() -> None:
    """word_pattern orders a set's phrases itself: the text (the cache key) does not follow
    string hashing, which changes from process to process."""
    code = (
        "from newslint.checks.base import word_pattern\n"
        "print(word_pattern({'cat', 'dog', 'owl', 'emu', 'yak', 'gnu'}))\n"
        "from newslint.checks.entity_spelling import _GAP\n"
        "print(_GAP.pattern)\n"
    )
    assert len(outputs_across_hash_seeds(code)) == 1


WARM_RUN = """
import atexit
import re._compiler
import sys

compiled = []
real = re._compiler.compile

def spy(pattern, flags=0):  # count what newslint's own code has compiled
    frame = sys._getframe(1)
    while frame.f_code.co_filename == re.__file__:
        frame = frame.f_back
    if "newslint" in frame.f_code.co_filename:
        compiled.append(pattern)
    return real(pattern, flags)

re._compiler.compile = spy
atexit.register(lambda: print(len(compiled)))
from newslint.cli import main
sys.argv = ["newslint", "check", "--no-cache", "--ignore", "grammar", sys.argv[1]]
main()
"""


def test_a_warm_run_compiles_none_of_newslints_patterns(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        (ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    counts = []
    for proc in runs_with_one_cache(WARM_RUN, [str(article)], tmp_path):  # the first fills it
        assert proc.returncode == 1, proc.stderr  # the seed article has findings
        counts.append(int(proc.stdout.splitlines()[-1]))
    assert counts[0] > 50
    assert counts[1] == 0
    assert list((tmp_path / "cache").rglob("re-*.marshal"))
