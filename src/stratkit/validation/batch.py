"""Check many files: answers from the cache first, the rest spread over the CPU cores.

A national run checks 600 files of 20 kB; one core needs about 5 ms a file, so the files the
cache cannot answer are checked by worker processes, one per core, in batches. Workers send
back each report as the cache's text form (entries.encode), which is small to transfer and is
what the cache stores anyway; the caller turns it back into a FileReport, rebuilding the
strategy only when asked to (`models`), since `validate` never needs it.

If the workers cannot be started or one dies, the files not yet answered are checked here,
one after the other: a slower run, never a lost file and never a hang.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cache.entries import Entry, decode, encode
from stratkit.validation.products import Product

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from stratkit.cache.store import Cache
    from stratkit.progress.overview import Summary
    from stratkit.validation.one_file import CheckOptions, FileReport

Progress = Callable[[int, int], None]  # (files done, files in all)
# (index in the run, path as shown, the file's bytes, cache key or None)
Job = tuple[int, str, bytes, str | None]

# Starting a worker costs about 20 ms with fork and 300 ms with spawn (which imports
# stratkit again); below these numbers of files one process is faster.
PARALLEL_MIN_FORK = 32
PARALLEL_MIN_SPAWN = 200
BATCH = 8


def check_many(
    files: Sequence[tuple[Path, str]],
    options: CheckOptions | None,
    *,
    cache: Cache | None = None,
    models: bool = True,
    summaries: bool = False,
    product: Product | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[FileReport]:
    from stratkit.validation.one_file import FileReport, read_file

    total = len(files)
    reports: list[FileReport | None] = [None] * total
    want = Want(models, summaries, product)
    keyed_on = options if product is None else (options, product.name)
    workers = _Workers(options, cache, want, jobs)
    done = 0
    try:
        for index, (path, shown) in enumerate(files):
            raw = read_file(path, shown)
            if isinstance(raw, FileReport):
                reports[index] = raw  # unreadable or too large: nothing worth caching
            else:
                key = entry = None
                if cache is not None:
                    key = cache.key(raw, keyed_on)
                    entry = cache.get(key, models, summaries or product is not None)
                report = _from_entry_or_none(shown, entry, want, cache, key)
                if report is None:
                    workers.add((index, shown, raw, key))
                    continue
                reports[index] = report
            done += 1
            if progress is not None:
                progress(done, total)
        for index, report in workers.finish():
            reports[index] = report
            done += 1
            if progress is not None:
                progress(done, total)
    finally:
        workers.close()
        if cache is not None:
            cache.close()  # writes this run's entries, as one segment
    missing = [files[i][1] for i, report in enumerate(reports) if report is None]
    assert not missing, f"no report for {missing}"  # a lost file would be a silent pass
    return [report for report in reports if report is not None]


@dataclass(frozen=True, slots=True)
class Want:
    """What the caller needs besides diagnostics: the strategies, their overview summaries,
    or a product of each (one of the last two: both go in the entry's second line)."""

    models: bool = True
    summaries: bool = False
    product: Product | None = None

    @property
    def keeps_strategy(self) -> bool:
        """Whether the strategy is kept in the cache besides the report and summary.

        Only commands that use the strategy keep it (`status` with details or JSON, `diff`),
        so that their next run rebuilds it instead of checking the file again. `validate`
        keys its entries on the freshness year, which no other command uses, so its entries
        never serve a command that needs the strategy; the `status` overview needs only the
        summary. Writing the strategy would cost either a fifth of a cold run.
        """
        return self.models


class _Workers:
    """Files to check: sent to worker processes in batches as soon as there are enough of
    them, so the workers start while this process is still reading and looking up the rest;
    checked here when there are few, or when the workers fail."""

    def __init__(
        self, options: CheckOptions | None, cache: Cache | None, want: Want, jobs: int | None
    ) -> None:
        self.options, self.cache, self.want = options, cache, want
        # The start method is settled (and multiprocessing imported) only when a pool starts.
        self.minimum = PARALLEL_MIN_FORK if _forks() else PARALLEL_MIN_SPAWN
        self.cores = jobs or _cores()
        self.left: dict[int, Job] = {}  # not answered yet, by index
        self.waiting: list[Job] = []  # not sent to a worker yet
        self.futures: list[Future[list[tuple[int, str]]]] = []
        self.pool: ProcessPoolExecutor | None = None
        self.failed = False  # the workers could not start or one died: check here from now

    def add(self, job: Job) -> None:
        self.left[job[0]] = job
        self.waiting.append(job)
        try:
            wanted = self.cores > 1 and len(self.waiting) >= self.minimum
            if self.pool is None and not self.failed and wanted:
                from concurrent.futures import ProcessPoolExecutor

                initargs = (self.options, self.want)
                self.pool = ProcessPoolExecutor(self.cores, _context(), _start_worker, initargs)
            if self.pool is not None and len(self.waiting) >= BATCH:
                self._send()
        except (OSError, RuntimeError):
            # A worker could not start, or died while files were still being read
            # (BrokenProcessPool is a RuntimeError): what is left is checked here.
            self._give_up()

    def _give_up(self) -> None:
        self.failed = True
        self.close()

    def _send(self) -> None:
        assert self.pool is not None
        while self.waiting:
            batch, self.waiting = self.waiting[:BATCH], self.waiting[BATCH:]
            self.futures.append(self.pool.submit(_work, batch))

    def finish(self) -> Iterator[tuple[int, FileReport]]:
        # After a failure, only the exact reader: the fast one may be what crashed.
        fast = not self.failed
        if self.pool is not None:
            from concurrent.futures import as_completed

            try:
                self._send()
                for future in as_completed(self.futures):
                    for index, text in future.result():
                        _, shown, _, key = self.left.pop(index)
                        if self.cache is not None and key is not None:
                            self.cache.put(key, text)
                        entry = decode(text, self.want.models)
                        yield index, _from_entry(shown, entry, self.want)
            except (OSError, RuntimeError):
                # Workers could not start, or one died (BrokenProcessPool is a RuntimeError).
                # Check what is left here, with the exact reader only, in case the fast
                # reader was what failed.
                fast = False
            self.close()
        with _few_collections():
            for index, shown, raw, key in list(self.left.values()):
                del self.left[index]
                yield index, _check_one(shown, raw, key, self.options, self.cache, self.want, fast)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _check_one(
    shown: str,
    raw: bytes,
    key: str | None,
    options: CheckOptions | None,
    cache: Cache | None,
    want: Want,
    fast: bool = True,
) -> FileReport:
    from dataclasses import replace

    from stratkit.validation.one_file import check_bytes

    report = check_bytes(shown, raw, options, fast=fast)
    summary = _second_line(report, want)
    if cache is not None and key is not None:
        cache.put(key, to_text(report, want.keeps_strategy, summary))
    return replace(
        report,
        strategy=report.strategy if want.models else None,
        summary=_summary_from(summary) if want.summaries else None,
        product=summary if want.product is not None else None,
    )


def to_text(report: FileReport, with_strategy: bool, summary: str | None) -> str:
    strategy = None
    if with_strategy and report.strategy is not None:
        from stratkit.cache.model_codec import dump

        strategy = dump(report.strategy)
    return encode(report.diagnostics, report.lines, strategy, summary)


def _summary_from(text: str | None) -> Summary | None:
    if not text:
        return None
    from stratkit.progress.overview import Summary

    return Summary.from_json(text)


def _second_line(report: FileReport, want: Want) -> str | None:
    """The entry's second line: the product or the summary the caller wants, if any."""
    if want.product is not None:
        return None if report.usable is None else want.product.make(report.usable)
    return _summary(report) if want.summaries else None


def _summary(report: FileReport) -> str | None:
    """The overview of a strategy that status may show (one without errors), as text."""
    if report.usable is None:
        return None
    from stratkit.progress.rollup import summarize

    return summarize(report.usable).to_json()


def _from_entry_or_none(
    shown: str, entry: Entry | None, want: Want, cache: Cache | None, key: str | None
) -> FileReport | None:
    if entry is None:
        return None
    if want.product is not None and entry.summary is None and not _has_errors(entry):
        return None  # cut short or damaged: check the file again
    try:
        if want.summaries and entry.summary is None and not _has_errors(entry):
            entry = _add_summary(shown, entry, cache, key)
        return _from_entry(shown, entry, want)
    except (ValueError, TypeError, AttributeError, KeyError):
        return None  # a damaged stored strategy: check the file again


def _has_errors(entry: Entry) -> bool:
    return any(row[4] == "error" for row in entry.diagnostics)


def _add_summary(shown: str, entry: Entry, cache: Cache | None, key: str | None) -> Entry:
    """An entry written by `validate` has no summary yet: make it once and keep it."""
    from dataclasses import replace

    if entry.strategy is None and cache is not None and key is not None:
        entry = cache.get(key, True) or entry
    if entry.strategy is None:
        raise ValueError("no stored strategy to summarise")
    report = _from_entry(shown, entry, Want(models=True))
    summary = _summary(report)
    if cache is not None and key is not None:
        cache.put(key, encode(report.diagnostics, report.lines, entry.strategy, summary))
    return replace(entry, summary=summary, strategy=entry.strategy)


def _from_entry(shown: str, entry: Entry, want: Want) -> FileReport:
    from stratkit.validation.one_file import FileReport

    strategy = None
    if want.models and entry.strategy is not None:
        from stratkit.cache.model_codec import rebuild

        strategy = rebuild(entry.strategy)
    elif want.models and not _has_errors(entry):
        # Only a file with errors has no strategy: this entry is damaged.
        raise ValueError("a clean report without its strategy")
    summary = _summary_from(entry.summary) if want.summaries else None
    product = entry.summary if want.product is not None else None
    return FileReport(shown, entry.diagnostics_for(shown), strategy, entry.lines, summary, product)


# The worker side. Module globals, set once per worker process by the pool's initializer.
_WORKER: dict[str, object] = {}


def _start_worker(options: CheckOptions | None, want: Want) -> None:
    _WORKER["options"], _WORKER["want"] = options, want
    # A worker builds many small objects and keeps few: collect the young generation rarely.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _work(batch: list[Job]) -> list[tuple[int, str]]:
    """Check a batch; each report comes back as the cache's text, for the caller to keep."""
    options: CheckOptions | None = _WORKER["options"]  # type: ignore[assignment]
    answers = []
    want: Want = _WORKER["want"]  # type: ignore[assignment]
    for index, shown, raw, _key in batch:
        from stratkit.validation.one_file import check_bytes

        report = check_bytes(shown, raw, options)
        # The summary or product is made here, where the strategy exists.
        summary = _second_line(report, want)
        answers.append((index, to_text(report, want.keeps_strategy, summary)))
    return answers


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


@contextmanager
def _few_collections() -> Iterator[None]:
    """Checking allocates many short-lived objects; fewer young collections save ~20%."""
    before = gc.get_threshold()
    gc.set_threshold(20_000, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
