"""Grammar and spelling backends behind one small interface.

Usage::

    backend = make_backend("auto")            # Harper, or LanguageTool if a URL is set
    try:
        per_text = backend.check_many(masked_texts)   # list[list[GrammarIssue]]
    finally:
        backend.close()

- `GrammarIssue(start, end, message, rule_id, category, replacements, backend)`: spans
  in code points of the text passed in; ``category`` is one of "typo", "grammar",
  "style", "punctuation", "other"; ``is_spelling`` is ``category == "typo"``.
- `GrammarBackend`: ``name``, ``check_many(texts)``, ``close()``.
- `BackendUnavailable`: the backend cannot run; the message says which and how to fix.
- `make_backend(kind, ...)`: ``"harper"`` (offline, harper-py), ``"languagetool"`` (an
  HTTP server: ``lt_url`` or ``$NEWSLINT_LT_URL``, credentials ``lt_username`` /
  ``lt_api_key`` with ``lt_url``, or ``$NEWSLINT_LT_USERNAME`` / ``$NEWSLINT_LT_API_KEY``
  with ``$NEWSLINT_LT_URL``, never one's credentials with the other's URL; with no URL, a
  local server started through language-tool-python, see `newslint.grammar.local`) or
  ``"auto"`` (LanguageTool when a URL is configured, otherwise Harper). Results are cached
  on disk unless ``use_cache=False``.

Texts are masked article text; issues on whitespace-only spans or spans that contain a
run of two or more whitespace characters (masked markup) are dropped by every backend.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from newslint.grammar.base import (
    CATEGORIES,
    BackendOptions,
    BackendUnavailable,
    Category,
    GrammarBackend,
    GrammarIssue,
    drop_noise,
    is_noise,
)
from newslint.grammar.cache import CachedBackend, FingerprintedBackend, GrammarCache

__all__ = [
    "CATEGORIES",
    "BackendOptions",
    "BackendUnavailable",
    "Category",
    "GrammarBackend",
    "GrammarIssue",
    "drop_noise",
    "is_noise",
    "make_backend",
]

BackendKind = Literal["auto", "languagetool", "harper"]
ENV_URL, ENV_USER, ENV_KEY = "NEWSLINT_LT_URL", "NEWSLINT_LT_USERNAME", "NEWSLINT_LT_API_KEY"


def make_backend(
    kind: BackendKind = "auto",
    *,
    language: str = "en-US",
    lt_url: str | None = None,
    lt_username: str | None = None,
    lt_api_key: str | None = None,
    enabled_rules: Iterable[str] = (),
    disabled_rules: Iterable[str] = (),
    enabled_categories: Iterable[str] = (),
    disabled_categories: Iterable[str] = (),
    picky: bool = False,
    timeout: float = 30.0,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> GrammarBackend:
    """Create a grammar backend.

    Raises:
        BackendUnavailable: The requested backend (or, for "auto", any) cannot run.
        ValueError: Unknown ``kind``.
    """
    options = BackendOptions(
        language=language,
        enabled_rules=tuple(enabled_rules),
        disabled_rules=tuple(disabled_rules),
        enabled_categories=tuple(enabled_categories),
        disabled_categories=tuple(disabled_categories),
        picky=picky,
    )
    # Credentials go only to the URL they came with: arguments with arguments, the
    # environment's with the environment's.
    url: str | None = lt_url
    if lt_url:
        username, api_key = lt_username, lt_api_key
    else:
        url = os.environ.get(ENV_URL) or None
        username, api_key = os.environ.get(ENV_USER), os.environ.get(ENV_KEY)
    backend: FingerprintedBackend
    if kind == "languagetool" and not url:
        from newslint.grammar.local import LocalLanguageToolBackend

        backend = LocalLanguageToolBackend(options, timeout=timeout)
    elif kind == "languagetool" or (kind == "auto" and url):
        assert url is not None
        from newslint.grammar.languagetool import LanguageToolBackend

        backend = LanguageToolBackend(
            url,
            options,
            username=username or None,
            api_key=api_key or None,
            timeout=timeout,
        )
    elif kind in ("harper", "auto"):
        from newslint.grammar.harper import HarperBackend

        try:
            backend = HarperBackend(options)
        except BackendUnavailable as exc:
            if kind == "harper":
                raise
            raise BackendUnavailable(
                f"no grammar backend can run: {exc} Or set {ENV_URL} to a LanguageTool server."
            ) from exc
    else:
        raise ValueError(f"unknown grammar backend {kind!r}; use auto, harper or languagetool")
    if not use_cache:
        return backend
    return CachedBackend(backend, GrammarCache(cache_dir))
