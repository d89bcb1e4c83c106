"""Known-entities lists and the index that finds near misses of them.

A list is YAML (``- name: Marco Rubio``, optional ``aliases`` and ``kind``) or plain text, one
name per line (``#`` starts a comment). The index answers "which listed names have this token at
this position?" by one hash, so matching costs about the same for 100 or 100,000 names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from newslint.files import read_regular
from newslint.text import WORD, fold
from newslint.yamlutil import ConfigError, line_of, load_validated, reject_unknown, shown

# The kinds the check knows; any other (event, work, product, award...) loads too, and is
# compared as a name that is not a person's. A kind may change how a name is compared, never
# whether the list loads.
KINDS = ("person", "organization", "place")
_SPELLINGS = {"organisation": "organization", "people": "person", "org": "organization"}
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


# Letters that carry their mark in themselves, so Unicode does not decompose them (ø is no o
# plus a combining mark): folded by hand for the accent check ("Store" is "Støre" unaccented).
_STROKES = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ŋ": "n",
    }
)


def fold_name(token: str) -> str:
    """A name's word case-folded without accents: :func:`newslint.text.fold`, and the letters
    with a stroke or ligature (ø, ł, đ, ß, æ) as their plain letters."""
    folded = fold(token)
    return folded if folded.isascii() else folded.translate(_STROKES)


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
        reject_unknown(item, ENTRY_KEYS, path, prefix="entity: ")
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
        kind = item.get("kind") or ""
        if not isinstance(kind, str):
            raise ConfigError(
                f"entity 'kind' must be a word such as {', '.join(KINDS)}, not {shown(kind)}",
                path,
                line_of(item, "kind"),
            )
        kind = _SPELLINGS.get(kind.strip().casefold(), kind.strip().casefold())
        out.append(
            Entity(" ".join(name.split()), tuple(" ".join(a.split()) for a in aliases), kind)
        )
    return out


def _load_text(path: Path) -> list[Entity]:
    try:
        raw = read_regular(path).decode("utf-8-sig")
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


INDEX_FORMAT = 10
_SEP = "\x1f"
_SMALL_GROUP = 32


class EntityIndex:
    """Lookups over every form of every known entity, in plain lists and dicts.

    Forms are numbered; ``by_token`` maps (tokens in the form, position, folded token) to the
    numbers of the forms holding it, ``by_folded`` a form's folded tokens to the first form
    folded so, and ``same_folded`` that form to any others folded the same (rare: a dict of
    ints loads from the cache several times faster than one of lists). Forms are tokenised
    only when a lookup returns them, which is rare.
    """

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self.texts: list[str] = []
        self.canonicals: list[str] = []
        self.kinds: list[str] = []
        self.by_token: dict[str, list[int]] = {}
        self.by_folded: dict[str, int] = {}
        self.same_folded: dict[int, list[int]] = {}
        self.max_tokens = 1
        self._folded_names: list[str] | None = None  # each form's folded name, on demand
        self._forms: dict[int, Form] = {}
        self._tokens: frozenset[str] | None = None  # every folded token, built on demand
        self._one_words: list[str] | None = None  # the one-word forms, folded, on demand
        for entity in entities:
            for form in entity.forms:
                self._add(form, entity.name, entity.kind)

    def _add(self, form: str, canonical: str, kind: str) -> None:
        toks = name_tokens(form)
        if not toks:
            return
        folded = tuple(map(fold_name, toks))
        fid = len(self.texts)
        self.texts.append(form)
        self.canonicals.append(canonical)
        self.kinds.append(kind)
        first = self.by_folded.setdefault(_SEP.join(folded), fid)
        if first != fid:
            self.same_folded.setdefault(first, []).append(fid)
        for pos, tok in enumerate(folded):
            self.by_token.setdefault(_token_key(len(toks), pos, tok), []).append(fid)
        self.max_tokens = max(self.max_tokens, len(toks))
        self._tokens = self._one_words = None
        self._folded_names = None

    def to_state(self) -> tuple[Any, ...]:
        """Everything in the index as marshal-able builtins."""
        return (
            INDEX_FORMAT,
            self.texts,
            self.canonicals,
            self.kinds,
            self.by_token,
            self.by_folded,
            self.same_folded,
            self.max_tokens,
            sorted(self.folded_tokens()),
        )

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> EntityIndex:
        """Rebuild an index from :meth:`to_state` output.

        Raises:
            ValueError: for a state of another format, or damaged.
        """
        if not state or state[0] != INDEX_FORMAT or len(state) != 9:
            raise ValueError("entity index cache has another format")
        index = cls()
        (
            _,
            index.texts,
            index.canonicals,
            index.kinds,
            index.by_token,
            index.by_folded,
            index.same_folded,
            index.max_tokens,
            tokens,
        ) = state
        n = len(index.texts)
        columns = (index.texts, index.canonicals, index.kinds)
        maps = (index.by_token, index.by_folded, index.same_folded)
        if (
            not all(isinstance(c, list) and len(c) == n for c in columns)
            or not all(isinstance(m, dict) for m in maps)
            or not isinstance(index.max_tokens, int)
            or not isinstance(tokens, list)
        ):
            raise ValueError("entity index cache is damaged")
        # Form numbers in range (max and min in C: a check a number costs 50 ms a process).
        if (
            index.by_folded
            and not 0 <= min(index.by_folded.values()) <= max(index.by_folded.values()) < n
        ):
            raise ValueError("entity index cache is damaged")
        index._tokens = frozenset(tokens)
        return index

    def __len__(self) -> int:
        return len(self.texts)

    def form(self, i: int) -> Form:
        """The i-th form, tokenised (once: forms that matched once tend to match again)."""
        found = self._forms.get(i)
        if found is None:
            text = self.texts[i]
            toks = name_tokens(text)
            found = Form(text, toks, tuple(map(fold_name, toks)), self.canonicals[i], self.kinds[i])
            if len(self._forms) < 100_000:
                self._forms[i] = found
        return found

    @property
    def forms(self) -> list[Form]:
        """Every form (builds objects: for tests and tools, not hot paths)."""
        return [self.form(i) for i in range(len(self))]

    def is_known(self, tokens: Sequence[str], folded: Sequence[str] | None = None) -> bool:
        """Whether ``tokens`` spell a listed form, case aside (headlines may be in capitals)
        but for acronyms ("Un" in "Kim Jung Un" is not the listed "UN")."""
        ids = self._folded_as(folded if folded is not None else [fold_name(t) for t in tokens])
        if not ids:
            return False
        return any(
            all(map(_same_word, tokens, self.form(i).tokens))
            and len(tokens) == len(self.form(i).tokens)
            for i in ids
        )

    def folded_tokens(self) -> frozenset[str]:
        """Every folded token of every form: a name none of whose tokens is here is near no form."""
        if self._tokens is None:
            self._tokens = frozenset(key.rsplit(_SEP, 1)[1] for key in self.by_token)
        return self._tokens

    def has_token(self, folded: Sequence[str]) -> bool:
        """Whether any form of the same length has one of these tokens at the same place."""
        n = len(folded)
        return any(_token_key(n, pos, tok) in self.by_token for pos, tok in enumerate(folded))

    def same_but_accents(self, folded: tuple[str, ...]) -> list[Form]:
        """Forms equal to ``folded`` once case and accents are ignored."""
        return [self.form(i) for i in self._folded_as(folded)]

    def _folded_as(self, folded: Sequence[str]) -> list[int]:
        first = self.by_folded.get(_SEP.join(folded))
        if first is None:
            return []
        return [first, *self.same_folded.get(first, ())]

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
        then by ``keep`` on their folded names, before any form is built; so a common first
        name in a 100,000-name list costs little. A small group is returned whole: the caller
        compares each form anyway.
        """
        key = _token_key(len(folded), pos, folded[pos])
        ids: Sequence[int] = self.by_token.get(key, ())
        if max_distance >= 0 and len(ids) > _SMALL_GROUP:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            names = self.folded_names()
            near = process.extract(
                " ".join(folded),
                [names[i] for i in ids],
                scorer=OSA.distance,
                score_cutoff=max_distance,
                limit=None,
            )
            # In list order, as a small group's are (not in rapidfuzz's order of distance).
            near.sort(key=lambda found: found[2])
            ids = [ids[j] for name, _, j in near if keep is None or keep(name.split(" "))]
        return [self.form(i) for i in ids]

    def folded_names(self) -> list[str]:
        """Each form's folded tokens joined by spaces, by form number (from ``by_folded``)."""
        if self._folded_names is None:
            names = [""] * len(self.texts)
            for key, first in self.by_folded.items():
                name = key.replace(_SEP, " ")
                names[first] = name
                for i in self.same_folded.get(first, ()):
                    names[i] = name
            self._folded_names = names
        return self._folded_names

    def one_word_near(self, folded: str, max_distance: int) -> list[Form]:
        """One-word forms within ``max_distance`` edits (OSA) of the folded word ``folded``."""
        if self._one_words is None:
            prefix = _token_key(1, 0, "")
            self._one_words = [k[len(prefix) :] for k in self.by_token if k.startswith(prefix)]
        if not self._one_words:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        near = process.extract(
            folded, self._one_words, scorer=OSA.distance, score_cutoff=max_distance, limit=None
        )
        return [self.form(i) for word, _, _ in near for i in self.by_token[_token_key(1, 0, word)]]

    def all_tokens(self) -> set[str]:
        """Every token of every form, as written (for grammar backends' ignore lists)."""
        return {t for text in self.texts for t in name_tokens(text)}


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
            inputs += [Path(f).name, read_regular(f)]
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


def _same_word(written: str, listed: str) -> bool:
    if len(listed) > 1 and listed.isupper():
        return written == listed
    return written.casefold() == listed.casefold()


def strip_possessive(token: str) -> str:
    """ "Rubio's" -> "Rubio", "Reyes’" -> "Reyes"."""
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token
