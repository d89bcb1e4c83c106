"""Fixtures shared by several test modules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslint.linter import Linter, Outcome


@pytest.fixture
def lint_calls(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """Start recording which files the linter really lints (not served from a cache).

    Call the fixture's value to begin recording; it returns the list that fills up.
    """

    def start() -> list[str]:
        calls: list[str] = []
        original = Linter.check_bytes

        def spy(self: Linter, data: bytes, display: str, encoding: str = "utf-8") -> Outcome:
            calls.append(display)
            return original(self, data, display, encoding)

        monkeypatch.setattr(Linter, "check_bytes", spy)
        return calls

    return start
