"""One backend per run, shared by every grammar rule with the same backend options.

The backend is made on first use and kept in the linter's :class:`Resources` under a key built
from its options, so two rules, or a thousand files, share one Harper linter or one LanguageTool
server. A backend that cannot run is kept as its `BackendUnavailable`, so the failure is met
once, not once per file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from newslint.grammar import BackendUnavailable, GrammarBackend, make_backend

if TYPE_CHECKING:
    from newslint.checks.base import Resources

BACKEND_OPTIONS = (
    "backend",
    "language",
    "enabled_rules",
    "disabled_rules",
    "enabled_categories",
    "disabled_categories",
    "picky",
    "timeout",
)


def backend_key(options: Mapping[str, Any], use_cache: bool) -> tuple[Any, ...]:
    """The key of the backend these (grammar check) options describe."""
    return (use_cache, *(options[k] for k in BACKEND_OPTIONS))


def backend_for(
    resources: Resources, options: Mapping[str, Any]
) -> GrammarBackend | BackendUnavailable:
    """The run's backend for ``options``, made on first call, or why it cannot run."""
    key = backend_key(options, resources.use_cache)
    found = resources.backends.get(key)
    if found is None:
        try:
            found = make_backend(
                options["backend"],
                language=options["language"],
                enabled_rules=options["enabled_rules"],
                disabled_rules=options["disabled_rules"],
                enabled_categories=options["enabled_categories"],
                disabled_categories=options["disabled_categories"],
                picky=options["picky"],
                timeout=float(options["timeout"]),
                use_cache=resources.use_cache,
            )
        except BackendUnavailable as exc:
            found = exc
        resources.backends[key] = found
    return found


def give_up(resources: Resources, options: Mapping[str, Any], why: BackendUnavailable) -> None:
    """Stop using a backend that failed mid-run (a server that went away)."""
    key = backend_key(options, resources.use_cache)
    old = resources.backends.get(key)
    if old is not None and not isinstance(old, BackendUnavailable):
        old.close()
    resources.backends[key] = why
