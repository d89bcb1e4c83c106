"""Which files to check: explicit paths, directories walked with include/exclude patterns."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.findings import InputError

if TYPE_CHECKING:
    import pathspec


class Target(NamedTuple):
    """A file to check, and the path to show for it."""

    path: str
    display: str


def discover(
    paths: Sequence[str], include: Sequence[str], exclude: Sequence[str], root: Path | None = None
) -> Iterator[Target | InputError]:
    """Yield files to check (sorted within each directory) and errors for bad paths.

    Explicitly named files are checked whatever their suffix; directories are walked
    recursively (symlinked directories are not followed, so loops cannot happen), keeping files
    that match an ``include`` glob and no gitignore-style ``exclude`` pattern.
    """
    spec: pathspec.PathSpec[Any] | None = None  # built on the first directory walked
    base = root or Path.cwd()
    seen: set[str] = set()  # resolved paths of the files found so far
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield InputError(raw, "no such file or directory")
            continue
        if p.is_symlink() and not p.exists():
            yield InputError(raw, _bad_link(p))
            continue
        if p.is_dir():
            if spec is None:
                import pathspec

                spec = pathspec.GitIgnoreSpec.from_lines(exclude)  # git's own matching rules
            yield from _walk(p, include, spec, base, seen)
        elif (real := str(p.resolve())) not in seen:
            seen.add(real)
            yield Target(os.fspath(p), raw)


def _bad_link(p: Path) -> str:
    try:
        p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def _walk(
    top: Path, include: Sequence[str], spec: pathspec.PathSpec[Any], base: Path, seen: set[str]
) -> Iterator[Target | InputError]:
    def onerror(exc: OSError) -> None:
        errors.append(
            InputError(str(exc.filename or top), f"cannot read directory: {exc.strerror}")
        )

    errors: list[InputError] = []
    excludes = bool(spec.patterns)  # resolving every path for nothing is the walk's main cost
    base_real = _resolved(base)
    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".")
            and not (excludes and spec.match_file(_rel(here / d, base_real) + "/"))
        )
        here_real: list[Path | None] = []  # the resolved directory, once needed
        for name in sorted(filenames):
            f = here / name
            found: tuple[bool, Path | None] | None = None
            if not any(fnmatch(name, g) for g in include):  # a glob may name a directory
                found = _locate(f, here_real)
                if not any(fnmatch(_rel(f, base_real, found[1]), g) for g in include):
                    continue
            link, real = found or _locate(f, here_real)
            if excludes and spec.match_file(_rel(f, base_real, real)):
                continue
            if link and not f.exists():
                yield InputError(str(f), _bad_link(f))
                continue
            real_path = str(real or f.resolve())
            if real_path in seen:
                continue
            seen.add(real_path)
            yield Target(str(f), str(f))
        yield from errors
        errors.clear()
    yield from errors  # a last directory that could not be read


def _locate(f: Path, here_real: list[Path | None]) -> tuple[bool, Path | None]:
    """Whether ``f`` is a link, and its resolved path. A file that is not a link is its
    resolved directory (kept in ``here_real``) plus its name: one realpath per directory."""
    if f.is_symlink():
        return True, _resolved(f)
    if not here_real:
        here_real.append(_resolved(f.parent))
    return False, here_real[0] / f.name if here_real[0] else None


def _resolved(p: Path) -> Path | None:
    try:
        return p.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return None


def _rel(p: Path, base_real: Path | None, real: Path | None = None) -> str:
    """``p`` relative to the resolved base, both resolved (``real`` when already known), as
    exclude patterns see it; ``p`` as written when it lies outside or cannot be resolved."""
    real = real or _resolved(p)
    if real is None or base_real is None:
        return p.as_posix()
    try:
        return real.relative_to(base_real).as_posix()
    except ValueError:
        return p.as_posix()
