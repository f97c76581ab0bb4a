"""Worker processes that check files in batches, and what happens when one of them dies.

Workers send back each report as the cache's text form (cache.entries), which is small to
transfer and is what the cache stores anyway. Files are sent as soon as a batch is full, so
the workers start while the caller is still reading and looking up the rest.

A worker that dies (a native parser's fault) breaks the pool. The files not yet answered are
then checked one at a time in a fresh single worker, so that the file that kills it is found:
it gets an STK009 diagnostic and every other file its usual report. Workers ignore Ctrl-C
(the caller stops them) and end when their parent dies.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from stratkit.diagnostics import FILE_START, Diagnostic
from stratkit.messages import Message
from stratkit.validation import cached
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import CheckOptions, FileReport, Need

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from stratkit.validation.products import Product

# Starting a worker costs about 20 ms with fork and 300 ms with spawn (which imports
# stratkit again); below these numbers of files one process is faster.
PARALLEL_MIN_FORK = 32
PARALLEL_MIN_SPAWN = 200
BATCH = 8


class Job(NamedTuple):
    position: int  # the file's place in the run
    shown: str  # the name diagnostics give it
    raw: bytes
    key: str | None  # its cache key, when there is a cache


class Done(NamedTuple):
    job: Job
    text: str  # the report as the cache keeps it
    report: FileReport | None  # the report itself, when it was checked in this process
    keep: bool = True  # whether the cache may keep it (not a crash, which may be the machine's)


class Workers:
    """Files to check: sent to worker processes when there are enough of them, checked here
    when there are few, or when the workers fail."""

    def __init__(
        self,
        options: CheckOptions | None,
        need: Need,
        jobs: int | None,
        product: Product | None = None,
    ) -> None:
        self.options, self.need, self.product = options, need, product
        # The start method is settled (and multiprocessing imported) only when a pool starts.
        self.minimum = PARALLEL_MIN_FORK if _forks() else PARALLEL_MIN_SPAWN
        self.cores = jobs or _cores()
        self.left: dict[int, Job] = {}  # not answered yet, by index
        self.waiting: list[Job] = []  # not sent to a worker yet
        self.futures: list[Future[list[tuple[int, str]]]] = []
        self.pool: ProcessPoolExecutor | None = None
        self.failed = False  # the workers could not start or one died: check here from now

    def add(self, job: Job) -> None:
        self.left[job.position] = job
        self.waiting.append(job)
        try:
            wanted = self.cores > 1 and len(self.waiting) >= self.minimum
            if self.pool is None and not self.failed and wanted:
                from concurrent.futures import ProcessPoolExecutor

                _import_checking()
                initargs = (self.options, self.need, self.product)
                _PARENT["pid"] = os.getpid()
                self.pool = ProcessPoolExecutor(self.cores, _context(), _start_worker, initargs)
            if self.pool is not None and len(self.waiting) >= BATCH:
                self._send()
        except (OSError, RuntimeError):
            # A worker could not start, or died while files were still being read
            # (BrokenProcessPool is a RuntimeError): what is left is checked here.
            self.failed = True
            self.close()

    def _send(self) -> None:
        assert self.pool is not None
        with _signals_held():  # a worker may be forked here
            while self.waiting:
                batch, self.waiting = self.waiting[:BATCH], self.waiting[BATCH:]
                self.futures.append(self.pool.submit(_work, batch))

    def finish(self) -> Iterator[Done]:
        if self.pool is not None:
            from concurrent.futures import as_completed

            try:
                self._send()
                for future in as_completed(self.futures):
                    for index, text in future.result():
                        yield Done(self.left.pop(index), text, None)
            except (OSError, RuntimeError):
                # A worker died (BrokenProcessPool is a RuntimeError): find the file.
                self.abort()
                self.failed = True
                yield from self._one_at_a_time()
            self.close()
        elif self.failed and self.left:
            yield from self._one_at_a_time()
        for job in list(self.left.values()):
            del self.left[job.position]
            report = check_bytes(job.shown, job.raw, self.options)
            text = cached.to_text(report, self.need, self.product)
            yield Done(job, text, cached.trimmed(report, text, self.need))

    def _one_at_a_time(self) -> Iterator[Done]:
        """Each file left in a worker of its own turn; a file that kills it is reported."""
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        pool: ProcessPoolExecutor | None = None
        try:
            for job in sorted(self.left.values()):
                if pool is None:
                    initargs = (self.options, self.need, self.product)
                    _PARENT["pid"] = os.getpid()
                    pool = ProcessPoolExecutor(1, _context(), _start_worker, initargs)
                try:
                    with _signals_held():
                        future = pool.submit(_work, [job])
                    [(_, text)] = future.result()
                except BrokenProcessPool:
                    _stop(pool)
                    pool = None
                    report = FileReport.of(crashed(job.shown))
                    text = cached.to_text(report, self.need)
                    yield Done(self.left.pop(job.position), text, report, keep=False)
                    continue
                yield Done(self.left.pop(job.position), text, None)
        except OSError:
            return  # no worker can start at all: the caller checks the rest itself
        finally:
            if pool is not None:
                _stop(pool)

    def close(self) -> None:
        """Wait for the workers to finish what they have, then let them go."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def abort(self) -> None:
        """Stop the workers now (Ctrl-C, SIGTERM, a dead worker): waiting could hang while
        the pool's queue feeder is blocked."""
        if self.pool is not None:
            _stop(self.pool)
            self.pool = None


def _stop(pool: ProcessPoolExecutor) -> None:
    # The pool has no public way to end its processes before Python 3.14. They hold no
    # state worth keeping, and SIGKILL ends them without a word on the caller's stderr.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


_STOPPING = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while workers may be forked: a worker inherits the caller's
    handlers until its initializer replaces them, and must not act on them in between.
    The caller gets a held signal as soon as the workers exist."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: workers are spawned, not forked
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def crashed(shown: str) -> Diagnostic:
    return Diagnostic.at(
        shown,
        FILE_START,
        "STK009",
        Message("stratkit's reader crashed on this file; the other files were checked"),
        Message(
            "look for extreme content (thousands of nested levels, a huge line) and report "
            "the file to stratkit's developers"
        ),
    )


# The worker side. Module globals, set once per worker process by the pool's initializer.
_WORKER: dict[str, object] = {}


def _start_worker(options: CheckOptions | None, need: Need, product: Product | None) -> None:
    _WORKER["options"], _WORKER["need"], _WORKER["product"] = options, need, product
    # Ctrl-C reaches the whole process group: the caller stops the workers, and a worker
    # must not print a KeyboardInterrupt traceback of its own. SIGTERM ends a worker quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    _end_with_parent()
    # A worker builds many small objects and keeps few: collect the young generation rarely.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _work(batch: list[Job]) -> list[tuple[int, str]]:
    """Check a batch; each report comes back as the cache's text, for the caller to keep.
    The summary is made here, where the strategy exists, instead of rebuilding it."""
    options: CheckOptions | None = _WORKER["options"]  # type: ignore[assignment]
    need: Need = _WORKER["need"]  # type: ignore[assignment]
    product: Product | None = _WORKER["product"]  # type: ignore[assignment]
    return [
        (job.position, cached.to_text(check_bytes(job.shown, job.raw, options), need, product))
        for job in batch
    ]


def _end_with_parent() -> None:
    """Make the kernel end this worker when its parent dies (SIGKILL leaves no time to stop
    the workers), so that no worker outlives a run or holds its caller's output open."""
    if sys.platform != "linux":
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != _PARENT.get("pid", os.getppid()):
        os._exit(1)  # the parent died before the request took effect


_PR_SET_PDEATHSIG = 1
_PARENT: dict[str, int] = {}


def _import_checking() -> None:
    """Import what checking a file needs (pydantic, the model, yaml-rs, the checks) before
    the workers are forked, so that they share it: each would otherwise import it itself,
    about 0.35 s of CPU per worker. Spawned workers import it anyway."""
    if _forks():
        import stratkit.checks
        import stratkit.validation.fast_path  # noqa: F401


def _forks() -> bool:
    # fork shares what this process has imported; elsewhere (macOS, Windows) spawn is safe.
    return sys.platform == "linux"


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    return multiprocessing.get_context("fork" if _forks() else "spawn")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
