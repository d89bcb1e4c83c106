"""The text format: which findings --fix repairs, and the suggested replacements."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newslint.cli import app
from newslint.findings import Edit, FileResult, Finding, Report, Severity
from newslint.formatters import OutputContext
from newslint.formatters.text import format_report

SEED = Path(__file__).parents[1] / "examples" / "seed-article.txt"


def finding(message: str, **extra: object) -> Finding:
    return Finding(
        path="a.md",
        rule="grammar",
        check="grammar",
        severity=Severity.INFO,
        message=message,
        line=1,
        column=5,
        end_line=1,
        end_column=9,
        match="teh",
        start=4,
        end=7,
        **extra,  # type: ignore[arg-type]
    )


def render(*findings: Finding, quiet: bool = False) -> list[str]:
    report = Report((FileResult("a.md", findings),))
    return format_report(report, OutputContext(quiet=quiet)).splitlines()


def test_a_safe_fix_is_marked_and_counted() -> None:
    safe = finding("misspelt", fix=Edit(4, 7, "the"), fix_safe=True, suggestions=("the",))
    unsafe = finding("also misspelt", fix=Edit(4, 7, "the"), fix_safe=False)
    lines = render(safe, unsafe)
    assert lines[0] == 'a.md:1:5: info grammar [*] misspelt (suggestion: "the")'
    assert lines[1] == "a.md:1:5: info grammar also misspelt"
    assert lines[-1] == "[*] 1 fixable with --fix (preview: --fix --diff)"


def test_no_fixable_line_without_fixes_or_when_quiet() -> None:
    plain = finding("misspelt")
    assert not any("fixable" in line for line in render(plain))
    safe = finding("misspelt", fix=Edit(4, 7, "the"), fix_safe=True)
    assert render(safe, quiet=True) == ["a.md:1:5: info grammar [*] misspelt"]


def test_suggestions_shown_unless_the_message_quotes_them() -> None:
    several = finding("misspelt", suggestions=("the", "tea", "ten", "toe"))
    quoted = finding('"teh" looks like "the"', suggestions=("the",))
    lines = render(several, quoted)
    assert lines[0].endswith('misspelt (suggestions: "the", "tea", "ten")')
    assert lines[1].endswith('"teh" looks like "the"')


def test_cli_marks_the_findings_the_json_output_calls_safe() -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(app, ["check", "--format", "json", str(SEED)]).stdout)
    safe = [
        (d["line"], d["column"], d["rule"])
        for d in data["files"][0]["diagnostics"]
        if d["fix"] and d["fix"]["safe"]
    ]
    lines = runner.invoke(app, ["check", "--no-color", str(SEED)]).stdout.splitlines()
    marked = []
    for line in lines:
        if " [*] " in line:
            line_no, column, rest = line.removeprefix(f"{SEED}:").split(":", 2)
            marked.append((int(line_no), int(column), rest.split()[1]))
    assert len(safe) >= 2 and marked == safe
    assert lines[-1] == f"[*] {len(safe)} fixable with --fix (preview: --fix --diff)"
