"""Patterns that run on ``re`` for plain text and on ``regex`` for the rest, with one result.

The word rules and the capitalised-name scan read words as the ``regex`` module does: its
``\\w`` is Unicode's word characters (combining accents yes, superscript digits and fractions
no), where ``re``'s is ``str.isalnum()`` (the opposite on both). Importing ``regex`` and
compiling with it costs about 67 M instructions, over a tenth of a one-article run.

On *plain* text the two engines read every character alike: printable ASCII, tab and line
breaks, and the typographic characters news copy is full of (curly quotes, dashes, the pound
and euro signs, the no-break space), none of which is a letter, digit or word character to
either engine or has a case, while the no-break space is white space to both. A pattern with
an ASCII source, run case-sensitively or not, then finds the same matches on either engine;
``regex`` is imported only for a document that holds anything else (an accent, say), or for
patterns ``re`` cannot run (a rule's own regular expressions). ``tests/test_fast_paths.py``
checks the characters and pins the matches; :func:`newslint.text.is_plain` is the test.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex


class DualPattern:
    """A pattern in ``regex`` syntax, with an ``re`` twin for plain text when it has one.

    Args:
        source: The pattern for ``regex`` (version 0, ``re``-compatible syntax).
        ignore_case: Match regardless of case.
        plain_source: An ``re`` pattern that finds what ``source`` finds on plain text (the
            caller vouches for it), or None: ``regex`` always.
    """

    __slots__ = ("_full", "flags", "plain", "source")

    def __init__(self, source: str, *, ignore_case: bool = False, plain_source: str | None) -> None:
        self.source = source
        self.flags = re.IGNORECASE if ignore_case else 0
        self.plain = None if plain_source is None else re.compile(plain_source, self.flags)
        self._full: regex.Pattern[str] | None = None

    @classmethod
    def words(cls, source: str, *, ignore_case: bool = False) -> DualPattern:
        """A pattern newslint wrote from escaped words (:func:`~newslint.checks.base.word_pattern`):
        ``re`` runs it on plain text when its source is ASCII."""
        return cls(
            source, ignore_case=ignore_case, plain_source=source if source.isascii() else None
        )

    @property
    def full(self) -> regex.Pattern[str]:
        """The ``regex`` pattern, compiled (and ``regex`` imported) on first use."""
        if self._full is None:
            import regex

            self._full = regex.compile(self.source, self.flags | regex.V0)
        return self._full

    def engine(self, plain: bool) -> re.Pattern[str] | regex.Pattern[str]:
        """The pattern to run on a text, ``plain`` or not (:func:`newslint.text.is_plain`):
        the ``re`` twin when the text is plain and there is one, else ``regex``'s."""
        return self.plain if plain and self.plain is not None else self.full

    def finditer(
        self, text: str, start: int, end: int, plain: bool, **options: Any
    ) -> Iterator[re.Match[str]] | Iterator[regex.Match[str]]:
        """Matches in ``text[start:end]``; ``plain``: whether ``text`` is plain
        (:func:`newslint.text.is_plain`).
        ``options`` (a ``timeout``) go to ``regex`` only."""
        if plain and self.plain is not None:
            return self.plain.finditer(text, start, end)
        found: Iterator[regex.Match[str]] = self.full.finditer(text, start, end, **options)
        return found
