"""Which files to check: explicit paths, directories walked with include/exclude patterns."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.findings import InputError

if TYPE_CHECKING:
    import pathspec


# Far above any article (a 50 MB one takes minutes and GBs), far below what exhausts memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link"),
)


OUTSIDE_LINK = "symbolic link to outside the checked folder: skipped (name it to check it)"


class FileRefused(OSError):
    """A file newslint will not read: not a regular file, or over the size limit.

    ``strerror`` says why; ``fatal`` is False for what is not an article at all (a FIFO, a
    device), which is skipped with a notice.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str, fatal: bool) -> None:
        super().__init__(errno.EINVAL, problem, os.fspath(path))
        self.fatal = fatal


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit``
    (default :data:`MAX_FILE_BYTES`).

    A FIFO, device or socket is refused before it is opened, and checked again on the open
    descriptor (opened non-blocking, so a FIFO swapped in meanwhile cannot block): reading
    ``/dev/zero`` would never end and a FIFO would wait for a writer forever.

    Raises:
        IsADirectoryError: ``path`` is a directory.
        FileRefused: ``path`` is not a regular file, or is larger than ``limit``.
        OSError: It cannot be read.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    _check_regular(path, os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        _check_regular(path, info.st_mode)
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit)
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise _too_large(path, len(data), limit)
    return data


def describe_mode(mode: int) -> str:
    """What kind of file a ``st_mode`` describes ("a FIFO", "a symbolic link", ...)."""
    return next((name for test, name in _KINDS if test(mode)), "a regular file")


def _check_regular(path: str | os.PathLike[str], mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory", os.fspath(path))
    raise FileRefused(path, f"not a regular file ({describe_mode(mode)}): skipped", fatal=False)


def _too_large(path: str | os.PathLike[str], size: int, limit: int) -> FileRefused:
    mib = 1024 * 1024
    return FileRefused(
        path, f"file is over {size // mib} MiB, more than the {limit // mib} MiB limit", True
    )


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
    that match an ``include`` glob and no gitignore-style ``exclude`` pattern. A symbolic link
    met in a walk is followed only to a file inside the walked folder; one leading outside it
    is skipped with a notice (a named link is always followed).
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


def excluded(raw: str, exclude: Sequence[str], root: Path | None = None) -> bool:
    """Whether the named path ``raw`` matches an ``exclude`` pattern as a directory walk from
    ``root`` (default: the current directory) would match it (``check --force-exclude``)."""
    if not exclude:
        return False
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(exclude)
    p = Path(raw)
    rel = _rel(p, _resolved(root or Path.cwd()))
    return spec.match_file(rel + "/" if p.is_dir() else rel)


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
    top_real = _resolved(top)
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
            if link and (real is None or top_real is None or not real.is_relative_to(top_real)):
                yield InputError(str(f), OUTSIDE_LINK, fatal=False)
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
