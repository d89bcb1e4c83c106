"""Where a run's config file is: the nearest one above the checked path that can be trusted.

Discovery order: ``newslint.yaml``, ``.newslint.yaml``, ``newslint.yml`` or ``.newslint.yml`` in
the checked path's directory or any parent (two of them in one folder: the first, with a
warning); ``[tool.newslint]`` in a ``pyproject.toml`` found the same way. ``--config FILE``
skips it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CONFIG_NAMES = ("newslint.yaml", ".newslint.yaml", "newslint.yml", ".newslint.yml")


def find_config(start: Path) -> Path | None:
    """The nearest config file for ``start`` (a file or directory), walking up."""
    return discover_config(start)[0]


def discover_config(start: Path) -> tuple[Path | None, str | None]:
    """The nearest config file for ``start``, and a warning for the user, if any: why discovery
    stopped short, or the other config files beside the one it took.

    As git's ``safe.directory`` does, the walk up stops at a folder that the user does not own
    or that others may write to: a config there could have been put by someone else. The
    reason names a config it left out, when there is one.
    """
    here = start if start.is_dir() else start.parent
    for directory in (here.resolve(), *here.resolve().parents):
        unsafe = _unsafe_folder(directory)
        if unsafe:
            return None, _left_out(directory, unsafe)
        found = _config_in(directory)
        if found is not None:
            return found, _also_there(directory, found)
    return None, None


def _also_there(directory: Path, used: Path) -> str | None:
    """A warning naming the config files in ``directory`` that are not ``used``."""
    others = [name for name in CONFIG_NAMES if name != used.name and (directory / name).is_file()]
    if not others:
        return None
    listed = " and ".join(others)
    return (
        f"{directory} has several config files: using {used.name}, ignoring {listed} "
        "(merge them into one)"
    )


def _unsafe_folder(directory: Path) -> str | None:
    """Why a config in ``directory`` cannot be trusted, or None (always None off POSIX)."""
    if os.name != "posix":
        return None
    try:
        info = directory.stat()
    except OSError:
        return None
    if info.st_mode & stat.S_IWOTH:
        return "others may write to"
    if info.st_uid != os.geteuid() and info.st_uid != int(os.environ.get("SUDO_UID", -1)):
        return "you do not own"
    return None


def _left_out(directory: Path, why: str) -> str | None:
    for folder in (directory, *directory.parents):
        found = _config_in(folder)
        if found is not None:
            return (
                f"not using {found}: it is in or above {directory}, a folder {why}; pass "
                "--config to use it"
            )
    return None


def _config_in(directory: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if (directory / name).is_file():
            return directory / name
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file() and _has_tool_section(pyproject):
        return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    import tomllib

    try:
        return "newslint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False


def repository_root(config: Path) -> Path:
    """The git top level above ``config`` (a folder holding ``.git``), else its folder."""
    folder = config.resolve().parent
    for directory in (folder, *folder.parents):
        if (directory / ".git").exists():
            return directory
    return folder
