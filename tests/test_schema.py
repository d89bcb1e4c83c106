"""The JSON output matches its published schema (``newslint schema``) on real articles."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.findings import (
    Edit,
    FileResult,
    Finding,
    InputError,
    Related,
    Report,
    Severity,
)
from newslint.formatters import json_format
from schema_helper import assert_valid_json_output, schema, validator

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset"  # beside the checkout, when present
ARTICLE_SUFFIXES = (".md", ".txt", ".markdown")
ARTICLES = sorted(
    p
    for d in (DEVSET, ROOT / "examples")
    if d.is_dir()
    for p in d.rglob("*")
    if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md"
)
runner = CliRunner()


def check_json(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "--format", "json", "--no-cache", *args])
    return result.exit_code, result.stdout


def test_schema_is_valid_draft_2020_12() -> None:
    validator()  # check_schema raises on an invalid schema
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_command_prints_the_shipped_file() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema()


@pytest.mark.skipif(not ARTICLES, reason="no dev set or examples here")
@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_output_of_each_article_is_valid(article: Path) -> None:
    # The grammar backend costs ~1 s to start per run; the directory test below covers it.
    extra = ["--entities", str(DEVSET / "entities.yaml")] if article.parent == DEVSET else []
    code, out = check_json(str(article), "--ignore", "grammar", *extra)
    assert code in (0, 1)
    data = assert_valid_json_output(out)
    assert [f["path"] for f in data["files"]] == [str(article)]


@pytest.mark.skipif(not DEVSET.is_dir(), reason="no dev set here")
def test_output_of_a_directory_is_valid() -> None:
    code, out = check_json(str(DEVSET))
    data = assert_valid_json_output(out)
    assert code == 1 and data["summary"]["files"] == len(data["files"]) > 1
    diags = [d for f in data["files"] for d in f["diagnostics"]]
    assert any(d["related"] and d["fix"] for d in diags)
    assert any(d.get("data") for d in diags)


def test_missing_file_is_valid_output_with_a_fatal_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    code, out = check_json(str(missing))
    assert code == 2
    data = assert_valid_json_output(out)
    assert data["files"] == []
    [err] = data["errors"]
    assert err["path"] == str(missing) and err["fatal"] is True


def test_every_optional_field_is_covered(tmp_path: Path) -> None:
    finding = Finding(
        "a.md",
        "duplicate-paragraph",
        "duplicate-paragraph",
        Severity.ERROR,
        "repeats line 1",
        3,
        1,
        3,
        9,
        "The text",
        10,
        18,
        suggestions=("x",),
        related=(Related(1, 1, 1, 9, "first copy"),),
        fix=Edit(10, 19, ""),
        fix_safe=True,
        data={"of_line": 1, "exact": True},
    )
    report = Report(
        (FileResult("a.md", (finding,)),),
        (InputError("b.md", "front matter is not valid YAML", 2, 5, fatal=False),),
    )
    data = assert_valid_json_output(json.dumps(json_format.to_dict(report)))
    assert data["files"][0]["diagnostics"][0]["data"] == {"of_line": 1, "exact": True}


def test_schema_rejects_a_renamed_field_and_allows_a_new_one() -> None:
    report = Report((FileResult("a.md", ()),))
    good = json_format.to_dict(report)
    good["files"][0]["diagnostics"].append(
        json_format.diagnostic(Finding("a.md", "r", "c", Severity.INFO, "m", 1, 1, 1, 2, "x", 0, 1))
    )
    added = copy.deepcopy(good)
    added["files"][0]["diagnostics"][0]["new_field"] = 1
    added["new_top_level"] = {}
    assert not list(validator().iter_errors(added))
    renamed = copy.deepcopy(good)
    renamed["files"][0]["diagnostics"][0]["col"] = renamed["files"][0]["diagnostics"][0].pop(
        "column"
    )
    assert list(validator().iter_errors(renamed))
    bad_severity = copy.deepcopy(good)
    bad_severity["files"][0]["diagnostics"][0]["severity"] = "fatal"
    assert list(validator().iter_errors(bad_severity))
    with pytest.raises(AssertionError, match="column"):
        assert_valid_json_output(json.dumps(renamed))
