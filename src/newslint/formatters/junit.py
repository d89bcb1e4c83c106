"""JUnit XML: a testsuite per file, a failing testcase per finding, a passing one per clean file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from newslint.findings import Finding, InputError, Report
from newslint.formatters import OutputContext

_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _ILLEGAL_XML.sub("\ufffd", text)


def _finding_case(finding: Finding) -> ET.Element:
    case = ET.Element(
        "testcase",
        classname=_clean(finding.path),
        name=_clean(f"{finding.rule} at {finding.line}:{finding.column}"),
    )
    failure = ET.SubElement(
        case, "failure", message=_clean(finding.message), type=_clean(finding.rule)
    )
    text = (
        f"{finding.path}:{finding.line}:{finding.column}: {finding.severity.label}: "
        f"{finding.message} [{finding.rule}]"
    )
    if finding.suggestions:
        text += "\nsuggestions: " + ", ".join(finding.suggestions)
    failure.text = _clean(text)
    return case


def _error_case(error: InputError) -> ET.Element:
    case = ET.Element("testcase", classname=_clean(error.path), name="newslint input")
    tag = "error" if error.fatal else "skipped"
    ET.SubElement(case, tag, message=_clean(error.message), type="input-error").text = _clean(
        str(error)
    )
    return case


def format_report(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as JUnit XML (``testsuites`` > ``testsuite`` > ``testcase``)."""
    suites: dict[str, list[ET.Element]] = {}
    for error in report.errors:
        suites.setdefault(error.path, []).append(_error_case(error))
    for result in report.files:
        cases = suites.setdefault(result.path, [])
        if result.findings:
            cases += [_finding_case(f) for f in result.findings]
        elif not cases:
            cases.append(ET.Element("testcase", classname=_clean(result.path), name="newslint"))
    root = ET.Element("testsuites", name="newslint")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for path, cases in suites.items():
        counts = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        attrib = {"name": _clean(path)} | {k: str(v) for k, v in counts.items()}
        suite = ET.SubElement(root, "testsuite", attrib)
        suite.extend(cases)
        for key, value in counts.items():
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
