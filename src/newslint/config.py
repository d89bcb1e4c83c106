"""Find, load, merge and validate configuration into a frozen :class:`Config`.

The file is ``--config FILE``, else the one :mod:`newslint.discovery` finds, else none: the
default rule pack alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newslint.configkeys import CONFIG_KEYS, RULE_SETTING_KEYS, VOCABULARY_KEYS
from newslint.discovery import discover_config, repository_root
from newslint.findings import Severity
from newslint.rules import Rule, check_option, default_rules_dir, load_rule, load_rule_dir
from newslint.yamlutil import (
    ConfigError,
    LineDict,
    line_of,
    load_file,
    reject_unknown,
    shown,
    suggest,
)

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
MAX_EXTENDS = 32


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a run needs to know, validated.

    Attributes:
        rules: Every known rule (enabled or not), by id, in a stable order.
        entity_files: Known-entities lists, default pack first.
        include: Glob patterns of files to check when walking directories.
        exclude: gitignore-style patterns of paths to skip.
        fail_on: The lowest severity that makes the run fail (exit 1).
        path: The config file this came from, if any.
        notices: Warnings for the user (a config that discovery left out).
        docs_url: The folder URL of the rules' documentation pages (``newslint rules --docs``),
            for output formats that link to them (SARIF's ``helpUri``).
    """

    rules: Mapping[str, Rule]
    entity_files: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    path: str | None = None
    unknown_selectors: tuple[str, ...] = field(default=())
    notices: tuple[str, ...] = ()
    docs_url: str | None = None

    @property
    def enabled_rules(self) -> list[Rule]:
        """The rules that will run."""
        return [r for r in self.rules.values() if r.enabled]

    def select(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Config:
        """Enable only rules matching ``select`` (ids or prefixes), then drop ``ignore``."""
        unknown = tuple(
            s for s in (*select, *ignore) if not any(_matches(s, r) for r in self.rules.values())
        )
        rules = {}
        for rid, rule in self.rules.items():
            on = rule.enabled
            if select:
                on = any(_matches(s, rule) for s in select)
            if any(_matches(s, rule) for s in ignore):
                on = False
            rules[rid] = replace(rule, enabled=on)
        return replace(self, rules=rules, unknown_selectors=self.unknown_selectors + unknown)

    def with_entities(self, files: Iterable[str]) -> Config:
        """Add known-entities lists."""
        return replace(self, entity_files=self.entity_files + tuple(str(f) for f in files))


def _matches(selector: str, rule: Rule) -> bool:
    """A selector names a rule id, an id prefix (``readab``, ``entity-*``) or a check kind."""
    s = selector.strip().rstrip("*")
    return bool(s) and (rule.id.startswith(s) or rule.check == s)


def default_config() -> Config:
    """The default rule pack and starter entities list, nothing else."""
    base = default_rules_dir()
    rules = {r.id: r for r in load_rule_dir(base)}
    entities = tuple(
        str(p)
        for p in sorted((base / "entities").glob("*"))
        if p.suffix in (".yaml", ".yml", ".txt")
    )
    return Config(rules=rules, entity_files=entities)


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Load ``path``, or discover a config from ``start``, or return the defaults.

    Every path the config names (``extends``, ``rule-files``, ``entities``) must lie inside
    its repository root: the git work tree holding the config, else the config's folder.
    """
    notice = None
    if path is None and start is not None:
        path, notice = discover_config(start)
    config = default_config() if path is None else _load(path, (), repository_root(path))
    return replace(config, notices=(notice,)) if notice else config


def _inside(root: Path, extra: str, path: Path, data: Mapping[str, Any], key: str) -> Path:
    """``extra`` (relative to the config at ``path``) resolved, if it stays inside ``root``."""
    target = (path.parent / extra).resolve()
    if not target.is_relative_to(root):
        raise ConfigError(
            f"{shown(key)}: {shown(extra)} is outside the repository root {root} (a config may "
            "only name files inside it; pass outside files on the command line)",
            path,
            line_of(data, key),
        )
    return target


def _load(path: Path, seen: tuple[Path, ...], root: Path) -> Config:
    if not path.exists():
        raise ConfigError("config file not found", path)
    if path.resolve() in seen:
        raise ConfigError("'extends' makes a loop", path)
    if len(seen) >= MAX_EXTENDS:
        raise ConfigError(f"'extends' chain is longer than {MAX_EXTENDS} files", path)
    if path.name == "pyproject.toml":
        data: Any = _pyproject_section(path)
    else:
        data = load_file(path)
        if data is None:
            data = LineDict()
    if not isinstance(data, dict):
        raise ConfigError("a config file must be a mapping of keys to values", path, 1)
    reject_unknown(data, CONFIG_KEYS, path)
    base = _base(data, path, seen, root)
    rules = dict(base.rules)
    rules.update({r.id: r for r in _rule_files(data, path, root)})
    rules = _apply_settings(rules, data.get("rules"), path, line_of(data, "rules"))
    rules = _vocabulary(rules, data, path)
    entities = base.entity_files
    for extra in _str_list(data, "entities", path):
        p = _inside(root, extra, path, data, "entities")
        if not p.is_file():
            raise ConfigError(f"entities file not found: {extra}", path, line_of(data, "entities"))
        entities += (str(p),)
    fail_on = base.fail_on
    if "fail-on" in data:
        try:
            fail_on = Severity.parse(str(data["fail-on"]))
        except ValueError as exc:
            raise ConfigError(f"'fail-on': {exc}", path, line_of(data, "fail-on")) from None
    include = tuple(_str_list(data, "include", path)) or base.include
    exclude = base.exclude + tuple(_excludes(data, path))
    docs_url = base.docs_url
    if "docs-url" in data:
        docs_url = data["docs-url"]
        if not isinstance(docs_url, str) or not docs_url.startswith(("https://", "http://")):
            raise ConfigError("'docs-url' must be an http(s) URL", path, line_of(data, "docs-url"))
    return Config(rules, entities, include, exclude, fail_on, str(path), docs_url=docs_url)


def _rule_files(data: Mapping[str, Any], path: Path, root: Path) -> list[Rule]:
    """The rules of the ``rule-files`` entries: rule files or directories of them."""
    found: list[Rule] = []
    for extra in _str_list(data, "rule-files", path):
        p = _inside(root, extra, path, data, "rule-files")
        if p.is_dir():
            found += load_rule_dir(p)
        elif p.is_file():
            found.append(load_rule(p))
        else:
            raise ConfigError(
                f"rule file or directory not found: {extra}", path, line_of(data, "rule-files")
            )
    return found


def _pyproject_section(path: Path) -> Any:
    import tomllib

    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read file: {exc}", path) from None
    section = doc.get("tool", {}).get("newslint")
    if not isinstance(section, dict):
        raise ConfigError("[tool.newslint] must be a table", path)
    return section


def _base(data: Mapping[str, Any], path: Path, seen: tuple[Path, ...], root: Path) -> Config:
    extends = data.get("extends", "default")
    if extends == "default":
        return default_config()
    if extends is None:
        raise ConfigError(
            "'extends' is empty: use 'default', 'none' or a path", path, line_of(data, "extends")
        )
    if extends == "none":
        return Config(
            rules={r.id: replace(r, enabled=False) for r in default_config().rules.values()}
        )
    if not isinstance(extends, str):
        raise ConfigError(
            "'extends' must be 'default', 'none' or a path", path, line_of(data, "extends")
        )
    target = _inside(root, extends, path, data, "extends")
    return _load(target, (*seen, path.resolve()), root)


def _vocabulary(rules: dict[str, Rule], data: Mapping[str, Any], path: Path) -> dict[str, Rule]:
    """``vocabulary: {accept: [...], reject: [...]}``: the house's words. Accepted words are
    added to the ``accept`` option of every rule whose check has one (grammar's spelling),
    rejected ones to every ``reject`` option (the vocabulary rule) and taken out of the
    ``accept`` lists (grammar's own list of wire words too)."""
    vocabulary = data.get("vocabulary")
    if vocabulary is None:
        return rules
    if not isinstance(vocabulary, dict):
        raise ConfigError("'vocabulary' must be a mapping", path, line_of(data, "vocabulary"))
    reject_unknown(vocabulary, VOCABULARY_KEYS, path, prefix="vocabulary: ")
    accept = _str_list(vocabulary, "accept", path)
    reject = _str_list(vocabulary, "reject", path)
    both = sorted(set(accept) & set(reject))
    if both:
        raise ConfigError(
            f"vocabulary: {', '.join(map(repr, both))} cannot be both accepted and rejected",
            path,
            line_of(vocabulary, "reject"),
        )
    rejected = {w.casefold() for w in reject}
    out = {}
    for rid, rule in rules.items():
        options = dict(rule.options)
        if "accept" in rule.kind.options:
            known = (*options.get("accept", ()), *accept)
            options["accept"] = tuple(w for w in known if w.casefold() not in rejected)
        if "reject" in rule.kind.options:
            options["reject"] = (*options.get("reject", ()), *reject)
        out[rid] = replace(rule, options=options) if options != rule.options else rule
    return out


def _str_list(data: Mapping[str, Any], key: str, path: Path) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{shown(key)} must be a list of strings", path, line_of(data, key))
    return list(value)


def _excludes(data: Mapping[str, Any], path: Path) -> list[str]:
    """The ``exclude`` patterns, each checked now: a pattern git would reject stops the run
    here, naming the config file and line, rather than when the first directory is walked."""
    patterns = _str_list(data, "exclude", path)
    if patterns:
        import pathspec

        for pattern in patterns:
            try:
                pathspec.GitIgnoreSpec.from_lines([pattern])
            except ValueError as exc:
                message = f"'exclude': invalid pattern {shown(pattern)} ({exc})"
                raise ConfigError(message, path, line_of(data, "exclude")) from None
    return patterns


def _apply_settings(
    rules: dict[str, Rule], settings: Any, path: Path, line: int | None
) -> dict[str, Rule]:
    """Apply ``rules: {id: off | severity | {severity, enabled, options}}``."""
    if settings is None:
        return rules
    if not isinstance(settings, dict):
        raise ConfigError("'rules' must be a mapping of rule ids to settings", path, line)
    for rid, value in settings.items():
        at = line_of(settings, rid)
        if rid not in rules:
            raise ConfigError(f"unknown rule {shown(rid)}{suggest(rid, rules)}", path, at)
        rules[rid] = _setting(rules[rid], value, path, at)
    return rules


def _setting(rule: Rule, value: Any, path: Path, at: int | None) -> Rule:
    """``rule`` with one ``rules:`` entry applied: off, on, a severity or a mapping."""
    rid = rule.id
    if value == "off" or value is False:
        return replace(rule, enabled=False)
    if value == "on" or value is True:
        return replace(rule, enabled=True)
    if isinstance(value, str):
        try:
            return rule.with_overrides(Severity.parse(value), {}, True)
        except ValueError:
            raise ConfigError(
                f"rule {shown(rid)}: use off, on, error, warning, info or a mapping, "
                f"not {shown(value)}",
                path,
                at,
            ) from None
    if not isinstance(value, dict):
        raise ConfigError(
            f"rule {shown(rid)}: settings must be off, a severity or a mapping", path, at
        )
    reject_unknown(value, RULE_SETTING_KEYS, path, prefix=f"rule {shown(rid)}: ", what="setting")
    severity = None
    if "severity" in value:
        try:
            severity = Severity.parse(str(value["severity"]))
        except ValueError as exc:
            raise ConfigError(
                f"rule {shown(rid)}: {exc}", path, line_of(value, "severity")
            ) from None
    options = value.get("options") or {}
    if not isinstance(options, dict):
        raise ConfigError(
            f"rule {shown(rid)}: 'options' must be a mapping", path, line_of(value, "options")
        )
    checked = {
        k: check_option(rule.kind, k, v, path, line_of(options, k)) for k, v in options.items()
    }
    enabled = value.get("enabled")
    if enabled is not None and not isinstance(enabled, bool):
        raise ConfigError(
            f"rule {shown(rid)}: 'enabled' must be true or false",
            path,
            line_of(value, "enabled"),
        )
    return rule.with_overrides(severity, checked, True if enabled is None else enabled)
