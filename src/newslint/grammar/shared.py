"""One backend per run, shared by every grammar rule with the same backend options.

A run keeps state in a plain dict (the linter's ``Resources.cache``). The backend is made on
first use and kept there under a key built from its options, so two rules, or a thousand
files, share one Harper linter or one LanguageTool server. A backend that cannot run is kept
as its `BackendUnavailable`, so the failure is met once, not once per file. Messages for the
user (a backend that could not start) go to the list ``cache["notices"]``, each once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newslint.grammar import BackendUnavailable, GrammarBackend, make_backend

NOTICES = "notices"
NOTICES_SEEN = "notices-seen"
KEY = "grammar-backend"
BACKEND_OPTIONS = (
    "backend",
    "language",
    "url",
    "username",
    "api_key",
    "enabled_rules",
    "disabled_rules",
    "enabled_categories",
    "disabled_categories",
    "picky",
    "timeout",
)


def backend_key(options: Mapping[str, Any], use_cache: bool) -> tuple[Any, ...]:
    """The cache key of the backend these (grammar check) options describe."""
    return (KEY, use_cache, *(options[k] for k in BACKEND_OPTIONS))


def backend_for(
    cache: dict[Any, Any], options: Mapping[str, Any], use_cache: bool
) -> GrammarBackend | BackendUnavailable:
    """The run's backend for ``options``, made on first call, or why it cannot run."""
    key = backend_key(options, use_cache)
    if key not in cache:
        try:
            cache[key] = make_backend(
                options["backend"],
                language=options["language"],
                lt_url=options["url"] or None,
                lt_username=options["username"] or None,
                lt_api_key=options["api_key"] or None,
                enabled_rules=options["enabled_rules"],
                disabled_rules=options["disabled_rules"],
                enabled_categories=options["enabled_categories"],
                disabled_categories=options["disabled_categories"],
                picky=options["picky"],
                timeout=float(options["timeout"]),
                use_cache=use_cache,
            )
        except BackendUnavailable as exc:
            cache[key] = exc
    found: GrammarBackend | BackendUnavailable = cache[key]
    return found


def give_up(
    cache: dict[Any, Any], options: Mapping[str, Any], use_cache: bool, why: BackendUnavailable
) -> None:
    """Stop using a backend that failed mid-run (a server that went away)."""
    key = backend_key(options, use_cache)
    old = cache.get(key)
    if old is not None and not isinstance(old, BackendUnavailable):
        old.close()
    cache[key] = why


def add_notice(cache: dict[Any, Any], message: str) -> None:
    """Append a message for the user to ``cache["notices"]``, once per run.

    The list may be drained (popped) by the caller; a message already given is not added again.
    """
    seen: set[str] = cache.setdefault(NOTICES_SEEN, set())
    if message not in seen:
        seen.add(message)
        cache.setdefault(NOTICES, []).append(message)


def close_backends(cache: dict[Any, Any]) -> None:
    """Close every grammar backend in ``cache`` (call once, when the run ends)."""
    for key, value in list(cache.items()):
        if isinstance(key, tuple) and key[:1] == (KEY,):
            if not isinstance(value, BackendUnavailable):
                value.close()
            del cache[key]
