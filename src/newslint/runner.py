"""Check many files, serially or on a process pool, with output order identical either way."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from newslint.config import Config
from newslint.document import decode
from newslint.files import Target, discover
from newslint.findings import FileResult, InputError, Report
from newslint.linter import Linter, Outcome, read_input

if TYPE_CHECKING:  # imported when needed: a one-file run starts without multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from newslint.cache import ResultCache

CHUNK = 16
BATCH = 512
PROGRESS_MIN = 200
_WORKER: Linter | None = None
_ENCODING = "utf-8"


class _Batch(NamedTuple):
    """Files read together: cache hits and unreadable files (done), and the rest (todo) with
    their outcomes, which a pool may still be computing."""

    size: int
    todo: list[tuple[bytes, str, str]]
    done: dict[int, tuple[Outcome, bytes | None]]
    fresh: Iterable[Outcome]


class RunResult(NamedTuple):
    """A report plus the decoded sources (for formatters that quote or fingerprint them)."""

    report: Report
    sources: dict[str, str]


def _init_worker(config: Config, use_cache: bool, encoding: str) -> None:
    global _WORKER, _ENCODING
    # A forked worker inherits the parent's prepared linter (entity index and compiled rules
    # shared copy-on-write); a spawned one prepares its own.
    if _WORKER is None or _WORKER.config is not config:
        _WORKER = Linter(config, use_cache=use_cache)
        _WORKER.prepare()
    _ENCODING = encoding


def _check(item: tuple[bytes, str]) -> Outcome:
    assert _WORKER is not None
    outcome = _WORKER.check_bytes(item[0], item[1], _ENCODING)
    return Outcome(outcome.result, outcome.errors)  # the parent has the bytes: don't ship text


def run(
    paths: Sequence[str],
    config: Config,
    *,
    jobs: int = 1,
    use_cache: bool = True,
    encoding: str = "utf-8",
    stdin: tuple[bytes, str] | None = None,
    keep_sources: bool = True,
    progress: bool = False,
) -> RunResult:
    """Discover and check files; bad paths and unreadable files become report errors.

    Files are read in the parent in batches; results of unchanged files come from the result
    cache, the rest go to the linter (a process pool when ``jobs`` > 1 and there is enough
    work). Output order is the discovery order either way.

    Raises:
        ConfigError: when a rule cannot be prepared (before any file is read).
    """
    global _WORKER
    linter = Linter(config, use_cache=use_cache)
    linter.prepare()
    targets: list[Target] = []
    errors: list[InputError] = []
    for item in discover(paths, config.include, config.exclude):
        (targets if isinstance(item, Target) else errors).append(item)  # type: ignore[arg-type]
    files: list[FileResult] = []
    sources: dict[str, str] = {}

    def collect(outcome: Outcome, data: bytes | None) -> None:
        errors.extend(outcome.errors)
        if outcome.result is None:
            return
        files.append(outcome.result)
        if keep_sources:
            text = outcome.source
            if text is None and data is not None:
                text = decode(data, encoding)[0]
            if text is not None:
                sources[outcome.result.path] = text

    cache: ResultCache | None = None
    if use_cache:
        from newslint.cache import ResultCache

        cache = ResultCache(config, encoding)
    pending: list[tuple[str, Outcome]] = []
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    pool: ProcessPoolExecutor | None = None
    try:
        if stdin is not None:
            collect(linter.check_bytes(stdin[0], stdin[1], encoding), stdin[0])
        with _progress(len(targets), progress) as advance:
            # Up to two batches are in flight: the workers start on the next batch while the
            # parent collects this one, so no worker idles between batches.
            inflight: deque[_Batch] = deque()

            def finish(b: _Batch) -> None:
                fresh = list(b.fresh)
                pending.extend((key, o) for (_, _, key), o in zip(b.todo, fresh, strict=True))
                it = iter(zip(b.todo, fresh, strict=True))
                for i in range(b.size):
                    if i in b.done:
                        collect(*b.done[i])
                    else:
                        (data, _, _), outcome = next(it)
                        collect(outcome, data)
                advance(b.size)

            for start in range(0, len(targets), BATCH):
                batch = [(t, read_input(t.path, t.display)) for t in targets[start : start + BATCH]]
                todo: list[tuple[bytes, str, str]] = []
                done: dict[int, tuple[Outcome, bytes | None]] = {}
                for i, (t, data) in enumerate(batch):
                    if isinstance(data, Outcome):
                        done[i] = (data, None)
                        continue
                    key = cache.key(data, t.display) if cache else ""
                    hit = cache.get(key) if cache else None
                    if hit is not None:
                        done[i] = (hit, data)
                    else:
                        todo.append((data, t.display, key))
                if workers > 1 and pool is None and len(targets) - start >= 2 * CHUNK:
                    from concurrent.futures import ProcessPoolExecutor

                    _WORKER = linter
                    linter.warm()
                    pool = ProcessPoolExecutor(
                        max_workers=workers,
                        initializer=_init_worker,
                        initargs=(config, use_cache, encoding),
                    )
                items = [(d, name) for d, name, _ in todo]
                fresh: Iterable[Outcome]
                if pool is not None and len(todo) >= 2 * CHUNK:
                    fresh = pool.map(_check, items, chunksize=CHUNK)  # submitted now, read later
                else:
                    fresh = [linter.check_bytes(d, name, encoding) for d, name in items]
                inflight.append(_Batch(len(batch), todo, done, fresh))
                if len(inflight) > 1:
                    finish(inflight.popleft())
            while inflight:
                finish(inflight.popleft())
        # A run that met any problem (a grammar backend that could not start, a file that
        # could not be read) caches nothing: its results may be incomplete for every file.
        if cache and not errors:
            cache.put_many(pending)
    finally:
        if pool is not None:
            pool.shutdown()
            _WORKER = None
        if cache:
            cache.close()
        linter.close()
    return RunResult(Report(tuple(files), tuple(errors)), sources)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long runs (the CLI enables it on a terminal only)."""
    if not enabled or total < PROGRESS_MIN:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "checking",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("check", total=total)
        yield lambda n: bar.advance(task, n)
