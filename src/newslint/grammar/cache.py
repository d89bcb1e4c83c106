"""Grammar answers cached in newslint's results cache (see :mod:`newslint.cache`), so
unchanged text is never checked twice.

Each text's issues are stored under a key made of the backend fingerprint (backend, version,
server URL, every option) and the text; an entry that is not a list of valid issues is a miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from newslint.cache import Store, key_of
from newslint.grammar.base import CATEGORIES, Category, GrammarBackend, GrammarIssue


class FingerprintedBackend(GrammarBackend, Protocol):
    """A backend that can say what determines its results."""

    fingerprint: str


def cache_key(fingerprint: str, text: str) -> str:
    """The key of the cache entry of ``text`` checked by the backend ``fingerprint``."""
    return key_of("grammar", fingerprint, text.encode("utf-8", "surrogatepass"))


def _to_json(issue: GrammarIssue) -> dict[str, Any]:
    return {
        "start": issue.start,
        "end": issue.end,
        "message": issue.message,
        "rule_id": issue.rule_id,
        "category": issue.category,
        "replacements": list(issue.replacements),
        "backend": issue.backend,
    }


def _from_json(raw: dict[str, Any]) -> GrammarIssue:
    category = raw["category"]
    if category not in CATEGORIES:
        raise ValueError(f"bad category {category!r}")
    cat: Category = category
    return GrammarIssue(
        start=int(raw["start"]),
        end=int(raw["end"]),
        message=str(raw["message"]),
        rule_id=str(raw["rule_id"]),
        category=cat,
        replacements=tuple(str(r) for r in raw["replacements"]),
        backend=str(raw["backend"]),
    )


class GrammarCache:
    """Issues per (fingerprint, text), in the results database's ``grammar`` table."""

    def __init__(self, directory: Path | None = None) -> None:
        self.store = Store("grammar", directory)

    def get(self, key: str) -> list[GrammarIssue] | None:
        """The cached issues, or None on a miss or an entry that is not a list of issues."""
        raw = self.store.get(key)
        try:
            return [_from_json(item) for item in raw]
        except (ValueError, KeyError, TypeError):
            return None

    def put(self, items: Sequence[tuple[str, Sequence[GrammarIssue]]]) -> None:
        """Store the issues of each key."""
        self.store.put_many((key, [_to_json(i) for i in issues]) for key, issues in items)


class CachedBackend:
    """Wraps a backend: answers hits from disk, sends only the misses, in one batch."""

    def __init__(self, inner: FingerprintedBackend, cache: GrammarCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        """Check texts, using and filling the cache."""
        keys = [cache_key(self.inner.fingerprint, t) for t in texts]
        cached = [self.cache.get(k) for k in keys]
        for i, (hit, text) in enumerate(zip(cached, texts, strict=True)):
            if hit is not None and not all(0 <= x.start <= x.end <= len(text) for x in hit):
                cached[i] = None  # not an answer about this text
        todo: dict[str, str] = {}
        for key, text, hit in zip(keys, texts, cached, strict=True):
            if hit is None:
                todo.setdefault(key, text)
        fresh: dict[str, list[GrammarIssue]] = {}
        if todo:
            answers = self.inner.check_many(list(todo.values()))
            fresh = dict(zip(todo, answers, strict=True))
            self.cache.put(list(fresh.items()))
        return [
            hit if hit is not None else fresh[key] for hit, key in zip(cached, keys, strict=True)
        ]

    def close(self) -> None:
        """Close the wrapped backend and the cache."""
        self.inner.close()
        self.cache.store.close()
