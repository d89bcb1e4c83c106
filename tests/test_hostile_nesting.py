"""Text at any nesting depth is read, or the run says where it stopped reading
(issue 23 item 14)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newslint import document
from newslint.cli import app

DEEP_TEXT = "Drones struck the power station overnight, officials said."


def _read(text: str) -> bool:
    """Whether the sentence lies in one of the document's blocks (what rules read)."""
    doc = document.parse(text, "a.md")
    at = text.index(DEEP_TEXT)
    return any(b.start <= at < b.end for b in doc.blocks) and not doc.problems


@pytest.mark.parametrize("depth", [1, 19, 20, 25, 60])
def test_text_in_nested_block_quotes_is_read(depth: int) -> None:
    """issue 23 item 14: 20 nested block quotes were silently dropped."""
    assert _read("Lede paragraph.\n\n" + "> " * depth + DEEP_TEXT + "\n")


@pytest.mark.parametrize("depth", [3, 10, 12, 30])
def test_text_in_nested_lists_is_read(depth: int) -> None:
    """issue 23 item 14: about ten list levels were the limit."""
    items = "".join("  " * i + "- a point\n" for i in range(depth))
    assert _read("Lede paragraph.\n\n" + items + "  " * depth + "- " + DEEP_TEXT + "\n")


def test_text_deeper_than_the_parser_reads_is_reported() -> None:
    """issue 23 item 14: beyond markdown-it's nesting limit the text cannot be read; the run
    says so, at the line where reading stopped, and exits 2 rather than 0."""
    text = "Lede paragraph.\n\n" + "> " * 300 + DEEP_TEXT + "\n"
    doc = document.parse(text, "a.md")
    assert doc.problems and doc.problems[0][1] == document.DEEP_NESTING
    assert doc.position(doc.problems[0][0])[0] == 3
    result = CliRunner().invoke(
        app, ["check", "--no-cache", "--stdin-filename", "a.md", "-"], input=text
    )
    assert result.exit_code == 2, result.output
    assert "nested deeper than this are not checked" in result.stderr
