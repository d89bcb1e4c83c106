"""Known-entities lists and the index that finds near misses of them.

A list is YAML (``- name: Marco Rubio``, optional ``aliases`` and ``kind``) or plain text, one
name per line (``#`` starts a comment). The index answers "which listed names have this token at
this position?" by one hash or bisection, so matching costs about the same for 100 or 100,000
names.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from newslint.text import WORD, fold
from newslint.yamlutil import ConfigError, line_of, load_validated, shown

KINDS = ("person", "organization", "place")
ENTRY_KEYS = ("name", "aliases", "kind")
NAME_TOKEN = WORD  # a name's tokens are words as the rest of newslint reads them
_POSSESSIVE = re.compile(r"['’]s?$")


class Entity(NamedTuple):
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
    return tuple(NAME_TOKEN.findall(name))


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
                    f"unknown key {shown(key)} in entity (use name, aliases, kind)",
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
                f"entity 'kind' must be one of {', '.join(KINDS)}, not {shown(kind)}",
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


class Form(NamedTuple):
    """One correct written form of an entity, tokenised (a named tuple: cheap to build)."""

    text: str
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    canonical: str
    kind: str


INDEX_FORMAT = 6
_SEP = "\x1f"
_SMALL_GROUP = 32
_Table = dict[str, list[int]]  # key: the numbers of the forms holding it


class _Column(Sequence[str]):
    """A read-only list of strings as the cache stores it: the strings joined by newlines, and
    where each ends (``ends[i]``, in code points), so the i-th is one slice (even if it holds
    a newline itself).

    Loading it is one array copy; reading the i-th string is a slice. The columns of which an
    article reads a few entries (a form's text, canonical name, kind and folded name) stay
    like this: splitting each of them, for 100,000 names, took ~10 ms in every worker process.
    """

    __slots__ = ("ends", "text")

    def __init__(self, text: str, ends: array[int]) -> None:
        self.text = text
        self.ends = ends

    @classmethod
    def of(cls, strings: Sequence[str]) -> _Column:
        if isinstance(strings, _Column):
            return strings
        ends, end = array("I"), -1
        for s in strings:
            end += len(s) + 1
            ends.append(end)
        return cls("\n".join(strings), ends)

    def to_state(self) -> tuple[str, bytes]:
        return self.text, self.ends.tobytes()

    @classmethod
    def from_state(cls, state: tuple[str, bytes]) -> _Column:
        text, ends = state
        column = cls(text, array("I"))
        column.ends.frombytes(ends)
        if (column.ends[-1] if column.ends else 0) != len(text):
            raise ValueError("entity index cache is damaged")
        return column

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # no slices
        ends = self.ends
        if i < 0:
            i += len(ends)
        return self.text[ends[i - 1] + 1 if i else 0 : ends[i]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.strings())

    def pick(self, indices: Iterable[int]) -> list[str]:
        """The strings at ``indices`` (one slice each, without a method call per string)."""
        text, ends = self.text, self.ends
        return [text[ends[i - 1] + 1 if i else 0 : ends[i]] for i in indices]

    def strings(self) -> list[str]:
        """Every string, in a list: one split in C unless a string holds a newline."""
        text, ends = self.text, self.ends
        if not ends:
            return []
        if text.count("\n") == len(ends) - 1:
            return text.split("\n")
        starts = chain((0,), (end + 1 for end in ends))
        return [text[start:end] for start, end in zip(starts, ends, strict=False)]


class _SortedTable:
    """A read-only map of string keys to form numbers, as the cache stores it: the keys sorted
    in one list (stored as a :class:`_Column`), each key's numbers a slice of one flat array
    (``offsets[i]:offsets[i + 1]``).

    Loading it costs one split of the keys and two array copies; a dict of the same keys took
    most of the time of loading a 100,000-name index, in the parent, before any article is
    read. A lookup bisects the keys in C (about 17 steps for 100,000), and a forked worker
    touches only the pages it reads.
    """

    __slots__ = ("ids", "keys", "offsets")

    def __init__(self, keys: Sequence[str], offsets: array[int], ids: array[int]) -> None:
        self.keys = keys
        self.offsets = offsets
        self.ids = ids

    @classmethod
    def of(cls, table: Mapping[str, list[int]] | _SortedTable) -> _SortedTable:
        if isinstance(table, _SortedTable):
            return table
        keys = sorted(table)
        offsets, ids = array("I", [0]), array("I")
        for key in keys:
            ids.extend(table[key])
            offsets.append(len(ids))
        return cls(keys, offsets, ids)

    def to_state(self) -> tuple[tuple[str, bytes], bytes, bytes]:
        return _Column.of(self.keys).to_state(), self.offsets.tobytes(), self.ids.tobytes()

    @classmethod
    def from_state(cls, state: tuple[tuple[str, bytes], bytes, bytes]) -> _SortedTable:
        keys, offsets, ids = state
        # The keys as a list: every article looks keys up, and bisect runs in C over a list.
        table = cls(_Column.from_state(keys).strings(), array("I"), array("I"))
        table.offsets.frombytes(offsets)
        table.ids.frombytes(ids)
        if len(table.offsets) != len(table.keys) + 1 or table.offsets[-1] != len(table.ids):
            raise ValueError("entity index cache is damaged")
        return table

    def get(self, key: str, default: tuple[()] = ()) -> Sequence[int]:
        keys = self.keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self.ids[self.offsets[i] : self.offsets[i + 1]]
        return default

    def __contains__(self, key: object) -> bool:
        keys = self.keys
        if not isinstance(key, str):
            return False
        i = bisect_left(keys, key)
        return i < len(keys) and keys[i] == key

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def items(self) -> Iterator[tuple[str, Sequence[int]]]:
        ids, offsets = self.ids, self.offsets
        for i, key in enumerate(self.keys):
            yield key, ids[offsets[i] : offsets[i + 1]]


class EntityIndex:
    """Lookups over every form of every known entity.

    An index built from lists holds dicts and lists; one read from the cache (see
    :func:`load_index`) holds the same keys in two :class:`_SortedTable` objects and its
    columns of strings (each form's text, canonical name, kind and folded name, and the sorted
    folded tokens) as :class:`_Column` objects, which nothing splits. Forms are tokenised only
    when a lookup returns them, which is rare.
    """

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._count = 0
        # The forms' text, canonical name and kind, by number.
        self._columns: tuple[Sequence[str], Sequence[str], Sequence[str]] = ([], [], [])
        self._by_token: _Table | _SortedTable = {}
        self._by_folded: _Table | _SortedTable = {}
        self.max_tokens = 1
        self._groups: dict[str, list[str]] = {}  # large token groups' names, built on demand
        self._forms: dict[int, Form] = {}
        self._tokens: frozenset[str] | None = None  # every folded token, built on demand
        self._packed_tokens: _Column | None = None  # or as read back from the cache
        self._names: Sequence[str] | None = None  # each form's folded name, built on demand
        for entity in entities:
            for form in entity.forms:
                self._add(form, entity.name, entity.kind)

    def _add(self, form: str, canonical: str, kind: str) -> None:
        toks = name_tokens(form)
        if not toks:
            return
        by_token, by_folded = self._by_token, self._by_folded
        assert isinstance(by_token, dict) and isinstance(by_folded, dict), "a read-only index"
        folded = tuple(map(fold, toks))
        fid = self._count
        for column, value in zip(self._columns, (form, canonical, kind), strict=True):
            assert isinstance(column, list), "a read-only index"
            column.append(value)
        self._count += 1
        by_folded.setdefault(_SEP.join(folded), []).append(fid)
        for pos, tok in enumerate(folded):
            by_token.setdefault(_token_key(len(toks), pos, tok), []).append(fid)
        self.max_tokens = max(self.max_tokens, len(toks))
        self._tokens = None
        self._names = None

    def to_state(self) -> tuple[Any, ...]:
        """Everything in the index as marshal-able builtins."""
        columns = tuple(_Column.of(c).to_state() for c in self._columns)
        maps = (_SortedTable.of(m).to_state() for m in (self._by_token, self._by_folded))
        names = _Column.of(self._folded_names()).to_state()
        tokens = _Column.of(sorted(self._token_set())).to_state()
        return (INDEX_FORMAT, self._count, columns, *maps, self.max_tokens, names, tokens)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> EntityIndex:
        """Rebuild an index from :meth:`to_state` output.

        Raises:
            ValueError: for a state of another format, or damaged.
        """
        if not state or state[0] != INDEX_FORMAT:
            raise ValueError("entity index cache has another format")
        index = cls()
        _, index._count, columns, by_token, by_folded, index.max_tokens, names, tokens = state
        texts, canonicals, kinds = (_Column.from_state(c) for c in columns)
        index._columns = texts, canonicals, kinds
        index._names = _Column.from_state(names)
        index._packed_tokens = _Column.from_state(tokens)
        if any(len(c) != index._count for c in (texts, canonicals, kinds, index._names)):
            raise ValueError("entity index cache is damaged")
        index._by_token = _SortedTable.from_state(by_token)
        index._by_folded = _SortedTable.from_state(by_folded)
        return index

    def __len__(self) -> int:
        return self._count

    def form(self, i: int) -> Form:
        """The i-th form, tokenised (once: forms that matched once tend to match again)."""
        found = self._forms.get(i)
        if found is None:
            texts, canonicals, kinds = self._columns
            text = texts[i]
            toks = name_tokens(text)
            found = Form(text, toks, tuple(map(fold, toks)), canonicals[i], kinds[i])
            if len(self._forms) < 100_000:
                self._forms[i] = found
        return found

    @property
    def forms(self) -> list[Form]:
        """Every form (builds objects: for tests and tools, not hot paths)."""
        return [self.form(i) for i in range(self._count)]

    def is_known(self, tokens: Sequence[str], folded: Sequence[str] | None = None) -> bool:
        """Whether ``tokens`` spell a listed form (case aside: headlines may be in capitals)."""
        key = _SEP.join(folded if folded is not None else [fold(t) for t in tokens])
        ids = self._by_folded.get(key, ())
        if not ids:
            return False
        wanted = tuple(t.casefold() for t in tokens)
        return any(tuple(t.casefold() for t in self.form(i).tokens) == wanted for i in ids)

    def folded_tokens(self) -> frozenset[str]:
        """Every folded token of every form: a name none of whose tokens is here is near no form."""
        if self._tokens is None:
            packed = self._packed_tokens
            self._tokens = frozenset(self._token_set() if packed is None else packed.strings())
        return self._tokens

    def _token_set(self) -> set[str]:
        return {key.rsplit(_SEP, 1)[1] for key in self._by_token}

    def has_token(self, folded: Sequence[str]) -> bool:
        """Whether any form of the same length has one of these tokens at the same place."""
        n = len(folded)
        return any(_token_key(n, pos, tok) in self._by_token for pos, tok in enumerate(folded))

    def same_but_accents(self, folded: tuple[str, ...]) -> list[Form]:
        """Forms equal to ``folded`` once case and accents are ignored."""
        return [self.form(i) for i in self._by_folded.get(_SEP.join(folded), ())]

    def sharing_token(
        self,
        folded: tuple[str, ...],
        pos: int,
        max_distance: int = -1,
        keep: Callable[[Sequence[str]], bool] | None = None,
    ) -> list[Form]:
        """Forms with as many tokens as ``folded`` and the same token at ``pos``, in list order.

        With ``max_distance`` >= 0, a large group (every "John ...") is filtered: in C by
        rapidfuzz, to the forms whose folded name is within that many edits of ``folded``
        (optimal string alignment: insert, delete, substitute, or swap two adjacent letters),
        then by ``keep`` on their stored folded names, before any form is built; so a common
        first name in a 100,000-name list costs little. A small group is returned whole: the
        caller compares each form anyway.
        """
        key = _token_key(len(folded), pos, folded[pos])
        ids: Sequence[int] = self._by_token.get(key, ())
        if max_distance >= 0 and len(ids) > _SMALL_GROUP:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            choices = self._groups.get(key)
            if choices is None:
                names = self._folded_names()
                choices = self._groups[key] = (
                    names.pick(ids) if isinstance(names, _Column) else [names[i] for i in ids]
                )
            near = process.extract(
                " ".join(folded),
                choices,
                scorer=OSA.distance,
                score_cutoff=max_distance,
                limit=None,
            )
            # In list order, as a small group's are (not in rapidfuzz's order of distance).
            near.sort(key=lambda found: found[2])
            ids = [ids[j] for name, _, j in near if keep is None or keep(name.split(" "))]
        return [self.form(i) for i in ids]

    def _folded_names(self) -> Sequence[str]:
        """Each form's folded tokens joined by spaces: its ``_by_folded`` key, read back (one
        pass over the keys instead of tokenising and folding every form of a large group)."""
        if self._names is None:
            names = [""] * self._count
            for key, ids in self._by_folded.items():
                name = key.replace(_SEP, " ")
                for fid in ids:
                    names[fid] = name
            self._names = names
        return self._names

    def all_tokens(self) -> set[str]:
        """Every token of every form, as written (for grammar backends' ignore lists)."""
        return {t for text in self._columns[0] for t in name_tokens(text)}


def _token_key(n: int, pos: int, token: str) -> str:
    return f"{n}{_SEP}{pos}{_SEP}{token}"


def load_index(files: Sequence[str], use_cache: bool = True) -> EntityIndex:
    """The index of every entity in ``files``, cached on disk by the files' content.

    The cache holds derived data (like a ``.pyc``), never results, so ``--no-cache`` keeps it;
    ``use_cache=False`` is for tests and tools.

    Raises:
        ConfigError: naming the file and line of a malformed list.
    """
    from newslint.cache import derived

    inputs: list[bytes | str] = []
    for f in files:
        try:  # the name too: a .txt list is read otherwise than a .yaml one
            inputs += [Path(f).name, Path(f).read_bytes()]
        except OSError as exc:
            raise ConfigError(f"cannot read file: {exc.strerror or exc}", f) from None
    return derived(
        "entities",
        inputs,
        lambda: EntityIndex(e for f in files for e in load_entities(Path(f))),
        EntityIndex.to_state,
        EntityIndex.from_state,
        use_cache=use_cache,
    )


def strip_possessive(token: str) -> str:
    """ "Rubio's" -> "Rubio", "Reyes’" -> "Reyes"."""
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token
