"""Known-entities lists and the index that finds near misses of them.

A list is YAML (``- name: Marco Rubio``, optional ``aliases`` and ``kind``) or plain text, one
name per line (``#`` starts a comment). The index answers "which listed names have this token at
this position?" in O(1), so matching costs the same for 100 or 100,000 names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.text import fold
from newslint.yamlutil import ConfigError, line_of, load_validated

KINDS = ("person", "organization", "place")
ENTRY_KEYS = ("name", "aliases", "kind")
NAME_TOKEN = re.compile(r"[^\W_](?:[\w]|[’'\-.](?=[^\W_]))*")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Entity:
    """A known entity: its canonical name, other correct forms and kind."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a name as written ("J.D. Vance" -> ("J.D", "Vance"))."""
    return tuple(m.group() for m in NAME_TOKEN.finditer(name))


def load_entities(path: Path) -> list[Entity]:
    """Load a YAML or plain-text entities list; raise ConfigError naming file and line."""
    if path.suffix.lower() == ".txt":
        return _load_text(path)
    return load_validated(path, lambda data: _validate(data, path))


def _validate(data: Any, path: Path) -> list[Entity]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise ConfigError("an entities list must be a YAML list of entries (- name: ...)", path, 1)
    out = []
    for i, item in enumerate(data):
        at = line_of(data, i)
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            raise ConfigError("each entity must be a name or a mapping with 'name'", path, at)
        for key in item:
            if key not in ENTRY_KEYS:
                raise ConfigError(
                    f"unknown key {key!r} in entity (use name, aliases, kind)",
                    path,
                    line_of(item, key),
                )
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError("entity 'name' must be a non-empty string", path, at)
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) and a.strip() for a in aliases
        ):
            raise ConfigError(
                "entity 'aliases' must be a list of names", path, line_of(item, "aliases")
            )
        kind = item.get("kind", "")
        if kind and kind not in KINDS:
            raise ConfigError(
                f"entity 'kind' must be one of {', '.join(KINDS)}, not {kind!r}",
                path,
                line_of(item, "kind"),
            )
        out.append(
            Entity(" ".join(name.split()), tuple(" ".join(a.split()) for a in aliases), kind)
        )
    return out


def _load_text(path: Path) -> list[Entity]:
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read file: {exc.strerror or exc}", path) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 at byte {exc.start}", path) from None
    names = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return [Entity(" ".join(n.split())) for n in names if n]


@dataclass(frozen=True, slots=True)
class Form:
    """One correct written form of an entity, tokenised."""

    text: str
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    canonical: str
    kind: str


class EntityIndex:
    """Lookups over every form of every known entity."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.forms: list[Form] = []
        self.exact: set[tuple[str, ...]] = set()
        self._by_token: dict[tuple[int, int, str], list[int]] = defaultdict(list)
        self._by_folded: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.max_tokens = 1
        for entity in entities:
            for form in entity.forms:
                toks = name_tokens(form)
                if not toks:
                    continue
                folded = tuple(fold(t) for t in toks)
                fid = len(self.forms)
                self.forms.append(Form(form, toks, folded, entity.name, entity.kind))
                self.exact.add(tuple(t.casefold() for t in toks))
                self._by_folded[folded].append(fid)
                for pos, tok in enumerate(folded):
                    self._by_token[(len(toks), pos, tok)].append(fid)
                self.max_tokens = max(self.max_tokens, len(toks))

    def __len__(self) -> int:
        return len(self.forms)

    def is_known(self, tokens: Sequence[str]) -> bool:
        """Whether ``tokens`` spell a listed form (case aside: headlines may be in capitals)."""
        return tuple(t.casefold() for t in tokens) in self.exact

    def same_but_accents(self, folded: tuple[str, ...]) -> list[Form]:
        """Forms equal to ``folded`` once case and accents are ignored."""
        return [self.forms[i] for i in self._by_folded.get(folded, ())]

    def sharing_token(self, folded: tuple[str, ...], pos: int) -> list[Form]:
        """Forms with as many tokens as ``folded`` and the same token at ``pos``."""
        return [self.forms[i] for i in self._by_token.get((len(folded), pos, folded[pos]), ())]

    def all_tokens(self) -> set[str]:
        """Every folded token of every form (for grammar backends' ignore lists)."""
        return {t for f in self.forms for t in f.tokens}


def strip_possessive(token: str) -> str:
    """ "Rubio's" -> "Rubio", "Reyes’" -> "Reyes"."""
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token
