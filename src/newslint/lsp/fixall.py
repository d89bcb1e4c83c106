"""``source.fixAll``: every safe fix of a document in one code action, as ``--fix`` does it.

The fixed text comes from :func:`newslint.fixer.fix_text` (the same rounds, suppressions and
overlap rules as ``newslint check --fix``); the action's edits are the differences between
the buffer and that text, line by line and then trimmed to the changed characters, so the
editor keeps its cursor and undo history around the untouched text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import accumulate

from lsprotocol import types as lsp

from newslint.findings import Edit
from newslint.fixer import fix_text
from newslint.linter import Linter
from newslint.lsp.analysis import Analysis

FIX_ALL_KIND = "source.fixAll.newslint"
_WORDS = re.compile(r"\w+|\s+|[^\w\s]")
KINDS = (lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll, FIX_ALL_KIND)


def wanted(only: Sequence[str] | None, kind: str) -> bool:
    """Whether a request limited to the kinds ``only`` asks for ``kind``.

    Kinds are hierarchical: asking for ``source`` or ``source.fixAll`` includes
    ``source.fixAll.newslint``.
    """
    return only is None or any(kind == k or kind.startswith(k + ".") for k in only)


def changed_spans(before: str, after: str) -> list[Edit]:
    """Edits (code-point offsets into ``before``) that turn ``before`` into ``after``.

    Lines are compared first (cheap on a long article), then the words of each changed run of
    lines, so two fixes on one line stay two small edits.
    """
    edits: list[Edit] = []
    for start, old, new in _diff(before.splitlines(keepends=True), after.splitlines(keepends=True)):
        for at, old_part, new_part in _diff(_WORDS.findall(old), _WORDS.findall(new)):
            head = _common_head(old_part, new_part)
            tail = _common_head(old_part[head:][::-1], new_part[head:][::-1])
            edits.append(
                Edit(
                    start + at + head,
                    start + at + len(old_part) - tail,
                    new_part[head : len(new_part) - tail],
                )
            )
    return edits


def _common_head(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _diff(old: list[str], new: list[str]) -> list[tuple[int, str, str]]:
    """Each changed run of pieces: its offset into ``"".join(old)``, the old and new text."""
    old_at = [0, *accumulate(map(len, old))]
    out = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append((old_at[i1], "".join(old[i1:i2]), "".join(new[j1:j2])))
    return out


def fix_all_action(linter: Linter, analysis: Analysis) -> lsp.CodeAction | None:
    """One action applying every safe fix in the document, or None when there is none."""
    safe = [d for f, d in zip(analysis.findings, analysis.diagnostics, strict=False) if f.fix_safe]
    if not safe:
        return None
    shift = analysis.shift
    text = analysis.text[shift:]
    fixed = fix_text(linter, text, analysis.path, had_bom=bool(shift))
    if not fixed.applied or fixed.text == text:
        return None
    pos = analysis.positions
    edits = [
        lsp.TextEdit(pos.range(e.start + shift, e.end + shift), e.text)
        for e in changed_spans(text, fixed.text)
    ]
    n = fixed.applied
    return lsp.CodeAction(
        title=f"Fix all safe newslint findings ({n} fix{'es' * (n != 1)})",
        kind=FIX_ALL_KIND,
        diagnostics=safe,
        edit=lsp.WorkspaceEdit(changes={analysis.uri: edits}),
    )
