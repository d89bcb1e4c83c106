"""Running over many files: pool output equals serial output; the result cache is exact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslint import runner
from newslint.config import default_config

CFG = default_config().select(ignore=["grammar"])
SEED = (Path(__file__).parents[1] / "examples" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for i in range(40):
        body = SEED if i % 3 == 0 else f"**Story {i}**\nThe council met on day {i} and voted.\n"
        (tmp_path / f"a{i:02d}.txt").write_text(body, encoding="utf-8")
    return tmp_path


def test_pool_and_serial_give_identical_reports(corpus: Path) -> None:
    serial = runner.run([str(corpus)], CFG, jobs=1, use_cache=False)
    pooled = runner.run([str(corpus)], CFG, jobs=2, use_cache=False)
    assert pooled.report == serial.report
    assert [f.path for f in serial.report.files] == sorted(f.path for f in serial.report.files)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_pool_is_forked_from_warmed_rules(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """Before a pool forks, the rules build what every worker would otherwise build on its
    first documents (the listed names' token set); a serial run builds them only as it needs
    them."""
    from newslint.linter import Linter

    events: list[str] = []
    real_warm = Linter.warm

    def warm(self: Linter) -> None:
        events.append("warm")
        real_warm(self)

    monkeypatch.setattr(Linter, "warm", warm)
    import multiprocessing
    from multiprocessing.pool import Pool

    context = type(multiprocessing.get_context())
    real_pool = context.Pool

    def pool(self: object, *args: object, **kwargs: object) -> Pool:
        events.append("fork")
        return real_pool(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(context, "Pool", pool)
    result = runner.run([str(corpus)], CFG, jobs=jobs, use_cache=False)
    assert events == (["warm", "fork"] if jobs > 1 else [])
    assert result.report == runner.run([str(corpus)], CFG, jobs=1, use_cache=False).report


def test_a_pool_keeps_what_its_workers_learnt_about_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pool workers end without running atexit handlers: the answers they had to ask pyphen
    for are in the word table after the run all the same, so that the next run finds them."""
    from newslint import wordtable

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    wordtable.TABLE.close()
    words = [f"zorb{a}{b}ulanity" for a in "abcdefgh" for b in "klmno"]
    for i, word in enumerate(words):
        (tmp_path / f"a{i:02d}.txt").write_text(f"The council met and voted {word}.\n")
    try:
        runner.run([str(tmp_path)], CFG, jobs=2, use_cache=False)
        missing = [w for w in words if wordtable.TABLE.answer(wordtable.PYPHEN, w) is None]
    finally:
        wordtable.TABLE.close()
    assert missing == []


def test_result_cache_hits_and_invalidates(
    corpus: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    lint_calls: Callable[[], list[str]],
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    first = runner.run([str(corpus)], CFG, jobs=1)
    calls = lint_calls()
    again = runner.run([str(corpus)], CFG, jobs=1)
    assert again.report == first.report and calls == []
    assert again.sources == first.sources
    (corpus / "a01.txt").write_text("**Changed**\nIt was a historic day.\n", encoding="utf-8")
    changed = runner.run([str(corpus)], CFG, jobs=1)
    assert calls == [str(corpus / "a01.txt")]
    assert any(
        f.rule == "superlative"
        for fr in changed.report.files
        for f in fr.findings
        if fr.path.endswith("a01.txt")
    )
    other = runner.run([str(corpus)], CFG.select(ignore=["superlative"]), jobs=1)
    assert len(calls) == 1 + 40  # another config is another key
    assert not any(f.rule == "superlative" for fr in other.report.files for f in fr.findings)


def test_unreadable_and_missing_paths_are_errors_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("**Head**\nFine text.\n", encoding="utf-8")
    result = runner.run([str(tmp_path), str(tmp_path / "gone.md")], CFG, use_cache=False)
    assert [f.path for f in result.report.files] == [str(tmp_path / "ok.txt")]
    assert [e.message for e in result.report.errors] == ["no such file or directory"]
