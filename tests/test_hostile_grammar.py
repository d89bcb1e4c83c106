"""A grammar server cannot hold a run: each request has a deadline for the whole exchange,
and the ``timeout:`` a repository may set has an upper bound (issue 23 item 12)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newslint
from lt_fake import FakeLanguageTool
from newslint.grammar import BackendUnavailable
from newslint.grammar.languagetool import LanguageToolBackend

ENV = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(Path(newslint.__file__).parents[1])}


@pytest.mark.parametrize("mode", ["trickle", "trickle-headers"])
def test_a_trickling_server_is_given_up_at_the_deadline(mode: str) -> None:
    """issue 23 item 12: a byte every 0.2 s (in the body, or in the status line and headers)
    satisfies a per-read timeout of 1 s for a minute; the whole request still ends at 1 s."""
    with FakeLanguageTool(mode=mode) as fake:
        backend = LanguageToolBackend(fake.url, timeout=1.0, retries=0)
        began = time.monotonic()
        with pytest.raises(BackendUnavailable, match="no complete answer within 1 s"):
            backend.check_many(["He go to school.\n"])
        assert time.monotonic() - began < 10


def test_check_with_a_trickling_server_finishes_with_a_notice(tmp_path: Path) -> None:
    """issue 23 item 12: the whole CLI run, grammar on, against a trickling server named by
    the person running newslint: it ends, the other rules' findings are printed, and the
    grammar problem is reported once."""
    (tmp_path / "newslint.yaml").write_text(
        "rules:\n  grammar:\n    enabled: true\n    options: {backend: languagetool, timeout: 1}\n",
        encoding="utf-8",
    )
    for i in range(3):
        (tmp_path / f"a{i}.md").write_text(f"Story {i}: drones hit Kiev.\n", encoding="utf-8")
    with FakeLanguageTool(mode="trickle") as fake:
        began = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "newslint", "check", "--no-cache", "."],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={**ENV, "NEWSLINT_LT_URL": fake.url},
            timeout=120,
        )
        took = time.monotonic() - began
    assert took < 30, (took, proc.stderr)
    assert proc.stdout.count("place-names") == 3, proc.stdout + proc.stderr
    assert proc.stderr.count("no complete answer within 1 s") == 1, proc.stderr


@pytest.mark.parametrize("value", [301, 86400, 1e9])
def test_a_grammar_timeout_over_the_bound_is_a_config_error(tmp_path: Path, value: float) -> None:
    """issue 23 item 12: ``timeout:`` above 300 s is refused with a message naming the option
    and the bound, exit 2 (a repository cannot make each request wait for hours)."""
    (tmp_path / "newslint.yaml").write_text(
        f"rules:\n  grammar:\n    options: {{timeout: {value}}}\n", encoding="utf-8"
    )
    (tmp_path / "a.md").write_text("Fine.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-cache", "a.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "option 'timeout' must be at most 300" in proc.stderr
    assert "Traceback" not in proc.stderr
