"""The public Python API returns what the CLI reports, and maps over a real process pool."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newslint
from newslint.cli import app
from newslint.formatters.json_format import diagnostic

EXAMPLES = Path(__file__).parents[1] / "examples"
SEED = EXAMPLES / "seed-article.txt"


def _check(path: str) -> newslint.FileResult | None:
    linter = newslint.Linter(newslint.load_config().select(ignore=["grammar"]))
    return linter.check_file(Path(path), path).result


def test_lint_text_matches_the_cli() -> None:
    cfg = newslint.load_config().select(ignore=["grammar"])
    findings = newslint.lint_text(SEED.read_text(encoding="utf-8"), str(SEED), cfg)
    out = (
        CliRunner()
        .invoke(app, ["check", "--format", "json", "--ignore", "grammar", str(SEED)])
        .stdout
    )
    assert [diagnostic(f) for f in findings] == json.loads(out)["files"][0]["diagnostics"]


def test_lint_paths_and_pickling() -> None:
    cfg = newslint.load_config().select(ignore=["grammar"])
    report = newslint.lint_paths([EXAMPLES], cfg, jobs=1)
    assert {Path(f.path).name for f in report.files} >= {"seed-article.txt"}
    assert pickle.loads(pickle.dumps(report)) == report
    assert pickle.loads(pickle.dumps(cfg)).rules.keys() == cfg.rules.keys()


def test_findings_pickle_and_stay_frozen() -> None:
    import dataclasses

    from newslint.findings import Edit, FileResult, Finding, Related, Severity

    finding = Finding(
        "a.md", "r", "c", Severity.ERROR, "m", 1, 2, 1, 5, "abc", 1, 4,
        suggestions=("x",),
        related=(Related(3, 1, 3, 4, "first copy"),),
        fix=Edit(1, 4, "x"),
        fix_safe=True,
        data={"kind": "spelling"},
    )  # fmt: skip
    result = FileResult("a.md", (finding, finding))
    for obj in (finding, result, finding.fix, finding.related[0]):
        assert pickle.loads(pickle.dumps(obj)) == obj
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.line = 2  # type: ignore[misc]


def test_maps_over_a_real_process_pool() -> None:
    paths = sorted(str(p) for p in EXAMPLES.iterdir())
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pooled = pool.map(_check, paths)
    serial = [_check(p) for p in paths]
    assert pooled == serial
    assert any(r is not None and r.findings for r in pooled)
