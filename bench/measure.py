"""Run one command as a child process and measure it: wall time, CPU time and peak memory.

Wall time runs from just before the process is spawned to just after it is reaped, so it
includes interpreter start-up and imports. CPU time and `ru_maxrss` come from `os.wait4`,
the kernel's accounting for that one child (and any grandchildren it reaped). `ru_maxrss` is
the largest single process, so when psutil is installed and `poll` is set, the memory of the
whole process tree is also polled every 50 ms and summed, as PSS (pages shared by forked
workers counted once) where the kernel offers it, else RSS; the larger of the two peaks is
reported. Polling reads every process's /proc smaps from a thread of this process, which takes
CPU from a tool that keeps every core busy: timed runs do not poll (see run.py).
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

try:
    import psutil
except ImportError:  # optional: ru_maxrss alone is used without it
    psutil = None

POLL_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class Run:
    """One measured process."""

    wall: float
    cpu: float
    rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed: bool = True  # False: a run for its memory only (polled), left out of the times

    def ok(self, codes: Sequence[int] = (0, 1)) -> bool:
        """Whether the tool exited normally (0 clean, 1 findings for both linters)."""
        return self.returncode in codes


class ToolMissing(RuntimeError):
    """The command to benchmark cannot be started."""


def _footprint(proc: psutil.Process) -> int:
    try:
        return int(proc.memory_full_info().pss)
    except (AttributeError, psutil.AccessDenied):
        return int(proc.memory_info().rss)


def _poll_tree(pid: int, stop: threading.Event, peak: list[int]) -> None:
    assert psutil is not None
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.wait(POLL_SECONDS):
        try:
            procs = [root, *root.children(recursive=True)]
            total = 0
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    total += _footprint(proc)
        except psutil.Error:
            return
        peak[0] = max(peak[0], total)


def run(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    poll: bool = False,
) -> Run:
    """Run `argv` to completion and measure it; stdout and stderr go to temporary files.
    With `poll` (and psutil), the process tree's memory is polled too.

    Raises:
        ToolMissing: the executable does not exist.
    """
    with tempfile.TemporaryFile("w+b") as out, tempfile.TemporaryFile("w+b") as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd, env=env
            )
        except (FileNotFoundError, PermissionError) as exc:
            raise ToolMissing(f"cannot run {argv[0]!r}: {exc}") from exc
        stop = threading.Event()
        peak = [0]
        poller = None
        if poll and psutil is not None:
            poller = threading.Thread(target=_poll_tree, args=(proc.pid, stop, peak), daemon=True)
            poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        stop.set()
        if poller is not None:
            poller.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss_kb = max(usage.ru_maxrss, peak[0] // 1024)  # ru_maxrss is in KiB on Linux
        return Run(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            rss_mb=rss_kb / 1024,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed=not poll,
        )


def median_run(runs: Sequence[Run]) -> Run:
    """A synthetic run: median wall and CPU of the timed runs, peak RSS over all runs, first
    bad exit if any."""
    bad = [r for r in runs if not r.ok()]
    first = bad[0] if bad else runs[0]
    timed = [r for r in runs if r.timed] or list(runs)
    return Run(
        wall=statistics.median(r.wall for r in timed),
        cpu=statistics.median(r.cpu for r in timed),
        rss_mb=max(r.rss_mb for r in runs),
        returncode=first.returncode,
        stdout=first.stdout,
        stderr=first.stderr,
    )


def resolve(cmd: Sequence[str]) -> list[str]:
    """Resolve the executable of `cmd` on PATH, beside this Python, or raise ToolMissing."""
    exe = cmd[0]
    found = shutil.which(exe)
    if found is None and os.sep not in exe:
        beside = Path(sys.executable).parent / exe
        found = str(beside) if beside.is_file() else None
    if found is None:
        raise ToolMissing(f"{exe!r} not found on PATH (pass the command explicitly)")
    return [found, *cmd[1:]]


def machine_facts() -> list[tuple[str, str]]:
    """Facts that make a timing comparable: cores, CPU model, memory, Python, OS."""
    model = "unknown"
    mem = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        ("nproc", f"{usable} (of {os.cpu_count()} online)"),
        ("load average at start (1, 5, 15 min)", load),
        ("CPU", model),
        ("memory", mem),
        ("python (bench)", f"{platform.python_version()} ({sys.executable})"),
        ("OS", platform.platform()),
        ("psutil tree memory polling", "yes" if psutil is not None else "no (ru_maxrss only)"),
    ]
