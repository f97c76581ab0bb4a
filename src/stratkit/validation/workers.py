"""Worker processes that check files in batches, and the fallback of checking them here.

Workers send back each report as the cache's text form (cache.entries), which is small to
transfer and is what the cache stores anyway. Files are sent as soon as a batch is full, so
the workers start while the caller is still reading and looking up the rest.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from stratkit.validation import cached
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import CheckOptions, FileReport, Need

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

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


class Workers:
    """Files to check: sent to worker processes when there are enough of them, checked here
    when there are few, or when the workers fail."""

    def __init__(self, options: CheckOptions | None, need: Need, jobs: int | None) -> None:
        self.options, self.need = options, need
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

                initargs = (self.options, self.need)
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
        while self.waiting:
            batch, self.waiting = self.waiting[:BATCH], self.waiting[BATCH:]
            self.futures.append(self.pool.submit(_work, batch))

    def finish(self) -> Iterator[Done]:
        # After a failure, only the exact reader: the fast one may be what crashed.
        fast = not self.failed
        if self.pool is not None:
            from concurrent.futures import as_completed

            try:
                self._send()
                for future in as_completed(self.futures):
                    for index, text in future.result():
                        yield Done(self.left.pop(index), text, None)
            except (OSError, RuntimeError):
                # Workers could not start, or one died (BrokenProcessPool is a RuntimeError).
                # Check what is left here, with the exact reader only, in case the fast
                # reader was what failed.
                fast = False
            self.close()
        for job in list(self.left.values()):
            del self.left[job.position]
            report = check_bytes(job.shown, job.raw, self.options, fast=fast)
            text = cached.to_text(report, self.need)
            yield Done(job, text, cached.trimmed(report, text, self.need))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


# The worker side. Module globals, set once per worker process by the pool's initializer.
_WORKER: dict[str, object] = {}


def _start_worker(options: CheckOptions | None, need: Need) -> None:
    _WORKER["options"], _WORKER["need"] = options, need
    # A worker builds many small objects and keeps few: collect the young generation rarely.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _work(batch: list[Job]) -> list[tuple[int, str]]:
    """Check a batch; each report comes back as the cache's text, for the caller to keep.
    The summary is made here, where the strategy exists, instead of rebuilding it."""
    options: CheckOptions | None = _WORKER["options"]  # type: ignore[assignment]
    need: Need = _WORKER["need"]  # type: ignore[assignment]
    return [
        (job.position, cached.to_text(check_bytes(job.shown, job.raw, options), need))
        for job in batch
    ]


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
