"""Check many files: answers from the cache first, the rest spread over the CPU cores.

A national run checks 600 files of 20 kB; one core needs about 5 ms a file, so the files the
cache cannot answer are checked by worker processes (validation.workers), one per core, in
batches. If the workers cannot be started or one dies, the files not yet answered are
checked here, one after the other: a slower run, never a lost file and never a hang.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.diagnostics import Diagnostic
from stratkit.reading.files import read_bytes
from stratkit.validation import cached
from stratkit.validation.report import CheckOptions, FileReport, Need
from stratkit.validation.workers import Job, Workers

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.validation.products import Product

Progress = Callable[[int, int], None]  # (files done, files in all)


@dataclass(frozen=True, slots=True)
class Source:
    """One file to check: on disk at `path`, or bytes read elsewhere (a git revision)."""

    shown: str  # the name diagnostics give the file
    path: Path | None = None
    content: bytes | Diagnostic | None = None  # given instead of a path

    @classmethod
    def on_disk(cls, path: Path, shown: str | None = None) -> Source:
        return cls(str(path) if shown is None else shown, path=path)

    def read(self) -> bytes | Diagnostic:
        if self.content is not None:
            return self.content
        assert self.path is not None
        return read_bytes(self.path, self.shown)


@dataclass(frozen=True, slots=True)
class Checking:
    """How files are checked, not what is made of them: the reports are the same with any.

    `cache` (Cache.default() in commands, None for no cache) answers unchanged files without
    checking them; `jobs` caps the worker processes (None: one per core, used only for many
    files); `progress(done, total)` is called as files are done.
    """

    cache: Cache | None = None
    jobs: int | None = None
    progress: Progress | None = None


UNCACHED = Checking()  # no cache, no progress, a worker per core for many files


def check_files(
    sources: Sequence[Source],
    need: Need,
    options: CheckOptions | None = None,
    checking: Checking = UNCACHED,
    *,
    product: Product | None = None,
) -> list[FileReport]:
    """Check files, the one entry point every command uses; reports come in the order of
    `sources`, and are the same whatever the `checking` (with or without cache and workers).

    `need` says what the command needs besides diagnostics (and so what the cache reads);
    `product` (with Need.PRODUCTS) is the text each usable strategy is made into.
    """
    cache, progress = checking.cache, checking.progress
    total = len(sources)
    reports: list[FileReport | None] = [None] * total
    workers = Workers(options, need, checking.jobs, product)
    # Entries with a product are keyed on its name, which names all the text depends on.
    keyed_on = options if product is None else (options, product.name)
    done = 0

    def finished(index: int, report: FileReport) -> None:
        nonlocal done
        reports[index] = report
        done += 1
        if progress is not None:
            progress(done, total)

    try:
        for index, source in enumerate(sources):
            raw = source.read()
            if isinstance(raw, Diagnostic):
                finished(index, FileReport.of(raw))  # unreadable or too large: nothing to cache
                continue
            key = cache.key(raw, keyed_on) if cache is not None else None
            entry = cached.stored(cache, key, need) if cache is not None and key else None
            report = cached.from_stored(source.shown, entry, need, cache, key)
            if report is None:
                workers.add(Job(index, source.shown, raw, key))
            else:
                finished(index, report)
        with _few_collections():
            for job, text, report, keep in workers.finish():
                if cache is not None and job.key is not None and keep:
                    cache.put(job.key, text)
                finished(job.position, report or cached.from_text(job.shown, text, need))
    except BaseException:
        workers.abort()  # Ctrl-C or SIGTERM: stop the workers at once, never wait for them
        raise
    finally:
        workers.close()
        if cache is not None:
            cache.close()  # writes this run's entries, as one segment
    missing = [sources[i].shown for i, report in enumerate(reports) if report is None]
    assert not missing, f"no report for {missing}"  # a lost file would be a silent pass
    return [report for report in reports if report is not None]


@contextmanager
def _few_collections() -> Iterator[None]:
    """Checking allocates many short-lived objects; fewer young collections save ~20%."""
    before = gc.get_threshold()
    gc.set_threshold(20_000, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
