"""newslint's two caches: a planted or damaged entry is a miss, never a crash or code run; keys
follow newslint's code, the dependencies and the names of the files they are built from."""

from __future__ import annotations

import marshal
import os
import pickle
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newslint import cache, resultcache, runner
from newslint.config import default_config
from newslint.entities import load_index
from newslint.rules import load_rule_dir

CFG = default_config().select(ignore=["grammar"])
ARTICLE = "**Council votes**\nIt was a historic day for the town.\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache home for this test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = cache.cache_dir()
    assert folder is not None
    return folder


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "news" / "story.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _set_all(db_path: Path, table: str, value: object) -> int:
    with sqlite3.connect(db_path) as db:
        changed: int = db.execute(f"UPDATE {table} SET value = ?", (value,)).rowcount
    return changed


class _Bomb:
    """Unpickling this runs code: it writes a file."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[Callable[..., object], tuple[str, ...]]:
        return (Path.write_text, (self.target, "code ran"))  # type: ignore[return-value]


def _planted_results(tmp_path: Path) -> Iterator[object]:
    yield "{not json"
    yield "[1, 2]"
    yield '["x", [["a", "b"]], []]'
    yield '["x", [], [["p", "m", null, null, "yes"]]]'  # fatal is not a boolean
    yield "9" * 5000  # an integer too long to read
    yield "[" * 100_000  # nested past the recursion limit
    yield pickle.dumps(_Bomb(tmp_path / "pwned"))  # what an older newslint stored
    yield b"\x00\xff"


def test_planted_or_damaged_result_entries_are_misses(home: Path, tmp_path: Path) -> None:
    """issue 23 item 2: a planted pickle never runs; a damaged result entry is a miss."""
    article = _article(tmp_path)
    fresh = runner.run([str(article)], CFG)
    assert fresh.report.files[0].findings
    for value in _planted_results(tmp_path):
        assert _set_all(home / cache.RESULTS_FILE, "results", value) == 1
        again = runner.run([str(article)], CFG)
        assert again.report == fresh.report, value
    assert not (tmp_path / "pwned").exists()


def test_a_damaged_results_database_never_fails_the_command(home: Path, tmp_path: Path) -> None:
    """issue 23 item 2: a damaged results database is a miss, not a failed run."""
    article = _article(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(home.parent)}
    argv = [sys.executable, "-m", "newslint", "check", "--ignore", "grammar", str(article)]
    first = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert first.returncode == 0 and "superlative" in first.stdout
    (home / cache.RESULTS_FILE).write_bytes(b"SQLite format 3\x00" + os.urandom(2000))
    again = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, first.stderr)


def test_a_changed_byte_in_any_derived_entry_never_crashes_a_run(
    home: Path, tmp_path: Path
) -> None:
    """issue 23 item 3: one changed byte in each derived cache file (once, a changed integer
    in the cache of compiled regular expressions segfaulted every check): the run still ends
    normally, with or without the cache."""
    article = _article(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(home.parent)}
    argv = [sys.executable, "-m", "newslint", "check", "--ignore", "grammar", str(article)]
    first = subprocess.run(argv, capture_output=True, text=True, env=env)
    entries = sorted((home / "derived").glob("*.marshal")) + sorted(
        (home / "derived").glob("*.sqlite")
    )
    assert entries and first.returncode == 0
    for at in (0.1, 0.5, 0.9):
        for entry in entries:
            data = bytearray(entry.read_bytes())
            data[int(len(data) * at)] ^= 0x01
            entry.write_bytes(bytes(data))
        for extra in ([], ["--no-cache"]):
            again = subprocess.run([*argv, *extra], capture_output=True, text=True, env=env)
            assert again.returncode == 0, (at, extra, again.returncode, again.stderr[-2000:])
            assert "Traceback" not in again.stderr


RULE = """\
id: house-words
check: existence
severity: warning
message: "'{match}' is not house style"
description: "What it flags: words the desk bans."
options:
  words: [utilise]
"""


def test_planted_or_damaged_derived_entries_are_misses(home: Path, tmp_path: Path) -> None:
    """issue 23 items 2 and 3: a bit flip in the rules cache, or a planted entry that would
    switch a rule off, is a miss."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "house-words.yaml").write_text(RULE, encoding="utf-8")
    good = load_rule_dir(folder)
    (entry,) = (home / "derived").glob("rules-*.marshal")
    plain = marshal.loads(cache.unseal(entry.read_bytes()))
    (rule,) = plain
    planted = [
        b"",
        os.urandom(64),
        marshal.dumps(None),
        marshal.dumps([]),  # no rules: would switch the rule off
        marshal.dumps([(*rule[:5], {"words": "utilise"}, *rule[6:])]),  # not a list
        marshal.dumps([(*rule[:5], {}, *rule[6:])]),  # options missing
        marshal.dumps([(*rule[:2], "loud", *rule[3:])]),
        marshal.dumps([(*rule[:1], "no-such-check", *rule[2:])]),
        marshal.dumps([(*rule[:8], "yes", *rule[9:])]),
        marshal.dumps([(*rule[:7], {"fail": "x"}, *rule[8:])]),
        marshal.dumps([(*rule[:9], "/elsewhere.yaml")]),
        marshal.dumps([rule[:5]]),
        marshal.dumps([rule, rule]),
        marshal.dumps(compile("open('pwned', 'w')", "x", "exec")),  # code is never run
    ]
    for data in planted:
        for written in (data, cache.seal(data)):  # a damaged entry; one planted with its digest
            entry.write_bytes(written)
            assert load_rule_dir(folder) == good, written
            assert marshal.loads(cache.unseal(entry.read_bytes())) == plain  # mended
    assert not Path("pwned").exists()


def test_damaged_entity_index_entries_are_misses(home: Path, tmp_path: Path) -> None:
    names = tmp_path / "people.txt"
    names.write_text("Marco Rubio\nNicolás Maduro\n", encoding="utf-8")
    built = load_index([str(names)])
    (entry,) = (home / "derived").glob("entities-*.marshal")
    for data in (b"", os.urandom(100), marshal.dumps(("another format",)), marshal.dumps(7)):
        for written in (data, cache.seal(data)):
            entry.write_bytes(written)
            assert load_index([str(names)]).forms == built.forms


def test_an_entities_list_as_txt_and_as_yaml_are_different_entries(
    home: Path, tmp_path: Path
) -> None:
    """issue 23 item 15: the same bytes as .txt and as .yaml are two cache entries."""
    data = "- name: Marco Rubio\n"  # one YAML entry; as plain text, a name "- name: ..."
    as_yaml, as_txt = tmp_path / "people.yaml", tmp_path / "people.txt"
    as_yaml.write_text(data, encoding="utf-8")
    as_txt.write_text(data, encoding="utf-8")
    yaml_forms = load_index([str(as_yaml)]).forms
    txt_forms = load_index([str(as_txt)]).forms
    assert [f.text for f in yaml_forms] == ["Marco Rubio"]
    assert txt_forms != yaml_forms
    assert [f.text for f in load_index([str(as_yaml)]).forms] == ["Marco Rubio"]
    assert len(list((home / "derived").glob("entities-*.marshal"))) == 2


def test_a_dependency_upgrade_starts_both_caches_afresh(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 23 item 15: a dependency's main file is rewritten by any install of another
    version."""
    site = tmp_path / "site"
    (site / "fakedep").mkdir(parents=True)
    init = site / "fakedep" / "__init__.py"
    init.write_text("__version__ = '1.0'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(cache, "DEPENDENCIES", (*cache.DEPENDENCIES, "fakedep"))
    cache.environment.cache_clear()
    article = _article(tmp_path)
    runner.run([str(article)], CFG)
    before = cache.environment()
    stored = resultcache.ResultCache(CFG, "utf-8")
    key = stored.key(article.read_bytes(), str(article))
    assert stored.get(key) is not None
    stored.close()

    init.write_text("__version__ = '1.10'\n", encoding="utf-8")  # pip install -U fakedep
    cache.environment.cache_clear()
    try:
        assert cache.environment() != before
        upgraded = resultcache.ResultCache(CFG, "utf-8")
        assert upgraded.key(article.read_bytes(), str(article)) != key
        assert upgraded.get(upgraded.key(article.read_bytes(), str(article))) is None
        upgraded.close()
    finally:
        monkeypatch.undo()
        cache.environment.cache_clear()


def test_derived_entries_unused_for_a_month_are_pruned(home: Path) -> None:
    """Writing a derived entry removes the entries of its kind that no run has read for 30
    days; reading one marks it used, so it stays."""
    folder = home / "derived"
    cache.derived("entities", [b"used"], lambda: 1, int, int)
    (used,) = folder.glob("entities-*")
    old = time.time() - 40 * 86_400
    for name in ("entities-aaa.marshal", "rules-bbb.marshal"):
        (folder / name).write_bytes(marshal.dumps(0))
        os.utime(folder / name, (old, old))
    os.utime(used, (old, old))
    assert cache.derived("entities", [b"used"], lambda: 2, int, int) == 1  # read back
    cache.derived("entities", [b"new"], lambda: 3, int, int)
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 3 and used.name in left and "rules-bbb.marshal" in left
