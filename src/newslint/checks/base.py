"""What a check kind is: a name, its option schema, a prepare step and a run function.

A rule file names a check kind and gives its options. ``prepare`` turns validated options into
whatever the check needs (compiled patterns, an entity index) once per configuration; ``run``
reads one document and yields hits. A check never prints, reads files or knows output formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from newslint.document import Document
from newslint.findings import Hit
from newslint.model import PROSE_KINDS

if TYPE_CHECKING:  # imported when a rule needs them: most runs never make a grammar backend
    from newslint.entities import EntityIndex
    from newslint.grammar import BackendUnavailable, GrammarBackend
    from newslint.grammar.batch import Memo

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
    maximum: float | None = None


@dataclass(eq=False)
class Resources:
    """Run-wide inputs shared by the rules of one linter, each made on first use.

    Attributes:
        entity_files: Known-entities lists (YAML or one name per line).
        use_cache: Whether checks may use the on-disk results cache.
        backends: Grammar backends by their options, or why one cannot run.
        grammar_memo: Grammar issues per paragraph already checked.
        entity_tokens: The grammar check's words of every known entity.
        notices: Messages for the user, each once a run, until the linter takes them.
    """

    entity_files: tuple[str, ...] = ()
    use_cache: bool = True
    backends: dict[tuple[Any, ...], GrammarBackend | BackendUnavailable] = field(
        default_factory=dict
    )
    grammar_memo: Memo | None = None
    entity_tokens: frozenset[str] | None = None
    notices: list[str] = field(default_factory=list)
    _index: EntityIndex | None = field(default=None, init=False, repr=False)
    _seen: set[str] = field(default_factory=set, init=False, repr=False)

    def entity_index(self) -> EntityIndex:
        """The index of the known entities, loaded once for every rule that reads it."""
        if self._index is None:
            from newslint.entities import load_index

            self._index = load_index(self.entity_files)
        return self._index

    def notice(self, message: str) -> None:
        """Tell the user ``message`` (a backend that could not start), once a run."""
        if message not in self._seen:
            self._seen.add(message)
            self.notices.append(message)

    def take_notices(self) -> list[str]:
        """The notices not yet taken."""
        taken, self.notices = self.notices, []
        return taken

    def close(self) -> None:
        """Close the grammar backends (call once, when the run ends)."""
        for backend in self.backends.values():
            if not isinstance(backend, BaseException):
                backend.close()
        self.backends.clear()


class CheckKind(NamedTuple):
    """A built-in check kind.

    ``reads`` names the block kinds the check reads (see :mod:`newslint.model`): the linter
    runs it on the document as those kinds (``Document.scoped``: its prose blocks, sentences
    and quotes are those blocks) and drops span hits that fall in a block of another kind.
    """

    name: str
    options: Mapping[str, Option]
    prepare: Callable[[Mapping[str, Any], Resources], Any]
    run: Callable[[Document, Any], Iterable[Hit]]
    scope: Scope = "span"
    doc: str = ""
    # Called with the prepared state before a run forks workers for many documents: builds
    # now, once, what the first documents would otherwise build in every worker.
    warm: Callable[[Any], None] | None = None
    # Whether "[sic]" right after a finding's text silences it.
    sic: bool = False
    # Whether its rules report on the suppression comments themselves (the linter makes
    # those findings: see checks/suppression.py).
    suppressions: bool = False
    # Settings no config or rule file may make (they could send text or secrets somewhere):
    # setting name -> the environment variable that provides it.
    environment_only: Mapping[str, str] = {}
    reads: frozenset[str] = PROSE_KINDS


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
    scans for those first characters instead of trying the lookbehind at every offset.
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
