"""Rules are data: one YAML file per rule, validated strictly against its check kind."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newslint.checks import CHECKS
from newslint.checks.base import CheckKind, Option
from newslint.configkeys import FIX_VALUES, RULE_KEYS
from newslint.configkeys import REQUIRED_RULE_KEYS as REQUIRED_KEYS
from newslint.files import read_regular
from newslint.findings import Severity
from newslint.model import KINDS
from newslint.yamlutil import ConfigError, line_of, load_file, reject_unknown, shown, suggest

# Where the first sentence of a description ends: ". " before a capital, or ": " before prose.
_FIRST_STOP = re.compile(r"(?<=[a-z)\]])\. (?=[A-Z])|:\s(?=[a-z\"“])")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a check kind with its id, severity, message template and options."""

    id: str
    check: str
    severity: Severity
    message: str
    description: str
    options: Mapping[str, Any]
    fix: str = "none"
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    enabled: bool = True
    source: str = ""
    blocks: frozenset[str] | None = None
    example_options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> CheckKind:
        """The check kind that runs this rule."""
        return CHECKS[self.check]

    @property
    def reads(self) -> frozenset[str]:
        """The block kinds the rule reads: its file's ``blocks:``, else its check's."""
        return self.kind.reads if self.blocks is None else self.blocks

    @property
    def summary(self) -> str:
        """The first sentence of "What it flags", on one line."""
        text = " ".join(self.description.split("Why:", 1)[0].split())
        text = text.removeprefix("What it flags:").strip() or self.id
        first = _FIRST_STOP.split(text, maxsplit=1)[0].rstrip(".")
        return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "..."

    def with_overrides(
        self, severity: Severity | None, options: Mapping[str, Any], enabled: bool | None
    ) -> Rule:
        """A copy with config overrides applied (options are merged, not replaced)."""
        merged = {**self.options, **options}
        return replace(
            self,
            severity=severity or self.severity,
            options=merged,
            enabled=self.enabled if enabled is None else enabled,
        )


def default_rules_dir() -> Path:
    """The default rule pack: inside the wheel, or the repo's ``rules/`` in a checkout."""
    packaged = Path(__file__).parent / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def check_option(kind: CheckKind, key: str, value: Any, path: Path | str, line: int | None) -> Any:
    """Validate one option value against the check kind's schema and return it."""
    spec = kind.options.get(key)
    if key in kind.environment_only:
        raise ConfigError(
            f"option {shown(key)} of check {kind.name!r} cannot be set in a config or rule file "
            f"(a repository's files are untrusted); set ${kind.environment_only[key]} in the "
            "environment of the run instead",
            path,
            line,
        )
    if spec is None:
        raise ConfigError(
            f"unknown option {shown(key)} for check {kind.name!r}{suggest(key, kind.options)}",
            path,
            line,
        )
    if value is False and spec.kind == "str" and "off" in spec.choices:
        value = "off"  # YAML 1.1 reads a bare off as false
    return _coerce(spec, key, value, path, line)


def _only_choices(
    spec: Option, key: str, items: list[str], path: Path | str, line: int | None
) -> None:
    """Each item of a list option (each key of a map option) is one of its choices, if any."""
    unknown = [item for item in items if spec.choices and item not in spec.choices]
    if unknown:
        raise ConfigError(
            f"option {shown(key)}: unknown {shown(unknown[0])}; use {', '.join(spec.choices)}"
            f"{suggest(unknown[0], spec.choices)}",
            path,
            line,
        )


def _coerce(spec: Option, key: str, value: Any, path: Path | str, line: int | None) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(
            f"option {shown(key)} must be {expected}, not {type(value).__name__} {shown(value)}",
            path,
            line,
        )

    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
    elif spec.kind in ("int", "float"):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (spec.kind == "int" and not isinstance(value, int))
        ):
            raise bad("an integer" if spec.kind == "int" else "a number")
        if spec.minimum is not None and value < spec.minimum:
            raise ConfigError(
                f"option {shown(key)} must be at least {spec.minimum}, not {shown(value)}",
                path,
                line,
            )
        if spec.maximum is not None and value > spec.maximum:
            raise ConfigError(
                f"option {shown(key)} must be at most {spec.maximum}, not {shown(value)}",
                path,
                line,
            )
    elif spec.kind == "str":
        if not isinstance(value, str):
            raise bad("a string")
        if spec.choices and value not in spec.choices:
            raise ConfigError(
                f"option {shown(key)} must be one of {', '.join(spec.choices)}, "
                f"not {shown(value)}{suggest(value, spec.choices)}",
                path,
                line,
            )
    elif spec.kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        _only_choices(spec, key, value, path, line)
        return tuple(value)
    elif spec.kind == "map":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise bad("a mapping of strings to strings")
        _only_choices(spec, key, list(value), path, line)
        return dict(value)
    return value


def load_rule(path: Path) -> Rule:
    """Load and validate one rule file."""
    data = load_file(path)
    if not isinstance(data, dict):
        raise ConfigError(
            "a rule file must be a mapping with id, check, severity, message, description", path, 1
        )
    reject_unknown(data, RULE_KEYS, path)
    for key in REQUIRED_KEYS:
        if key not in data:
            raise ConfigError(f"missing required key {shown(key)}", path, line_of(data))
        if not isinstance(data[key], str) or not data[key].strip():
            raise ConfigError(f"{shown(key)} must be a non-empty string", path, line_of(data, key))
    check = data["check"]
    if check not in CHECKS:
        raise ConfigError(
            f"unknown check kind {shown(check)}{suggest(check, CHECKS)}; "
            f"known: {', '.join(sorted(CHECKS))}",
            path,
            line_of(data, "check"),
        )
    kind = CHECKS[check]
    try:
        severity = Severity.parse(data["severity"])
    except ValueError as exc:
        raise ConfigError(str(exc), path, line_of(data, "severity")) from None
    fix = data.get("fix", "none")
    if fix not in FIX_VALUES:
        raise ConfigError(
            f"'fix' must be one of {', '.join(FIX_VALUES)}, not {shown(fix)}",
            path,
            line_of(data, "fix"),
        )
    raw_options = data.get("options") or {}
    if not isinstance(raw_options, dict):
        raise ConfigError("'options' must be a mapping", path, line_of(data, "options"))
    options = {k: spec.default for k, spec in kind.options.items()}
    for key, value in raw_options.items():
        options[key] = check_option(kind, key, value, path, line_of(raw_options, key))
    examples = _examples(data.get("examples"), path, data)
    example_options = _example_options(kind, data.get("examples"), path)
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError("'enabled' must be true or false", path, line_of(data, "enabled"))
    _check_template(data["message"], path, line_of(data, "message"))
    blocks = _blocks(data.get("blocks"), path, line_of(data, "blocks"))
    return Rule(
        id=data["id"],
        check=check,
        severity=severity,
        message=data["message"].strip(),
        description=data["description"].strip(),
        options=options,
        fix=fix,
        examples=examples,
        enabled=enabled,
        source=str(path),
        blocks=blocks,
        example_options=example_options,
    )


def _blocks(raw: Any, path: Path, line: int | None) -> frozenset[str] | None:
    """A rule file's ``blocks:``: the block kinds it reads (see :mod:`newslint.model`)."""
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
        raise ConfigError("'blocks' must be a non-empty list of block kinds", path, line)
    for kind in raw:
        if kind not in KINDS:
            raise ConfigError(
                f"unknown block kind {shown(kind)}{suggest(kind, KINDS)}; "
                f"known: {', '.join(KINDS)}",
                path,
                line,
            )
    return frozenset(raw)


def _examples(raw: Any, path: Path, data: Any) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - {"fail", "pass", "options"}:
        raise ConfigError(
            "'examples' must be a mapping with 'fail' and 'pass' lists (and 'options')",
            path,
            line_of(data, "examples"),
        )
    out = {}
    for key, items in raw.items():
        if key == "options":
            continue
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ConfigError(
                f"'examples.{key}' must be a list of strings", path, line_of(raw, key)
            )
        out[key] = tuple(items)
    return out


def _example_options(kind: CheckKind, raw: Any, path: Path) -> dict[str, Any]:
    """``examples.options``: the options the examples run with (over the rule's own), for a
    rule whose options are empty until a config fills them."""
    options = raw.get("options") if isinstance(raw, dict) else None
    if options is None:
        return {}
    if not isinstance(options, dict):
        raise ConfigError("'examples.options' must be a mapping", path, line_of(raw, "options"))
    return {k: check_option(kind, k, v, path, line_of(options, k)) for k, v in options.items()}


def _check_template(template: str, path: Path, line: int | None) -> None:
    import string

    try:
        list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ConfigError(f"'message' is not a valid template: {exc}", path, line) from None


def load_rule_dir(directory: Path) -> list[Rule]:
    """Load every ``*.yaml``/``*.yml`` rule file directly inside ``directory``, sorted.

    A directory that validated before is read back from newslint's derived-data cache (keyed
    by each file's path and content), which saves importing and running the YAML parser on
    every start; what is read back is validated again. A directory with any error is never
    cached, so its error is reported on every run.
    """
    from newslint.cache import derived

    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    inputs: list[bytes | str] = []
    for p in files:
        try:
            inputs += [str(p), read_regular(p)]
        except OSError:
            return [load_rule(p) for p in files]  # reports the file that cannot be read
    return derived(
        "rules",
        inputs,
        lambda: [load_rule(p) for p in files],
        lambda rules: [_plain(r) for r in rules],
        lambda plain: _thaw(plain, [str(p) for p in files]),
    )


def _plain(rule: Rule) -> tuple[Any, ...]:
    options = {k: list(v) if isinstance(v, tuple) else v for k, v in rule.options.items()}
    examples: dict[str, Any] = {k: list(v) for k, v in rule.examples.items()}
    examples["options"] = {
        k: list(v) if isinstance(v, tuple) else v for k, v in rule.example_options.items()
    }
    blocks = sorted(rule.blocks) if rule.blocks is not None else None
    return (rule.id, rule.check, rule.severity.label, rule.message, rule.description, options,
            rule.fix, examples, rule.enabled, rule.source, blocks)  # fmt: skip


def _thaw(plain: Any, sources: list[str]) -> list[Rule]:
    """Rules from :func:`_plain` tuples, each field checked as :func:`load_rule` checks it.

    Raises:
        ValueError, TypeError or ConfigError: for anything :func:`_plain` does not write.
    """
    rules = []
    for raw, source in zip(plain, sources, strict=True):
        id_, check, severity, message, description, options, fix, examples, enabled, src, blocks = (
            raw
        )
        kind = CHECKS[check]
        if src != source or set(options) != set(kind.options) or fix not in FIX_VALUES:
            raise ValueError("not this rule")
        if not all(isinstance(x, str) for x in (id_, message, description)):
            raise TypeError("not a string")
        if not isinstance(enabled, bool):
            raise TypeError("not a boolean")
        rules.append(
            Rule(
                id_,
                check,
                Severity.parse(severity),
                message,
                description,
                {k: check_option(kind, k, v, source, None) for k, v in options.items()},
                fix,
                _examples(examples, Path(source), None),
                enabled,
                source,
                _blocks(blocks, Path(source), None),
                _example_options(kind, examples, Path(source)),
            )
        )
    if len(rules) != len(sources):
        raise ValueError("not these files")
    return rules
