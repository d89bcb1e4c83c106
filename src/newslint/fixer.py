"""Safe autofix (``newslint check --fix``): apply the edits that rules mark ``fix: safe``.

Edits are applied to the decoded text, which keeps every line ending as it was, and the result
is encoded back with the same encoding and BOM, so bytes outside the fixed spans never change.
Overlapping edits are resolved earliest first; the text is re-linted and fixed again for a few
rounds until nothing changes, so a second run finds nothing more to fix. A file is written
atomically, and only if its bytes on disk are still the ones that were read.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newslint import atomic, document, suppress
from newslint.files import read_regular
from newslint.findings import Edit, FileResult, Finding, InputError, Report
from newslint.linter import Linter

MAX_ROUNDS = 4
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


@dataclass(frozen=True, slots=True)
class FixedText:
    """The outcome of fixing one text.

    Attributes:
        text: The fixed text.
        applied: Number of edits applied over all rounds.
        findings: What the linter reports for the fixed text.
        rounds: The edits applied in each round, against that round's input text.
    """

    text: str
    applied: int
    findings: tuple[Finding, ...]
    rounds: tuple[tuple[Edit, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class FixRun:
    """What ``--fix`` did to a whole run.

    Attributes:
        report: The report with fixed findings removed (what remains).
        sources: Decoded sources, updated for fixed files.
        diff: A unified diff of every change (``--diff``), else empty.
        stdout: The fixed standard input, encoded as read, when ``-`` was checked.
        fixed: Number of edits applied (or that would be applied).
        files: Number of files changed (or that would be changed).
    """

    report: Report
    sources: dict[str, str]
    diff: str = ""
    stdout: bytes | None = None
    fixed: int = 0
    files: int = 0


def select_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Non-overlapping edits, earliest first; an edit overlapping an earlier one is skipped.

    Two insertions at the same offset also count as overlapping (their order is undefined).
    """
    chosen: list[Edit] = []
    end = -1
    for e in sorted(set(edits), key=lambda e: (e.start, e.end, e.text)):
        if e.start < end or (chosen and e.start == end and e.start == e.end == chosen[-1].start):
            continue
        chosen.append(e)
        end = e.end
    return chosen


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping ``edits`` (from :func:`select_edits`) to ``text``."""
    parts: list[str] = []
    at = 0
    for e in edits:
        parts.append(text[at : e.start])
        parts.append(e.text)
        at = e.end
    parts.append(text[at:])
    return "".join(parts)


def _safe_edits(linter: Linter, doc: document.Document, findings: Sequence[Finding]) -> list[Edit]:
    """Safe fixes whose whole span lies outside suppressed lines for their rule.

    A finding is suppressed by the line it starts on; a deletion that spans several lines must
    not reach into a region where its rule is switched off either.
    """
    candidates = [f for f in findings if f.fix_safe and f.fix is not None]
    if not candidates:
        return []
    rules = linter.config.rules.values()
    sups = suppress.parse(doc, lambda r: any(x.id.startswith(r.rstrip("*")) for x in rules))
    edits: list[Edit] = []
    for f in candidates:
        assert f.fix is not None
        start = f.fix.start
        # Removing only the line break that ends a line does not touch that line's text
        # (deleting a last paragraph takes the break before it).
        while start < f.fix.end and doc.source[start] in "\r\n":
            start += 1
        first = doc.position(start)[0]
        last = doc.position(max(start, f.fix.end - 1))[0]  # the end is exclusive
        if not any(sups.suppressed(replace(f, line=n)) for n in range(first, last + 1)):
            edits.append(f.fix)
    return edits


def fix_text(linter: Linter, text: str, path: str = "<text>", had_bom: bool = False) -> FixedText:
    """Apply safe fixes to ``text`` until none is left (at most ``MAX_ROUNDS`` rounds)."""
    applied = 0
    rounds: list[tuple[Edit, ...]] = []
    doc = document.parse(text, path, had_bom=had_bom)
    findings, _ = linter.lint(doc)
    for _ in range(MAX_ROUNDS):
        edits = select_edits(_safe_edits(linter, doc, findings))
        new = apply_edits(text, edits)
        if not edits or new == text:
            break
        applied += len(edits)
        rounds.append(tuple(edits))
        text = new
        doc = document.parse(text, path, had_bom=had_bom)
        findings, _ = linter.lint(doc)
    return FixedText(text, applied, tuple(findings), tuple(rounds))


def unified_diff(path: str, before: str, after: str) -> str:
    """A ``git apply``-able unified diff; line endings are kept, a missing one is marked."""
    out = []
    for line in difflib.unified_diff(
        _LINE.findall(before), _LINE.findall(after), f"a/{path}", f"b/{path}"
    ):
        out.append(
            line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        )
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Encoded:
    text: str
    bom: bool


def _decode_exactly(data: bytes, encoding: str) -> _Encoded | str:
    """Decode ``data``, or say why it can't be rewritten byte for byte."""
    try:
        text, bom = document.decode(data, encoding)
    except document.DecodeError as exc:
        return str(exc)
    if _encode(text, bom, encoding) != data:
        return f"not fixed: the {encoding} text would not be rewritten byte for byte"
    return _Encoded(text, bom)


def _encode(text: str, bom: bool, encoding: str) -> bytes:
    return (codecs.BOM_UTF8 if bom else b"") + text.encode(encoding)


def fix_run(
    linter: Linter,
    report: Report,
    sources: dict[str, str],
    *,
    encoding: str = "utf-8",
    stdin: tuple[bytes, str] | None = None,
    write: bool = True,
    want_diff: bool = False,
) -> FixRun:
    """Fix every file of ``report`` that has a safe fix; write them unless ``write`` is off.

    Files are re-read and re-linted here, so what is written is derived from the bytes that are
    compared with the disk just before writing. ``stdin`` is never written: its fixed text is
    returned in :attr:`FixRun.stdout` (unchanged text too, so editors can pipe through it).
    """
    files: list[FileResult] = []
    notices: list[InputError] = []
    sources = dict(sources)
    diffs: list[str] = []
    fixed = changed = 0
    stdout: bytes | None = None
    for fr in report.files:
        is_stdin = stdin is not None and fr.path == stdin[1]
        if not is_stdin and not any(f.fix_safe for f in fr.findings):
            files.append(fr)
            continue
        try:
            data = stdin[0] if is_stdin and stdin is not None else read_regular(fr.path)
        except OSError as exc:
            notices.append(InputError(fr.path, f"not fixed: {exc.strerror or exc}", fatal=False))
            files.append(fr)
            continue
        decoded = _decode_exactly(data, encoding)
        if isinstance(decoded, str):
            notices.append(InputError(fr.path, decoded, fatal=False))
            files.append(fr)
            continue
        result = fix_text(linter, decoded.text, fr.path, decoded.bom)
        try:
            new = _encode(result.text, decoded.bom, encoding)
        except UnicodeEncodeError as exc:
            notices.append(
                InputError(
                    fr.path,
                    f"not fixed: a fix cannot be written in {encoding}: {exc.reason}",
                    fatal=False,
                )
            )
            files.append(fr)
            continue
        if is_stdin:
            stdout = new
        if result.applied and write and not is_stdin:
            problem = _write_if_unchanged(Path(fr.path), data, new)
            if problem:
                notices.append(InputError(fr.path, problem, fatal=False))
                files.append(fr)
                continue
        if result.applied:
            fixed += result.applied
            changed += 1
            if want_diff:
                diffs.append(unified_diff(fr.path, decoded.text, result.text))
        files.append(FileResult(fr.path, result.findings))
        if fr.path in sources or is_stdin:
            sources[fr.path] = result.text
    out = Report(tuple(files), report.errors + tuple(notices))
    return FixRun(out, sources, "".join(diffs), stdout, fixed, changed)


def _write_if_unchanged(path: Path, read: bytes, new: bytes) -> str | None:
    """Replace ``path`` unless it is read-only or its bytes on disk are no longer ``read`` just
    before the replacement. A symlink is written through only to a file inside the working
    folder or the link's own folder."""
    target = path.resolve()
    if path.is_symlink() and not any(
        target.is_relative_to(tree) for tree in (Path.cwd().resolve(), path.parent.resolve())
    ):
        return "not fixed: a symbolic link out of the checked folder is never written through"
    try:
        info = target.stat()
    except OSError as exc:
        return f"not fixed: cannot re-read the file: {exc.strerror or exc}"
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        return "not fixed: the file is read-only"
    try:
        atomic.write_bytes(target, new, expect=read)
    except atomic.ChangedOnDisk:
        return "not fixed: the file changed on disk while it was being checked"
    except OSError as exc:
        return f"not fixed: cannot write the file: {exc.strerror or exc}"
    return None
