"""Disk cache of grammar results, so unchanged text is never checked twice.

One JSON file per text under ``user_cache_dir("newslint")/grammar`` (or a given
directory), named by the sha256 of the backend fingerprint (backend, version, server
URL, every option) and the text. Files are written to a temporary name and moved into
place with `os.replace`, so a crash or a parallel run never leaves a torn file; an
unreadable file is a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from newslint.grammar.base import CATEGORIES, Category, GrammarBackend, GrammarIssue

CACHE_FORMAT = 1


class FingerprintedBackend(GrammarBackend, Protocol):
    """A backend that can say what determines its results."""

    fingerprint: str


def default_cache_dir() -> Path:
    """The per-user cache directory for grammar results."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("newslint")) / "grammar"


def cache_key(fingerprint: str, text: str) -> str:
    """The sha256 hex digest naming the cache entry of ``text``."""
    h = hashlib.sha256()
    h.update(f"newslint-grammar/{CACHE_FORMAT}\0{fingerprint}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


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
    """Issues per (fingerprint, text), stored as one JSON file each."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else default_cache_dir()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[GrammarIssue] | None:
        """The cached issues, or None on a miss or an unreadable entry."""
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            return [_from_json(item) for item in raw["issues"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, issues: Sequence[GrammarIssue]) -> None:
        """Store issues atomically; a cache that cannot be written is skipped."""
        path = self._path(key)
        payload = json.dumps({"issues": [_to_json(i) for i in issues]}, ensure_ascii=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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
        todo: dict[str, str] = {}
        for key, text, hit in zip(keys, texts, cached, strict=True):
            if hit is None:
                todo.setdefault(key, text)
        fresh: dict[str, list[GrammarIssue]] = {}
        if todo:
            answers = self.inner.check_many(list(todo.values()))
            fresh = dict(zip(todo, answers, strict=True))
            for key, issues in fresh.items():
                self.cache.put(key, issues)
        return [
            hit if hit is not None else fresh[key] for hit, key in zip(cached, keys, strict=True)
        ]

    def close(self) -> None:
        """Close the wrapped backend."""
        self.inner.close()
