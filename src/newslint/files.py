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
            suffixes = _plain_suffixes(include)
            # pathspec (~20 ms to import, with its optional backends) only when something may
            # be excluded or the include globs need the general walk.
            if spec is None and (exclude or suffixes is None):
                import pathspec

                spec = pathspec.GitIgnoreSpec.from_lines(exclude)  # git's own matching rules
            if suffixes is not None and (spec is None or not spec.patterns):
                yield from _PlainWalk(include, suffixes, base).walk(os.fspath(p), seen)
            else:
                assert spec is not None
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


def _plain_suffixes(include: Sequence[str]) -> tuple[str, ...] | None:
    """The suffixes of ``include`` when every glob is ``*`` and a plain suffix ("*.md"), else
    None. Only then does a file's name alone decide: such a glob matches a path exactly when it
    matches the path's last part."""
    if not include or not all(g.startswith("*") for g in include):
        return None
    suffixes = tuple(os.path.normcase(g[1:]) for g in include)
    if any(not x or any(c in x for c in "*?[/" + os.sep) for x in suffixes):
        return None
    return suffixes


class _PlainWalk:
    """:func:`_walk` when nothing is excluded and every include glob is a plain suffix (the
    default): the same files, errors and order, from one ``os.scandir`` per directory and path
    strings (a ``Path`` per file, and asking each whether it is a link, was most of the cost
    of walking a large folder).

    As there, a folder that cannot be read is reported after the files of the next folder
    listed (``os.walk`` reports it only then), and spelled as ``os.walk`` joins it; a link
    whose own name has no included suffix is checked by the path it resolves to.
    """

    def __init__(self, include: Sequence[str], suffixes: tuple[str, ...], base: Path) -> None:
        self.include = include
        self.suffixes = suffixes
        self.base = base
        self.base_real: Path | bool | None = False  # resolved when a link needs it
        self.pending: list[InputError] = []  # unreadable folders, not reported yet

    def walk(self, top: str, seen: set[str]) -> Iterator[Target | InputError]:
        yield from self._folder(top, top, seen)
        yield from self.pending  # a last folder that could not be read
        self.pending.clear()

    def _folder(self, top: str, shown: str, seen: set[str]) -> Iterator[Target | InputError]:
        """``top`` as os.walk spells it (for errors), ``shown`` as Path does (for files)."""
        try:
            with os.scandir(top) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            message = f"cannot read directory: {exc.strerror}"
            self.pending.append(InputError(str(exc.filename or top), message))
            return
        real_dir: str | None = None  # the resolved directory, once needed
        resolved_dir = False
        subdirs: list[str] = []
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()  # as os.walk sorts entries: a link to a folder is one
            except OSError:
                is_dir = False
            if is_dir:
                if not name.startswith(".") and not entry.is_symlink():
                    subdirs.append(name)
                continue
            path = _join(shown, name)
            link = entry.is_symlink()
            resolved = _resolved(Path(path)) if link else None
            if not os.path.normcase(name).endswith(self.suffixes) and not (
                link and self._link_included(path, resolved)
            ):
                continue
            if link:
                if not os.path.exists(path):
                    yield InputError(path, _bad_link(Path(path)))
                    continue
                real = str(resolved or Path(path).resolve())
            else:
                if not resolved_dir:
                    found = _resolved(Path(top))
                    real_dir, resolved_dir = (None if found is None else str(found)), True
                real = os.path.join(real_dir, name) if real_dir else str(Path(path).resolve())
            if real in seen:
                continue
            seen.add(real)
            yield Target(path, path)
        yield from self.pending
        self.pending.clear()
        for name in subdirs:
            yield from self._folder(os.path.join(top, name), _join(shown, name), seen)

    def _link_included(self, path: str, resolved: Path | None) -> bool:
        """Whether an include glob matches ``resolved``, where the link at ``path`` leads
        (see :func:`_walk`)."""
        if self.base_real is False:
            self.base_real = _resolved(self.base)
        base_real = self.base_real if isinstance(self.base_real, Path) else None
        rel = _rel(Path(path), base_real, resolved)
        return any(fnmatch(rel, g) for g in self.include)


def _join(folder: str, name: str) -> str:
    """``str(Path(folder) / name)`` for a folder as ``Path`` writes it (no "./" in front)."""
    return name if folder == os.curdir else os.path.join(folder, name)


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
