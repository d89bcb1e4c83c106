"""Safe YAML loading that remembers the line of every mapping key, for error messages."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from newslint.files import read_regular

T = TypeVar("T")


class ConfigError(Exception):
    """A problem in a config, rule or entities file; ``str()`` names file, line and key."""

    def __init__(
        self, message: str, path: str | Path | None = None, line: int | None = None
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


@lru_cache(maxsize=1)
def _short_repr() -> Any:
    import reprlib

    short = reprlib.Repr()
    short.maxstring = short.maxother = 60
    short.maxlist = short.maxdict = short.maxtuple = short.maxset = 4
    short.maxlevel = 2
    return short


def shown(value: Any) -> str:
    """``repr(value)`` cut short, so an error message never spells out a huge value."""
    try:
        text: str = _short_repr().repr(value)
    except ValueError:  # an integer too long to print (Python caps them at 4,300 digits)
        return f"<a {type(value).__name__} too long to show>"
    return text


def suggest(word: str, choices: Any) -> str:
    """A " (did you mean 'x'?)" suffix when a close choice exists."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def reject_unknown(
    data: Mapping[Any, Any],
    allowed: Collection[str],
    path: str | Path,
    *,
    prefix: str = "",
    what: str = "key",
) -> None:
    """Raise a :class:`ConfigError` at the first key of ``data`` not in ``allowed``, by name,
    with its line and a "did you mean" (``prefix`` says where: ``"vocabulary: "``)."""
    for key in data:
        if key not in allowed:
            raise ConfigError(
                f"{prefix}unknown {what} {shown(key)}{suggest(key, allowed)}",
                path,
                line_of(data, key),
            )


class LineDict(dict[str, Any]):
    """A dict from YAML that knows the line of each key (``lines``) and of itself (``line``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 0
        self.lines: dict[str, int] = {}


class LineList(list[Any]):
    """A list from YAML that knows the line of each item."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = 0
        self.lines: list[int] = []


# Aliases let a few hundred bytes of YAML stand for a billion values ("billion laughs"); any
# code that walks or prints them would never finish. A file whose values, with every alias
# expanded, outnumber the values written by more than this is refused.
MAX_ALIAS_EXPANSION = 100_000


def check_expansion(data: Any, path: str | Path) -> None:
    """Raise ConfigError if aliases in ``data`` expand to too many values.

    Counts each distinct list or dict once (cost: the size of the file), so the count of the
    expanded tree is known without expanding it.
    """
    sizes: dict[int, int] = {}
    distinct = 0
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, list | dict) or (not done and id(node) in sizes):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        if not done:
            sizes[id(node)] = 0  # a cycle sees 0 (YAML's constructors refuse cycles anyway)
            distinct += len(children)
            stack.append((node, True))
            stack.extend((c, False) for c in children)
            continue
        sizes[id(node)] = sum(1 + sizes.get(id(c), 0) for c in children)
        if sizes[id(node)] - distinct > MAX_ALIAS_EXPANSION:
            raise ConfigError(
                f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION:,} values beyond those "
                "written; write the values out or use fewer aliases",
                path,
            )


@lru_cache(maxsize=1)
def _loader() -> Any:
    """The safe loader (libyaml when available) that builds LineDict/LineList and rejects
    duplicate keys. Made on first use: a run whose rules come from the cache never imports
    the YAML parser."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        loader.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise yaml.constructor.ConstructorError(
                    None, None, "keys must be plain strings", key_node.start_mark
                )
            key = str(key)
            if key in out:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            out[key] = loader.construct_object(value_node, deep=True)
            out.lines[key] = key_node.start_mark.line + 1
        return out

    def sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
        out = LineList(loader.construct_object(child, deep=True) for child in node.value)
        out.line = node.start_mark.line + 1
        out.lines = [child.start_mark.line + 1 for child in node.value]
        return out

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, sequence)
    return _Loader


def load(text: str, path: str | Path) -> Any:
    """Parse YAML safely; raise ConfigError with file, line and column on any problem.

    Tags such as ``!!python/object`` are rejected: only plain YAML is ever constructed.
    """
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())
    except RecursionError:
        raise ConfigError("invalid YAML: nested too deeply", path) from None
    except ValueError as exc:  # a value YAML accepts but Python cannot hold (a date, an int)
        raise ConfigError(f"invalid YAML value: {str(exc)[:200]}", path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = f", column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in problem:
            problem = (
                "tags are not allowed ("
                + problem.split("tag ", 1)[-1]
                + "); newslint loads YAML safely"
            )
        raise ConfigError(f"invalid YAML{col}: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path) from None
    check_expansion(data, path)
    return data


def load_validated(path: Path, validate: Callable[[Any], T]) -> T:
    """Parse a (large) YAML file with the C loader and validate it; on any problem, parse it
    again with the line-tracking loader so the error names the line.

    The fast path skips the duplicate-key check, so use it only for data lists (entities),
    where a repeated key is caught by validation anyway.
    """
    import yaml

    text = _read(path)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader (C or Python)
    except (yaml.YAMLError, ValueError, RecursionError):
        data = load(text, path)
    check_expansion(data, path)
    try:
        return validate(data)
    except ConfigError:
        return validate(load(text, path))


def _read(path: Path) -> str:
    try:
        raw = read_regular(path)
    except OSError as exc:
        raise ConfigError(f"cannot read file: {exc.strerror or exc}", path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 at byte {exc.start}", path) from None


def load_file(path: Path) -> Any:
    """Read and parse a YAML file; raise ConfigError naming it when it can't be read."""
    return load(_read(path), path)


def line_of(data: Any, key: str | int | None = None) -> int | None:
    """Line of ``key`` inside ``data`` (or of ``data`` itself) when known."""
    if key is not None and isinstance(data, LineDict):
        return data.lines.get(str(key), data.line)
    if isinstance(key, int) and isinstance(data, LineList) and 0 <= key < len(data.lines):
        return data.lines[key]
    return getattr(data, "line", None) or None
