"""What a check kind is: a name, its option schema, a prepare step and a run function.

A rule file names a check kind and gives its options. ``prepare`` turns validated options into
whatever the check needs (compiled patterns, an entity index) once per configuration; ``run``
reads one document and yields hits. A check never prints, reads files or knows output formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, NamedTuple

from newslint.document import Document
from newslint.findings import Hit

Scope = Literal["span", "article"]


class OptionError(ValueError):
    """An option value a check cannot use; ``key`` names the option."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        super().__init__(message)


class Option(NamedTuple):
    """One option of a check kind: its type, default and meaning.

    ``kind`` is one of ``str``, ``int``, ``float``, ``bool``, ``list`` (of strings),
    ``map`` (string to string) or ``any``.
    """

    kind: str
    default: Any
    doc: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None


class Resources:
    """Shared, run-wide inputs that checks may need, loaded lazily and kept once.

    Attributes:
        entity_files: Known-entities lists (YAML or one name per line).
        use_cache: Whether checks may use on-disk caches.
        cache: A place for prepared state shared by rules (keyed by the check).
    """

    __slots__ = ("cache", "entity_files", "use_cache")

    def __init__(self, entity_files: tuple[str, ...] = (), use_cache: bool = True) -> None:
        self.entity_files = entity_files
        self.use_cache = use_cache
        self.cache: dict[Any, Any] = {}


class CheckKind(NamedTuple):
    """A built-in check kind."""

    name: str
    options: Mapping[str, Option]
    prepare: Callable[[Mapping[str, Any], Resources], Any]
    run: Callable[[Document, Any], Iterable[Hit]]
    scope: Scope = "span"
    doc: str = ""
    # Called with the prepared state before a run forks workers for many documents: builds
    # now, once, what the first documents would otherwise build in every worker.
    warm: Callable[[Any], None] | None = None


def options_only(options: Mapping[str, Any], resources: Resources) -> Mapping[str, Any]:
    """A prepare step for checks that need nothing beyond their options."""
    del resources
    return options


_SPACES = re.compile(r"(?:\\ )+")  # escaped spaces, as re.escape writes them


def _min_spaces(m: re.Match[str]) -> str:
    n = len(m.group()) // 2
    return r"\s+" if n == 1 else rf"\s{{{n},}}"


def word_pattern(phrases: Iterable[str], *, regex: bool = False, whole_words: bool = True) -> str:
    """One alternation matching any of ``phrases``, longest first.

    Spaces in a phrase match any run of white space (a phrase may wrap across lines). With
    ``whole_words`` a match may not start or end inside a word (or a hyphenated compound).

    A literal phrase's boundary test sits after its first character ("K(?<![\\w-]K)iev"
    rather than "(?<![\\w-])Kiev"): every alternative then starts with a literal, and ``re``
    scans for those first characters in C instead of trying the lookbehind at every offset
    (half the instructions of ``regex`` on the same text, a third of the plain form's).
    """
    # Longest first; equal lengths in text order, so that the pattern (and its compiled code,
    # cached by its text) is the same in every process whatever the set's hash order.
    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    if not items:
        return r"(?!x)x"
    if regex:
        parts = [f"(?:{p})" for p in items]
        if whole_words:
            return rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"
        return f"(?:{'|'.join(parts)})"
    parts = []
    for p in items:
        # A space matches any run of white space, and k spaces in a row a run of at least k:
        # one quantifier, as "\\s+\\s+\\s+" would make re backtrack through a long run.
        full = _SPACES.sub(_min_spaces, re.escape(p))
        if p[0] == " ":
            boundary = r"(?<![\w-])" if whole_words else ""
            parts.append(f"(?:{boundary}{full})")
        else:
            first = re.escape(p[0])
            boundary = rf"(?<![\w-]{first})" if whole_words else ""
            parts.append(f"(?:{first}{boundary}{full[len(first) :]})")
    inner = "|".join(parts)
    return rf"(?:{inner})(?![\w-])" if whole_words else f"(?:{inner})"
