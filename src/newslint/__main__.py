"""``python -m newslint`` and the ``newslint`` command."""

from __future__ import annotations

import gc


def main() -> None:
    """Import the command line with the garbage collector off, freeze what exists, run it.

    What the imports make (modules, classes, functions, compiled patterns) lives as long as
    the process, and every collection that walks it finds nothing to free: with the
    collector off while importing and those objects then moved to the permanent generation,
    a one-article run does about 15 M fewer instructions (3%). The run keeps the objects it
    freezes frozen (``runner.KEEP_FROZEN``): the process ends with it. Only the command
    does this; a program that imports newslint keeps its collector as it was.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        from newslint import cli, runner
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    runner.KEEP_FROZEN = True
    cli.main()


if __name__ == "__main__":
    main()
