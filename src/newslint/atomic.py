"""Atomic file writes: nothing the user wrote is ever half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename over ``path``.

    The file mode of an existing file is kept (or ``mode`` is applied); a new file gets the
    mode a plain ``open()`` would give it (0666 less the umask), not mkstemp's 0600.
    """
    directory = path.parent if str(path.parent) else Path(".")
    if mode is None:
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Atomically write ``text`` (newlines kept exactly as given)."""
    write_bytes(path, text.encode(encoding))
