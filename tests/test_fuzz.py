"""Property tests over random documents: newslint never raises, spans are exact, --fix is stable.

Documents mix random text (any script, control characters, astral characters) with the
fragments that exercise the parser: front matter, Markdown structure, bold lines, quotes,
suppression comments, known misspellings and duplicated paragraphs, joined by LF, CR or CRLF.
"""

from __future__ import annotations

import codecs
import itertools
from dataclasses import replace
from functools import cache
from importlib.resources import files

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import fixer
from newslint.config import Config, default_config
from newslint.findings import Report
from newslint.formatters import FORMATTERS, OutputContext
from newslint.linter import Linter
from newslint.positions import LineIndex
from newslint.stages import rule_infos

DUP = "The council approved the budget on Tuesday after a long debate about police funding."
FRAGMENTS = [
    "---\ntitle: Storm closes schools across the county\ndek: 'A dek'\n---\n",
    "---\ntitle: [unclosed\n---\n",
    "---\n",
    "...",
    "**Storm closes schools across the county**",
    "**bold",
    "__under__",
    "# Storm closes schools across the county",
    "## Subhead",
    "> quoted line",
    "- item one",
    "1. first",
    "```\ncode Kiev\n```",
    "    indented code",
    "| a | b |\n|---|---|\n| Kiev | c |",
    "[link](http://example.com/Kiev)",
    "<https://example.com>",
    "<div>Kiev</div>",
    "<!-- newslint-disable-next-line place-names -->",
    "<!-- newslint-disable-line -->",
    "<!-- newslint-disable duplicate-paragraph -->",
    "<!-- newslint-enable duplicate-paragraph -->",
    "<!-- newslint-disable-file entity-spelling -->",
    "<!-- newslint-bogus x -->",
    "<!-- newslint-disable-next-line nosuchrule -->",
    "<!-- unterminated",
    '"Kiev is',
    "“Unbalanced",
    "quote”",
    "'single",
    "Drones struck Kiev overnight.",
    "U.S. Secretary of State Marc Rubio confirmed it.",
    "Nicolas Maduro's government said so.",
    "Marco Rubio [sic]",
    "It was the greatest comeback in the club's history.",
    "By Jane Doe",
    DUP,
    DUP,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 text",
    "Ελληνικά και русский и 中文 العربية",
    "\u200b\u00a0\ufeff\u2028",
    "\t\x0b\x0c\x1c\x85",
    "",
]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]
RANDOM_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # no lone surrogates: not encodable
    max_size=40,
)
PIECE = st.one_of(st.sampled_from(FRAGMENTS), RANDOM_TEXT)
DOCUMENT = st.lists(st.tuples(PIECE, st.sampled_from(NEWLINES)), max_size=12).map(
    lambda parts: "".join(p + nl for p, nl in parts)
)
CASE = st.tuples(
    DOCUMENT,
    st.booleans(),  # BOM
    st.booleans(),  # drop the final line break
    st.sampled_from(["story.md", "story.txt"]),
)


@cache
def config() -> Config:
    base = default_config()
    rules = {rid: replace(r, enabled=r.check != "grammar") for rid, r in base.rules.items()}
    return replace(base, rules=rules)


@cache
def linter() -> Linter:
    lint = Linter(config(), use_cache=False)
    lint.prepare()
    return lint


def _schema_available() -> bool:
    try:
        return (files("newslint") / "schema" / "output-v1.json").is_file()
    except (ModuleNotFoundError, FileNotFoundError):
        return False


def check_properties(text: str, bom: bool, chop: bool, path: str) -> None:
    if chop:
        text = text.rstrip("\r\n")
    if text.startswith("\ufeff") and not bom:  # a leading U+FEFF *is* a BOM
        text, bom = text[1:], True
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    outcome = linter().check_bytes(data, path)  # must not raise

    assert not [e for e in outcome.errors if "internal error" in e.message], outcome.errors
    if "\x00" in text:  # NUL in the first 8 KiB: skipped as binary, by design
        assert [e.message for e in outcome.errors] == ["binary file skipped"]
        return
    assert outcome.result is not None and outcome.source == text
    lines = LineIndex(text)
    for f in outcome.result.findings:
        assert f.match == text[f.start : f.end], f
        assert 1 <= f.line <= f.end_line <= max(lines.line_count, 1) + 1, f
        start = lines.line_start(f.line) + f.column - 1
        end = lines.line_start(f.end_line) + f.end_column - 1
        assert lines.line_start(f.line) <= start <= len(text), f
        assert (start, end) == (f.start, f.end), f
        assert text[start:end] == f.match
        if f.fix is not None:
            assert 0 <= f.fix.start <= f.fix.end <= len(text), f

    if _schema_available():
        from schema_helper import assert_valid_json_output

        report = Report((outcome.result,), outcome.errors)
        ctx = OutputContext(rules=rule_infos(config()), sources={path: text})
        assert_valid_json_output(FORMATTERS["json"](report, ctx))

    fixed = fixer.fix_text(linter(), text, path, bom)
    before = text
    for edits in fixed.rounds:
        # Edits are sorted and disjoint, and the output is the input outside them, verbatim.
        assert all(a.end <= b.start for a, b in itertools.pairwise(edits)), edits
        after = fixer.apply_edits(before, edits)
        at = shift = 0
        for e in edits:
            kept = before[at : e.start]
            assert after[at + shift : e.start + shift] == kept
            assert after[e.start + shift : e.start + shift + len(e.text)] == e.text
            shift += len(e.text) - (e.end - e.start)
            at = e.end
        assert after[at + shift :] == before[at:]
        before = after
    assert before == fixed.text
    again = fixer.fix_text(linter(), fixed.text, path, bom)
    assert again.applied == 0 and again.text == fixed.text, (fixed.text, again.rounds)
    assert not [f for f in fixed.findings if f.fix_safe], "a safe fix survived --fix"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CASE)
def test_random_documents(case: tuple[str, bool, bool, str]) -> None:
    check_properties(*case)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(CASE)
def test_random_documents_slow(case: tuple[str, bool, bool, str]) -> None:
    check_properties(*case)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r",
        "\r\n",
        "\ufeff",
        "Kiev\r\nKiev\rKiev",
        f"Headline\r\n\r\n{DUP}\r\n\r\n{DUP}",
        f"Headline\r\r{DUP}\r\r{DUP}\r",
        f"{DUP}\n\n{DUP}\n\n{DUP}\n",
        "𝔘 Kiev 😀 Marc Rubio said.\n",
    ],
)
def test_edge_documents(text: str) -> None:
    for bom in (False, True):
        for path in ("a.md", "a.txt"):
            check_properties(text, bom, False, path)
