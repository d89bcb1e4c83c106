"""Users' regular expressions under a time limit per call and a time budget per run.

A pattern from a rule file or a config (house rules, boilerplate) runs under the ``regex``
module's timeout. Each rule's patterns may take :data:`REGEX_TIMEOUT` seconds on one
paragraph, and in all, per process, :data:`RUN_BUDGET` seconds plus :data:`PER_CHARACTER`
for each character they read (any pattern that reads 100 KB a second stays within it on any
archive); beyond either, the call raises :class:`~newslint.checks.base.OptionError`, which
switches the rule off for the rest of the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from newslint.checks.base import OptionError

REGEX_TIMEOUT = 1.0  # seconds on one paragraph
RUN_BUDGET = 10.0  # seconds in all, per rule and process, besides those earned by reading
PER_CHARACTER = 1e-5  # seconds earned by each character read

T = TypeVar("T")


@dataclass(slots=True)
class Budget:
    """The time a rule's patterns may still take in this process."""

    left: float


def budget() -> Budget:
    """A fresh budget for one rule."""
    return Budget(RUN_BUDGET)


def timed(call: Callable[[float], T], spent: Budget, option: str, chars: int) -> T:
    """``call(timeout)`` on ``chars`` characters, with the time that is left, charged to
    ``spent``.

    Raises:
        OptionError: naming ``option``, when the call runs out of time.
    """
    spent.left += chars * PER_CHARACTER
    limit = min(REGEX_TIMEOUT, spent.left)
    started = time.monotonic()
    try:
        if limit <= 0:
            raise TimeoutError
        return call(limit)
    except TimeoutError:
        what = (
            f"took over {REGEX_TIMEOUT}s on one paragraph"
            if limit == REGEX_TIMEOUT
            else "used up its time for the run (under 100 KB a second)"
        )
        raise OptionError(option, f"a pattern {what} (catastrophic backtracking?)") from None
    finally:
        spent.left -= time.monotonic() - started
