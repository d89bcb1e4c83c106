"""A test client's helpers for the language-server tests: edits, waiting, documents."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pytest_lsp import LanguageClient


def utf16_col(line: str, index: int) -> int:
    """UTF-16 code units before code-point ``index`` of ``line``."""
    return len(line[:index].encode("utf-16-le")) // 2


def apply_edits(text: str, edits: Sequence[lsp.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions) to ``text``, the way an editor does."""
    lines = text.splitlines(keepends=True)

    def offset(pos: lsp.Position) -> int:
        before = sum(len(x) for x in lines[: pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = i = 0
        while i < len(line) and units < pos.character:
            units += 2 if ord(line[i]) > 0xFFFF else 1
            i += 1
        return before + i

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character))[::-1]:
        text = text[: offset(e.range.start)] + e.new_text + text[offset(e.range.end) :]
    return text


async def wait_for(check: Callable[[], Any], timeout: float = 30.0) -> Any:
    """Poll until ``check()`` is truthy (the server answers asynchronously)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = check()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the server")
        await asyncio.sleep(0.02)


# The command the language-server tests start; the VS Code extension's default command is
# checked against it (tests/test_vscode_extension.py).
SERVER_COMMAND = [sys.executable, "-m", "newslint", "lsp"]


def open_doc(client: LanguageClient, path: Path, text: str, language: str = "markdown") -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, language, 1, text))
    )
    return uri


def change_doc(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(version, uri),
            [lsp.TextDocumentContentChangeWholeDocument(text)],
        )
    )


def by_code(diags: Sequence[lsp.Diagnostic], code: str) -> list[lsp.Diagnostic]:
    return [d for d in diags if d.code == code]


def edits_of(action: lsp.CodeAction, uri: str) -> list[lsp.TextEdit]:
    assert action.edit is not None and action.edit.changes is not None
    return list(action.edit.changes[uri])
