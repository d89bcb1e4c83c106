"""Check many files, serially or on a process pool, with output order identical either way."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from newslint.config import Config
from newslint.files import Target, discover
from newslint.findings import FileResult, InputError, Report
from newslint.linter import Linter, Outcome

CHUNK = 16
_WORKER: Linter | None = None
_ENCODING = "utf-8"


@dataclass(frozen=True, slots=True)
class RunResult:
    """A report plus the decoded sources (for formatters that quote or fingerprint them)."""

    report: Report
    sources: dict[str, str] = field(default_factory=dict)


def _init_worker(config: Config, use_cache: bool, encoding: str) -> None:
    global _WORKER, _ENCODING
    _WORKER = Linter(config, use_cache=use_cache)
    _WORKER.prepare()
    _ENCODING = encoding


def _check(target: tuple[str, str]) -> Outcome:
    assert _WORKER is not None
    return _WORKER.check_file(Path(target[0]), target[1], _ENCODING)


def run(
    paths: Sequence[str],
    config: Config,
    *,
    jobs: int = 1,
    use_cache: bool = True,
    encoding: str = "utf-8",
    stdin: tuple[bytes, str] | None = None,
) -> RunResult:
    """Discover and check files; bad paths and unreadable files become report errors.

    Raises:
        ConfigError: when a rule cannot be prepared (before any file is read).
    """
    linter = Linter(config, use_cache=use_cache)
    linter.prepare()
    targets: list[Target] = []
    errors: list[InputError] = []
    for item in discover(paths, config.include, config.exclude):
        (targets if isinstance(item, Target) else errors).append(item)  # type: ignore[arg-type]
    outcomes: list[Outcome] = []
    try:
        if stdin is not None:
            outcomes.append(linter.check_bytes(stdin[0], stdin[1], encoding))
        outcomes.extend(_outcomes(linter, targets, config, jobs, use_cache, encoding))
    finally:
        linter.close()
    files: list[FileResult] = []
    sources: dict[str, str] = {}
    for o in outcomes:
        errors.extend(o.errors)
        if o.result is not None:
            files.append(o.result)
            if o.source is not None:
                sources[o.result.path] = o.source
    return RunResult(Report(tuple(files), tuple(errors)), sources)


def _outcomes(
    linter: Linter, targets: list[Target], config: Config, jobs: int, use_cache: bool, encoding: str
) -> Iterator[Outcome]:
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    if jobs == 1 or len(targets) < 2 * CHUNK:
        for t in targets:
            yield linter.check_file(t.path, t.display, encoding)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(config, use_cache, encoding)
    ) as pool:
        yield from pool.map(_check, [(str(t.path), t.display) for t in targets], chunksize=CHUNK)
