"""`stratkit report --site DIR`: write the index, a page per strategy and the data files.

A national site (600 strategies of 40 indicators) spends most of its time drawing charts and
filling templates, one strategy at a time: on Linux the strategies are shared out to one
process per core (forked, so the report is not copied by pickling), each writing the files
of its strategies; only the index lines come back.
"""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import say
from stratkit.cli.options import chosen_cache
from stratkit.i18n import current, plural_in
from stratkit.model.choices import Language, Method

if TYPE_CHECKING:
    from stratkit.progress.rollup import StatusReport
    from stratkit.reporters.report.site import IndexLine

# Below this many strategies a process pool costs more than it saves.
MIN_PARALLEL = 24
# At most this many strategies are rendered before their files are written.
PART = 25
# The report the forked workers render parts of (set only while the pool runs).
_SHARED: dict[str, StatusReport] = {}


def write_site(
    site: Path,
    folder: Path,
    names: list[str],
    as_of: int | None,
    method: Method | None,
    lang: Language | None,
    no_cache: bool,
) -> None:
    """Every strategy in `folder` (or the named ones); a file with errors is left out, its
    errors are listed, and the command ends with exit 1 after writing the others."""
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.options import default_year
    from stratkit.cli.output_file import cannot_write
    from stratkit.progress.rollup import status_report
    from stratkit.reporters.report.site import index_file, index_language

    loaded = load_strategies(folder, names, chosen_cache(no_cache))
    report = status_report(loaded.strategies, as_of, method, default_year())
    today = datetime.date.today()
    try:
        lines = write_pages(report, site, (lang, index_language(report, lang)), today)
        write_file(site / ".nojekyll", b"")
        write_file(site / "index.html", index_file(report, lines, lang, today))
    except OSError as error:
        raise cannot_write(error, site) from None
    wrote = plural_in(
        "wrote {count} page and its data to {folder} (open {index})",
        "wrote {count} pages and their data to {folder} (open {index})",
        len(loaded.strategies),
        current(),
    )
    say(wrote.format(count=len(loaded.strategies), folder=site, index=site / "index.html"))
    loaded.exit_if_broken()


def write_pages(
    report: StatusReport,
    site: Path,
    languages: tuple[Language | None, Language],
    today: datetime.date,
) -> list[IndexLine]:
    """Render and write each strategy's files a part at a time (so that a national site is
    never held in memory whole); the index lines come back in the report's order.
    `languages` are --lang (the pages') and the index's, which is the whole report's."""
    count = len(report.strategies)
    workers = _workers(count)
    step = max(1, min(PART, -(-count // (workers * 4))))
    parts = [
        (start, min(start + step, count), languages, today, site) for start in range(0, count, step)
    ]
    _SHARED["report"] = report
    try:
        if workers <= 1:
            rendered = [_write_part(part) for part in parts]
        else:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                rendered = list(pool.map(_write_part, parts))
    finally:
        _SHARED.clear()
    return [line for part in rendered for line in part]


def _write_part(
    part: tuple[int, int, tuple[Language | None, Language], datetime.date, Path],
) -> list[IndexLine]:
    from stratkit.progress.rollup import StatusReport
    from stratkit.reporters.report.site import strategy_files

    start, stop, (lang, in_index), today, site = part
    report = _SHARED["report"]
    chunk = StatusReport(report.as_of, report.method, report.strategies[start:stop])
    files, lines = strategy_files(chunk, lang, in_index, today)
    for path, data in files.items():
        write_file(site / path, data)
    return lines


def write_file(target: Path, data: bytes) -> None:
    """Write atomically, so that a web server never serves half a page; OSError on failure.
    The site's folders are made as needed: --site names a folder to fill."""
    from stratkit.cli.output_file import write_file as write

    target.parent.mkdir(parents=True, exist_ok=True)
    write(target, data)


def _workers(count: int) -> int:
    if count < MIN_PARALLEL or sys.platform != "linux":
        return 1  # fork is Linux's; elsewhere pickling every strategy would eat the gain
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - Linux has it
        cores = os.cpu_count() or 1
    return max(1, min(cores, count // MIN_PARALLEL + 1))
