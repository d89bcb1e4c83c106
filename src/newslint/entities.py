"""Known-entities lists and the index that finds near misses of them.

A list is YAML (``- name: Marco Rubio``, optional ``aliases`` and ``kind``) or plain text, one
name per line (``#`` starts a comment). The index answers "which listed names have this token at
this position?" in O(1), so matching costs the same for 100 or 100,000 names.
"""

from __future__ import annotations

import re
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


_RawForm = tuple[str, tuple[str, ...], tuple[str, ...], str, str]
INDEX_FORMAT = 1


class EntityIndex:
    """Lookups over every form of every known entity.

    The index is plain tuples, dicts and sets so that it round-trips through ``marshal``
    (see :func:`load_index`): a 100,000-name list loads from the cache in a fraction of the
    time it takes to parse its YAML.
    """

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._raw: list[_RawForm] = []
        self.exact: set[tuple[str, ...]] = set()
        self._by_token: dict[tuple[int, int, str], list[int]] = {}
        self._by_folded: dict[tuple[str, ...], list[int]] = {}
        self.tokens: set[str] = set()
        self.max_tokens = 1
        for entity in entities:
            for form in entity.forms:
                self._add(form, entity.name, entity.kind)

    def _add(self, form: str, canonical: str, kind: str) -> None:
        toks = name_tokens(form)
        if not toks:
            return
        folded = tuple(fold(t) for t in toks)
        fid = len(self._raw)
        self._raw.append((form, toks, folded, canonical, kind))
        self.exact.add(tuple(t.casefold() for t in toks))
        self._by_folded.setdefault(folded, []).append(fid)
        for pos, tok in enumerate(folded):
            self._by_token.setdefault((len(toks), pos, tok), []).append(fid)
        self.tokens.update(folded)
        self.max_tokens = max(self.max_tokens, len(toks))

    def to_state(self) -> tuple[Any, ...]:
        """Everything in the index as marshal-able builtins."""
        return (
            INDEX_FORMAT,
            self._raw,
            self.exact,
            self._by_token,
            self._by_folded,
            self.tokens,
            self.max_tokens,
        )

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> EntityIndex:
        """Rebuild an index from :meth:`to_state` output."""
        if not state or state[0] != INDEX_FORMAT:
            raise ValueError("entity index cache has another format")
        index = cls()
        (
            _,
            index._raw,
            index.exact,
            index._by_token,
            index._by_folded,
            index.tokens,
            index.max_tokens,
        ) = state
        return index

    def __len__(self) -> int:
        return len(self._raw)

    def form(self, i: int) -> Form:
        """The i-th form."""
        return Form(*self._raw[i])

    @property
    def forms(self) -> list[Form]:
        """Every form (builds objects: for tests and tools, not hot paths)."""
        return [Form(*r) for r in self._raw]

    def is_known(self, tokens: Sequence[str]) -> bool:
        """Whether ``tokens`` spell a listed form (case aside: headlines may be in capitals)."""
        return tuple(t.casefold() for t in tokens) in self.exact

    def same_but_accents(self, folded: tuple[str, ...]) -> list[Form]:
        """Forms equal to ``folded`` once case and accents are ignored."""
        return [self.form(i) for i in self._by_folded.get(folded, ())]

    def sharing_token(self, folded: tuple[str, ...], pos: int) -> list[Form]:
        """Forms with as many tokens as ``folded`` and the same token at ``pos``."""
        return [self.form(i) for i in self._by_token.get((len(folded), pos, folded[pos]), ())]

    def all_tokens(self) -> set[str]:
        """Every token of every form, as written (for grammar backends' ignore lists)."""
        return {t for r in self._raw for t in r[1]}


def load_index(files: Sequence[str], use_cache: bool = True) -> EntityIndex:
    """The index of every entity in ``files``, cached on disk by the files' content.

    The cache holds derived data (like a ``.pyc``), never results, so ``--no-cache`` keeps it;
    ``use_cache=False`` is for tests and tools.

    Raises:
        ConfigError: naming the file and line of a malformed list.
    """
    import hashlib
    import marshal

    from newslint import __version__

    digest = hashlib.sha256(f"{__version__}/{INDEX_FORMAT}".encode())
    for f in files:
        try:
            digest.update(Path(f).read_bytes())
        except OSError as exc:
            raise ConfigError(f"cannot read file: {exc.strerror or exc}", f) from None
    cache = _cache_dir() if use_cache else None
    path = cache / f"entities-{digest.hexdigest()[:32]}.marshal" if cache else None
    if path is not None and path.is_file():
        try:
            return EntityIndex.from_state(marshal.loads(path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    index = EntityIndex(e for f in files for e in load_entities(Path(f)))
    if path is not None:
        from newslint.atomic import write_bytes

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, marshal.dumps(index.to_state()))
        except OSError:
            pass
    return index


def _cache_dir() -> Path | None:
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("newslint"))
    except Exception:  # no usable cache directory: build the index every time
        return None


def strip_possessive(token: str) -> str:
    """ "Rubio's" -> "Rubio", "Reyes’" -> "Reyes"."""
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token
