"""SARIF 2.1.0 output, shaped for GitHub code scanning."""

from __future__ import annotations

import json
import os
import posixpath
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from newslint.findings import Finding, InputError, Related, Report, Severity
from newslint.fingerprints import FINGERPRINT_KEY, fingerprint_findings
from newslint.formatters import OutputContext, RuleInfo

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/newslint/newslint"
SRCROOT = "%SRCROOT%"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def relative_uri(path: str, root: str) -> str:
    """Return ``path`` relative to ``root`` as a percent-encoded URI reference."""
    posix = posixpath.normpath(path.replace("\\", "/"))
    base = posixpath.normpath(root.replace("\\", "/"))
    if base != "." and posixpath.isabs(posix) == posixpath.isabs(base):
        posix = posixpath.relpath(posix, base)
    # A file name that is not valid UTF-8 reaches here with surrogate escapes: its bytes, as
    # the file system holds them, are what the URI percent-encodes.
    return quote(os.fsencode(posix), safe="/")


def _rule_name(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in rule_id.replace("_", "-").split("-"))


def _descriptor(info: RuleInfo) -> dict[str, Any]:
    summary = info.summary or info.id
    description = info.description or summary
    link = {"helpUri": info.help_uri} if info.help_uri else {}
    return {
        "id": info.id,
        "name": _rule_name(info.id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": description},
        "help": {
            "text": description,
            "markdown": f"**{summary}**\n\n{description}\n\nCheck: `{info.check}`"
            + (f"\n\n[Documentation]({info.help_uri})" if info.help_uri else ""),
        },
        **link,
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
        "properties": {"tags": ["newslint", info.check]},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    start = (max(line, 1), max(column, 1))
    end = max(start, (max(end_line, 1), max(end_column, 1)))
    return {
        "startLine": start[0],
        "startColumn": start[1],
        "endLine": end[0],
        "endColumn": end[1],
    }


def _physical(uri: str, region: dict[str, int] | None) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": uri, "uriBaseId": SRCROOT}}
    if region is not None:
        location["region"] = region
    return {"physicalLocation": location}


def _related(uri: str, index: int, rel: Related) -> dict[str, Any]:
    location = _physical(uri, _region(rel.line, rel.column, rel.end_line, rel.end_column))
    return {"id": index, "message": {"text": rel.message}, **location}


def _result(finding: Finding, index: int, uri: str, fingerprint: str) -> dict[str, Any]:
    region = _region(finding.line, finding.column, finding.end_line, finding.end_column)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_physical(uri, region)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if finding.related:
        result["relatedLocations"] = [
            _related(uri, i, rel) for i, rel in enumerate(finding.related, start=1)
        ]
    if finding.suggestions:
        result["properties"] = {"suggestions": list(finding.suggestions)}
    return result


def _notification(error: InputError, root: str) -> dict[str, Any]:
    region = None
    if error.line is not None:
        region = {"startLine": max(error.line, 1)}
        if error.column is not None:
            region["startColumn"] = max(error.column, 1)
    return {
        "level": "error" if error.fatal else "warning",
        "message": {"text": f"{error.path}: {error.message}"},
        "locations": [_physical(relative_uri(error.path, root), region)],
        "descriptor": {"id": "input-error"},
    }


def _rule_table(report: Report, ctx: OutputContext) -> dict[str, RuleInfo]:
    table = dict(ctx.rules)
    for result in report.files:
        for f in result.findings:
            if f.rule not in table:
                table[f.rule] = RuleInfo(f.rule, f.check, f.severity, f.rule, f.rule)
    return {rule_id: table[rule_id] for rule_id in sorted(table)}


def build_log(report: Report, ctx: OutputContext) -> dict[str, Any]:
    """Return the SARIF log for ``report`` as a JSON-ready dict."""
    rules = _rule_table(report, ctx)
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    results = []
    for file in report.files:
        prints = fingerprint_findings(file.findings, ctx.sources.get(file.path))
        for finding, fp in zip(file.findings, prints, strict=True):
            uri = relative_uri(finding.path, ctx.root)
            results.append(_result(finding, index[finding.rule], uri, fp))
    invocation: dict[str, Any] = {
        "executionSuccessful": not any(e.fatal for e in report.errors),
    }
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            _notification(e, ctx.root) for e in report.errors
        ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": ctx.version,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(info) for info in rules.values()],
            }
        },
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    root = PurePath(ctx.root)
    if root.is_absolute():
        run["originalUriBaseIds"] = {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def format_report(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as a SARIF 2.1.0 log (indented JSON)."""
    return json.dumps(build_log(report, ctx), indent=2, ensure_ascii=False)
