"""``newslint check --fix``: safe fixes only, byte-exact rewrites, idempotence, --diff, stdin."""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint import fixer
from newslint.cli import Exit, app
from newslint.config import default_config
from newslint.findings import Edit
from newslint.linter import Linter

runner = CliRunner()
CLI = (sys.executable, "-c", "from newslint.cli import main; main()")
NO_GRAMMAR = ("--ignore", "grammar")
DUP = "The council approved the budget on Tuesday after a long debate about police funding."
ARTICLE = (
    "**Drones hit the capital overnight**\n\n"
    "Drones struck Kiev overnight, officials said.\n\n"
    "U.S. Secretary of State Marc Rubio confirmed the operation.\n\n"
    f"{DUP}\n\n"
    "The mayor said the vote was expected.\n\n"
    f"{DUP}\n"
)
FIXED = (
    "**Drones hit the capital overnight**\n\n"
    "Drones struck Kyiv overnight, officials said.\n\n"
    "U.S. Secretary of State Marco Rubio confirmed the operation.\n\n"
    f"{DUP}\n\n"
    "The mayor said the vote was expected.\n"
)


def check(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", *NO_GRAMMAR, *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def changed_regions(before: bytes, after: bytes) -> list[tuple[int, int]]:
    """Byte ranges of ``before`` that differ in ``after``."""
    ops = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    return [(i1, i2) for tag, i1, i2, _, _ in ops if tag != "equal"]


# --- edits ------------------------------------------------------------------------------------


def test_select_edits_keeps_earliest_of_overlapping() -> None:
    edits = [Edit(5, 9, "b"), Edit(0, 6, "a"), Edit(9, 10, "c"), Edit(8, 12, "d")]
    assert fixer.select_edits(edits) == [Edit(0, 6, "a"), Edit(8, 12, "d")]


def test_select_edits_adjacent_and_duplicate_inserts() -> None:
    edits = [Edit(2, 2, "x"), Edit(2, 2, "y"), Edit(0, 2, "z"), Edit(0, 2, "z")]
    assert fixer.select_edits(edits) == [Edit(0, 2, "z"), Edit(2, 2, "x")]


def test_apply_edits() -> None:
    text = "Kiev and Kiev"
    edits = fixer.select_edits([Edit(9, 13, "Kyiv"), Edit(0, 4, "Kyiv")])
    assert fixer.apply_edits(text, edits) == "Kyiv and Kyiv"


def test_fix_text_iterates_until_nothing_changes() -> None:
    # Round 1 fixes the place name in the second copy; only then is it an exact duplicate,
    # which round 2 deletes.
    linter = Linter(default_config().select([], ["grammar"]))
    text = f"Headline here\n\n{DUP} Kyiv said.\n\n{DUP} Kiev said.\n"
    result = fixer.fix_text(linter, text, "a.md")
    assert result.text == f"Headline here\n\n{DUP} Kyiv said.\n"
    assert len(result.rounds) == 2
    assert fixer.fix_text(linter, result.text, "a.md").applied == 0


# --- the CLI ----------------------------------------------------------------------------------


def test_fix_applies_safe_fixes_and_reports_the_rest(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(
        ARTICLE + "\nIt was the greatest comeback in the club's history.\n", encoding="utf-8"
    )
    code, out, err = check("--fix", "--fail-on", "warning", str(p))
    assert (
        p.read_text(encoding="utf-8")
        == FIXED + "\nIt was the greatest comeback in the club's history.\n"
    )
    assert "fixed 3 findings in 1 file" in err
    assert "place-names" not in out and "entity-spelling" not in out
    assert "duplicate-paragraph" not in out
    assert "superlative" in out  # no safe fix: still reported
    assert code == Exit.FINDINGS


def test_second_fix_changes_nothing(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(ARTICLE, encoding="utf-8")
    check("--fix", str(p))
    once = p.read_bytes()
    mtime = p.stat().st_mtime_ns
    code, _, err = check("--fix", str(p))
    assert p.read_bytes() == once and p.stat().st_mtime_ns == mtime
    assert "fixed 0 findings in 0 files" in err
    assert code == Exit.OK


@pytest.mark.parametrize(
    ("newline", "bom", "final"),
    [("\n", False, True), ("\r\n", False, True), ("\r\n", True, False), ("\r", True, True)],
)
def test_bytes_outside_fixed_spans_are_identical(
    tmp_path: Path, newline: str, bom: bool, final: bool
) -> None:
    text = ARTICLE.replace("\n", newline)
    if not final:
        text = text.rstrip(newline)
    raw = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    p = tmp_path / "a.md"
    p.write_bytes(raw)
    p.chmod(0o640)
    check("--fix", str(p))
    new = p.read_bytes()
    assert new.startswith(codecs.BOM_UTF8) == bom
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert new.endswith(newline.encode()) == final
    if newline == "\r\n":
        assert new.count(b"\n") == new.count(b"\r\n")
    want = FIXED.replace("\n", newline)
    if not final:
        want = want.rstrip(newline)
    assert new == (codecs.BOM_UTF8 if bom else b"") + want.encode("utf-8")
    # Every changed byte lies in one of the three fixed spans (two words, one paragraph).
    fixed_spans = [
        (raw.index(b"Kiev"), raw.index(b"Kiev") + 4),
        (raw.index(b"Marc "), raw.index(b"Marc ") + 11),
        (raw.rindex(DUP.encode()) - 2 * len(newline), len(raw)),
    ]
    for i1, i2 in changed_regions(raw, new):
        assert any(s <= i1 and i2 <= e for s, e in fixed_spans), (i1, i2)


def test_latin1_file_stays_latin1(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Café owners in Kiev reopened.\n".encode("latin-1"))
    check("--fix", "--encoding", "latin-1", str(p))
    assert p.read_bytes() == "Café owners in Kyiv reopened.\n".encode("latin-1")


def test_near_duplicates_are_not_fixed(tmp_path: Path) -> None:
    text = f"Headline here\n\n{DUP}\n\nThe mayor spoke.\n\n{DUP[:-1]} and parks.\n"
    p = tmp_path / "a.md"
    p.write_text(text, encoding="utf-8")
    code, out, err = check("--fix", str(p))
    assert p.read_text(encoding="utf-8") == text
    assert "duplicate-paragraph" in out and "fixed 0 findings" in err
    assert code == Exit.FINDINGS


def test_unsafe_fixes_are_not_applied(tmp_path: Path) -> None:
    rule = tmp_path / "rules" / "swap.yaml"
    rule.parent.mkdir()
    rule.write_text(
        "id: house-swap\ncheck: substitution\nseverity: warning\nfix: unsafe\n"
        "message: 'use {suggestion}'\ndescription: 'What it flags: test.'\n"
        "options:\n  swap: {utilise: use}\n",
        encoding="utf-8",
    )
    (tmp_path / "newslint.yaml").write_text(
        "rule-files: [rules]\nfail-on: warning\n", encoding="utf-8"
    )
    p = tmp_path / "a.txt"
    p.write_text("We utilise drones in Kiev.\n", encoding="utf-8")
    code, out, _ = check("--fix", str(p))
    assert p.read_text(encoding="utf-8") == "We utilise drones in Kyiv.\n"
    assert "house-swap" in out and code == Exit.FINDINGS


def test_suppressed_regions_are_never_touched(tmp_path: Path) -> None:
    text = (
        "Headline here\n\n"
        "<!-- newslint-disable-next-line place-names -->\n"
        "In 1990 Kiev was a Soviet city.\n\n"
        "<!-- newslint-disable duplicate-paragraph -->\n"
        f"{DUP}\n\n{DUP}\n"
        "<!-- newslint-enable duplicate-paragraph -->\n\n"
        "Today Kiev is the capital.\n"
    )
    p = tmp_path / "a.md"
    p.write_text(text, encoding="utf-8")
    check("--fix", str(p))
    assert p.read_text(encoding="utf-8") == text.replace("Today Kiev", "Today Kyiv")


def test_diff_prints_unified_diff_and_writes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(ARTICLE, encoding="utf-8")
    Path("clean.md").write_text("Nothing to fix here today.\n", encoding="utf-8")
    code, out, err = check("--fix", "--diff", "a.md", "clean.md")
    assert Path("a.md").read_text(encoding="utf-8") == ARTICLE
    assert out.startswith("--- a/a.md\n+++ b/a.md\n@@ ")
    assert "-Drones struck Kiev" in out and "+Drones struck Kyiv" in out
    assert "clean.md" not in out
    assert "would fix 3 findings in 1 file" in err
    assert code == Exit.FINDINGS
    # The diff applies cleanly and gives what --fix writes.
    Path("a.patch").write_text(out, encoding="utf-8")
    if subprocess.run(["patch", "--version"], capture_output=True).returncode == 0:
        subprocess.run(["patch", "-p1", "-i", "a.patch"], check=True, capture_output=True)
        assert Path("a.md").read_text(encoding="utf-8") == FIXED


def test_diff_marks_missing_final_newline() -> None:
    diff = fixer.unified_diff("x.md", "Kiev\nend", "Kyiv\nend")
    assert diff.endswith(" end\n\\ No newline at end of file\n")
    assert fixer.unified_diff("x.md", "a\r\nb", "a\r\nb") == ""


def test_diff_with_nothing_to_fix_exits_0(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("Nothing to fix here today.\n", encoding="utf-8")
    assert check("--fix", "--diff", str(p)) == (
        Exit.OK,
        "",
        "newslint: would fix 0 findings in 0 files\n",
    )


def test_file_changed_on_disk_is_left_alone(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.md"
    p.write_text(ARTICLE, encoding="utf-8")
    real = fixer.fix_text

    def racing(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = real(*args, **kwargs)
        p.write_text(ARTICLE + "An editor added this line.\n", encoding="utf-8")
        return out

    monkeypatch.setattr(fixer, "fix_text", racing)
    code, out, err = check("--fix", str(p))
    assert p.read_text(encoding="utf-8") == ARTICLE + "An editor added this line.\n"
    assert f"{p}: not fixed: the file changed on disk while it was being checked" in err
    assert "place-names" in out  # the findings stay reported
    assert code == Exit.FINDINGS


def test_fix_through_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    check("--fix", str(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED


def test_no_temp_files_left_behind(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(ARTICLE, encoding="utf-8")
    check("--fix", str(p))
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.md"]


def test_stdin_fix_prints_fixed_text_and_reports_on_stderr() -> None:
    code, out, err = check("--fix", "--stdin-filename", "story.md", "-", input=ARTICLE)
    assert out == FIXED
    assert "fixed 3 findings in 1 file" in err
    assert code == Exit.OK


def test_stdin_fix_subprocess_keeps_bom_and_crlf() -> None:
    raw = codecs.BOM_UTF8 + b"Clean text.\r\nDrones hit Kiev."
    proc = subprocess.run(
        [*CLI, "check", *NO_GRAMMAR, "--fix", "-"],
        input=raw,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert proc.stdout == codecs.BOM_UTF8 + b"Clean text.\r\nDrones hit Kyiv."
    assert proc.returncode == Exit.OK, proc.stderr


def test_real_subprocess_fix(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [*CLI, "check", *NO_GRAMMAR, "--fix", str(p)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == Exit.OK, proc.stderr
    assert "fixed 3 findings in 1 file" in proc.stderr
    assert p.read_text(encoding="utf-8") == FIXED
