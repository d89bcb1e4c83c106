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
from newslint.findings import FileResult, InputError, Report, RunFailed
from newslint.linter import Linter, Outcome, read_input
from newslint.wordtable import TABLE

if TYPE_CHECKING:  # imported when needed: a one-file run starts without multiprocessing
    from multiprocessing.pool import IMapIterator, Pool

    from newslint.resultcache import ResultCache

CHUNK = 16
BATCH = 512
PROGRESS_MIN = 200


class _Worker:
    """The linter of this process when it is a pool worker (set by :func:`_init_worker`).

    A forked worker inherits the parent's prepared linter (entity index and compiled rules
    shared copy-on-write); a spawned one prepares its own.
    """

    linter: Linter | None = None
    encoding = "utf-8"


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
    import signal

    # Ctrl-C reaches the whole process group: the parent alone handles it, by ending the
    # workers; and a worker ends at SIGTERM whatever the parent's handler was.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _Worker.linter is None or _Worker.linter.config is not config:
        _Worker.linter = Linter(config, use_cache=use_cache)
        _Worker.linter.prepare()
    _Worker.encoding = encoding


def _check(item: tuple[bytes, str]) -> Outcome:
    assert _Worker.linter is not None
    outcome = _Worker.linter.check_bytes(item[0], item[1], _Worker.encoding)
    return Outcome(outcome.result, outcome.errors)  # the parent has the bytes: don't ship text


def _check_all(items: list[tuple[bytes, str]]) -> list[Outcome]:
    outcomes = [_check(item) for item in items]
    # A pool worker ends without running atexit handlers (TABLE.close): the answers it
    # learnt about words are written after each task, or the last of them would be lost.
    TABLE.flush()
    return outcomes


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
    linter = Linter(config, use_cache=use_cache)
    linter.prepare()
    state = _Run(linter, jobs, use_cache, encoding, keep_sources)
    targets: list[Target] = []
    for item in discover(paths, config.include, config.exclude):
        if isinstance(item, Target):
            targets.append(item)
        else:
            state.errors.append(item)
    try:
        if stdin is not None:
            state.collect(linter.check_bytes(stdin[0], stdin[1], encoding), stdin[0])
        with _progress(len(targets), progress) as advance:
            # Up to two batches are in flight: the workers start on the next batch while the
            # parent collects this one, so no worker idles between batches.
            inflight: deque[_Batch] = deque()
            for start in range(0, len(targets), BATCH):
                inflight.append(state.submit(targets[start : start + BATCH], len(targets) - start))
                if len(inflight) > 1:
                    advance(state.finish(inflight.popleft()))
            while inflight:
                advance(state.finish(inflight.popleft()))
        state.save()
    except BaseException:  # Ctrl-C, SIGTERM turned into SystemExit, or an error: stop now
        state.abort()
        raise
    finally:
        state.close()
    return RunResult(Report(tuple(state.files), tuple(state.errors)), state.sources)


class _Run:
    """One run's results so far, its result cache and its process pool."""

    def __init__(
        self, linter: Linter, jobs: int, use_cache: bool, encoding: str, keep_sources: bool
    ) -> None:
        self.linter = linter
        self.workers = jobs if jobs > 0 else (os.cpu_count() or 1)
        self.use_cache = use_cache
        self.encoding = encoding
        self.keep_sources = keep_sources
        self.files: list[FileResult] = []
        self.errors: list[InputError] = []
        self.sources: dict[str, str] = {}
        self.pending: list[tuple[str, Outcome]] = []  # new outcomes, for the cache
        self.cache: ResultCache | None = None
        if use_cache:
            from newslint.resultcache import ResultCache

            self.cache = ResultCache(linter.config, encoding)
        self.pool: Pool | None = None
        self.others: set[int | None] = set()  # ids of child processes that are not the pool's
        self.seen: set[int | None] = set()  # ids of the pool's processes met so far
        self.reported: set[str] = set()  # keys of the run-wide errors already reported

    def collect(self, outcome: Outcome, data: bytes | None) -> None:
        """Add one file's outcome (``data``: its bytes, to decode when the text is kept).
        A run-wide error that each pool worker met is reported once, for the first file."""
        for err in outcome.errors:
            if err.once and err.once in self.reported:
                continue
            self.reported.add(err.once)
            self.errors.append(err)
        if outcome.result is None:
            return
        self.files.append(outcome.result)
        if self.keep_sources:
            text = outcome.source
            if text is None and data is not None:
                text = decode(data, self.encoding)[0]
            if text is not None:
                self.sources[outcome.result.path] = text

    def submit(self, targets: list[Target], left: int) -> _Batch:
        """Read ``targets``, answer what the cache can, and start checking the rest (``left``:
        the files not yet submitted, these included)."""
        todo: list[tuple[bytes, str, str]] = []
        done: dict[int, tuple[Outcome, bytes | None]] = {}
        for i, t in enumerate(targets):
            data = read_input(t.path, t.display)
            if isinstance(data, Outcome):
                done[i] = (data, None)
                continue
            key = self.cache.key(data, t.display) if self.cache else ""
            hit = self.cache.get(key) if self.cache else None
            if hit is not None:
                done[i] = (hit, data)
            else:
                todo.append((data, t.display, key))
        if self.workers > 1 and self.pool is None and left >= 2 * CHUNK:
            self._start_pool()
        items = [(d, name) for d, name, _ in todo]
        fresh: Iterable[Outcome]
        if self.pool is not None and len(todo) >= 2 * CHUNK:
            chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
            fresh = self._watched(self.pool.imap(_check_all, chunks))  # submitted, read later
        else:
            fresh = [self.linter.check_bytes(d, name, self.encoding) for d, name in items]
        return _Batch(len(targets), todo, done, fresh)

    def _watched(self, results: IMapIterator[list[Outcome]]) -> Iterator[Outcome]:
        """``results`` as they come, checking every second that no worker has died: the
        pool would replace it and wait for its lost work for ever.

        Raises:
            RunFailed: when a worker ended abruptly (killed, or crashed).
        """
        import multiprocessing

        while True:
            try:
                yield from results.next(timeout=1.0)
            except StopIteration:
                return
            except multiprocessing.TimeoutError:
                self.seen |= {p.pid for p in multiprocessing.active_children()} - self.others
                if len(self.seen) > self.workers:
                    died = "a worker process ended abruptly; run again with --jobs 1"
                    raise RunFailed(died) from None

    def _start_pool(self) -> None:
        import multiprocessing

        _Worker.linter = self.linter
        self.linter.warm()
        self.others = {p.pid for p in multiprocessing.active_children()}
        self.pool = multiprocessing.get_context().Pool(
            processes=self.workers,
            initializer=_init_worker,
            initargs=(self.linter.config, self.use_cache, self.encoding),
        )

    def finish(self, batch: _Batch) -> int:
        """Collect a batch's outcomes in order; the number of files it held."""
        fresh = list(batch.fresh)
        self.pending.extend((key, o) for (_, _, key), o in zip(batch.todo, fresh, strict=True))
        it = iter(zip(batch.todo, fresh, strict=True))
        for i in range(batch.size):
            if i in batch.done:
                self.collect(*batch.done[i])
            else:
                (data, _, _), outcome = next(it)
                self.collect(outcome, data)
        return batch.size

    def save(self) -> None:
        """Cache the new outcomes, unless the run met any problem (a grammar backend that could
        not start, a file that could not be read): its results may be incomplete."""
        if self.cache and not self.errors:
            self.cache.put_many(self.pending)

    def abort(self) -> None:
        """End the workers at once (their work is abandoned), ignoring a second Ctrl-C
        meanwhile so that it cannot break off the clean-up halfway."""
        import signal
        import threading

        if self.pool is None:
            return
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
            _Worker.linter = None
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def close(self) -> None:
        """Stop the pool, close the cache and the linter."""
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None
            _Worker.linter = None
        if self.cache:
            self.cache.close()
        self.linter.close()


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
