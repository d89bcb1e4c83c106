"""Paragraph-level memo for grammar backends: only unseen paragraphs are sent again."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslint.grammar.base import GrammarIssue
from newslint.grammar.batch import Memo, check_blocks


class Recorder:
    """A backend that flags every "teh" and records what it was asked."""

    name = "recorder"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        self.texts.extend(texts)
        return [
            [
                GrammarIssue(m.start(), m.end(), "typo", "TEH", "typo", ("the",), "recorder")
                for m in re.finditer("teh", t)
            ]
            for t in texts
        ]

    def close(self) -> None:
        pass


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text)]


def test_only_changed_paragraphs_are_sent_and_offsets_are_right() -> None:
    text = "First teh line.\nSecond line.\nThird teh.\n"
    backend, memo = Recorder(), Memo()
    first = check_blocks(backend, text, spans(text), memo, "k")
    assert [text[i.start : i.end] for i in first] == ["teh", "teh"]
    assert [i.start for i in first] == [text.index("teh"), text.rindex("teh")]
    edited = text.replace("Second line.", "Second teh line!")
    again = check_blocks(backend, edited, spans(edited), memo, "k")
    assert backend.texts[-1] == "Second teh line!"
    assert [i.start for i in again] == [m.start() for m in re.finditer("teh", edited)]


def test_memo_is_bounded() -> None:
    memo = Memo()
    from newslint.grammar import batch

    for i in range(batch.MEMO_SIZE + 5):
        memo.remember(("k", str(i)), ())
    assert len(memo) == batch.MEMO_SIZE and ("k", "0") not in memo


def test_huge_documents_skip_grammar_with_a_notice() -> None:
    from newslint import document
    from newslint.config import default_config
    from newslint.linter import Linter

    cfg = default_config().select(["grammar"])
    linter = Linter(cfg)
    text = "He go to the store yesterday. " * 8000  # 240,000 characters
    findings, errors = linter.lint(document.parse(text, "big.txt"))
    assert [f for f in findings if f.rule == "grammar"] == []
    assert [e.message for e in errors] == [
        "grammar skipped big.txt: 240,000 characters is over max_chars (200,000)"
    ]
    assert not errors[0].fatal
