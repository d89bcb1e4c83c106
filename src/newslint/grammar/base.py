"""Types shared by the grammar backends, and the filter that keeps masking noise out.

Every backend takes *masked* text (markup replaced by same-length runs of spaces) and
returns `GrammarIssue` spans in code points of that text, so they are offsets into the
source too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

Category = Literal["typo", "grammar", "style", "punctuation", "other"]
CATEGORIES: tuple[Category, ...] = ("typo", "grammar", "style", "punctuation", "other")

# Two or more whitespace characters in a row only occur where markup was masked (or
# where an author typed them, which the formatter checks, not grammar).
_MASKED_RUN = re.compile(r"\s{2,}")


@dataclass(frozen=True, slots=True)
class GrammarIssue:
    """One finding of a grammar backend.

    Attributes:
        start: Code-point offset into the text that was checked.
        end: Exclusive end offset.
        message: The backend's explanation.
        rule_id: The backend's own rule id (LanguageTool rule id, Harper rule name).
        category: Normalised category; "typo" means an unknown or misspelt word.
        replacements: Suggested replacements for ``text[start:end]``, best first.
        backend: "harper" or "languagetool".
    """

    start: int
    end: int
    message: str
    rule_id: str
    category: Category
    replacements: tuple[str, ...]
    backend: str

    @property
    def is_spelling(self) -> bool:
        """Whether this is a spelling issue (callers may skip known names)."""
        return self.category == "typo"


@dataclass(frozen=True, slots=True)
class BackendOptions:
    """Options every backend understands; part of the cache key.

    Rule and category ids are the backend's own: LanguageTool rule/category ids
    (``"EN_A_VS_AN"``, ``"TYPOS"``) or Harper rule names / lint kinds
    (``"SpellCheck"``, ``"Spelling"``). Harper also accepts the normalised categories.
    """

    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    picky: bool = False


class GrammarBackend(Protocol):
    """What the grammar check calls. Create once per run, close when done."""

    name: str

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        """Check every text; return one list of issues per text, in order."""
        ...

    def close(self) -> None:
        """Release processes, linters or connections."""
        ...


class BackendUnavailable(Exception):
    """A backend cannot run; the message names it and says how to fix it."""


def is_noise(text: str, start: int, end: int) -> bool:
    """Whether a span is an artefact of masking rather than a real issue.

    True for spans outside the text, empty or whitespace-only spans, and spans that
    contain a run of two or more whitespace characters (a masked run).
    """
    if start < 0 or end > len(text) or start >= end:
        return True
    covered = text[start:end]
    return not covered.strip() or _MASKED_RUN.search(covered) is not None


def drop_noise(text: str, issues: Iterable[GrammarIssue]) -> list[GrammarIssue]:
    """Keep the issues that are not `is_noise`, sorted by position."""
    kept = [i for i in issues if not is_noise(text, i.start, i.end)]
    kept.sort(key=lambda i: (i.start, i.end, i.rule_id))
    return kept
