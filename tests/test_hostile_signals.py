"""Ctrl-C and SIGTERM end a run with a process pool at once, with no worker left behind, and
a second Ctrl-C cannot wedge it (issue 23 item 13). Each run has its own process group, so
"no worker left" is "no process left in the group"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newslint
from lt_fake import FakeLanguageTool

ENV = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(Path(newslint.__file__).parents[1])}
PARAGRAPH = "The council met on Tuesday and the mayor said the budget would pass. " * 20


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signals")
    (folder / "newslint.yaml").write_text(
        "rules:\n  grammar:\n    enabled: true\n    options: {backend: languagetool, timeout: 120}\n",
        encoding="utf-8",
    )
    for i in range(300):
        (folder / f"a{i:03}.md").write_text(f"Story {i}.\n\n{PARAGRAPH}\n", encoding="utf-8")
    return folder


@pytest.fixture
def hanging_grammar() -> Iterator[str]:
    """A grammar server that never answers: each worker waits on it, as on a slow server."""
    with FakeLanguageTool(mode="hang") as fake:
        yield fake.url


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _start(folder: Path, url: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "--jobs", "2", "--no-cache", "."],
        cwd=folder,
        env={**ENV, "NEWSLINT_LT_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while len(_children(proc.pid)) < 2:  # the pool's workers are up
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "no workers started"
        time.sleep(0.1)
    time.sleep(1.0)  # and busy with the hanging server
    return proc


def _group_gone(pgid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _ends(proc: subprocess.Popen[bytes], signals: list[tuple[bool, int]]) -> float:
    """Send ``signals`` ((to the whole group?, signal) each, 0.1 s apart); the seconds until
    the parent exited."""
    began = time.monotonic()
    for group, sig in signals:
        if group:
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
        time.sleep(0.1)
    try:
        proc.wait(timeout=30)
    finally:
        took = time.monotonic() - began
        if not _group_gone(proc.pid, 5):
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"processes left in the run's group ({took:.1f} s)")
    return took


@pytest.mark.parametrize(
    "signals",
    [
        [(True, signal.SIGINT)],
        [(True, signal.SIGINT), (True, signal.SIGINT)],
        [(False, signal.SIGINT)],
        [(False, signal.SIGTERM)],
    ],
    ids=["ctrl-c", "ctrl-c-twice", "sigint-to-parent", "sigterm-to-parent"],
)
def test_a_signal_ends_the_run_and_its_workers(
    articles: Path, hanging_grammar: str, signals: list[tuple[bool, int]]
) -> None:
    """issue 23 item 13: with --jobs 2 and grammar requests in flight, Ctrl-C (the terminal
    signals the whole group), Ctrl-C twice, or SIGINT or SIGTERM sent to the parent alone:
    the parent exits within a few seconds and no worker remains."""
    proc = _start(articles, hanging_grammar)
    took = _ends(proc, signals)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    assert took < 5, stderr
    assert proc.returncode != 0
    assert "Traceback" not in stderr, stderr


def test_a_worker_killed_mid_run_ends_the_run_with_a_message(
    articles: Path, hanging_grammar: str
) -> None:
    """issue 23 item 13: a worker that dies (killed, out of memory) would leave the pool
    waiting for its work for ever; the run ends with a message and exit 2 instead."""
    proc = _start(articles, hanging_grammar)
    os.kill(_children(proc.pid)[0], signal.SIGKILL)
    took = _ends(proc, [])
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    assert took < 10, stderr
    assert proc.returncode == 2
    assert "a worker process ended abruptly" in stderr
