"""`stratkit report --site`: an index over the strategies, a page per strategy and its data.

A projection of one status report into files, returned as {relative path: bytes} and written
by the command, so that tests read a site without a disk. The folder is ready for GitHub
Pages (with `.nojekyll`, so no file is hidden or processed) or any web server.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stratkit.i18n import current
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.report.html import page_html, render_template
from stratkit.reporters.report.view import (
    StatusCount,
    as_of_text,
    generated_text,
    method_text,
    page_view,
    status_counts,
)
from stratkit.reporters.report.words import PAGE
from stratkit.reporters.status import cells

if TYPE_CHECKING:
    from stratkit.progress.rollup import StatusReport


def _csv(report: StatusReport) -> dict[str, bytes]:
    """Each strategy's rows of `stratkit status --format csv`, as a file of its own.

    The status CSV is rendered once for all strategies (pandas costs 20 ms a call, which 600
    calls would feel) and split by its `strategy` column with the same quoting rules.
    """
    import csv
    import io

    from stratkit.reporters.status import csv as status_csv

    rows = csv.reader(io.StringIO(status_csv.render(report, RenderOptions())))
    header = next(rows)
    grouped: dict[str, list[list[str]]] = {s.name: [] for s in report.strategies}
    for row in rows:
        grouped[row[0]].append(row)
    files = {}
    for name, group in grouped.items():
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(group)
        files[name] = text.getvalue().encode("utf-8")
    return files


# The data files beside each page: extension -> writer of each strategy's file, by name.
# The xlsx export (another issue) hooks in here with one line: "xlsx": its writer.
DATA_FORMATS: dict[str, Callable[[StatusReport], dict[str, bytes]]] = {"csv": _csv}


@dataclass(frozen=True, slots=True)
class IndexLine:
    name: str
    href: str
    title: str
    municipality: str
    content_language: str
    period: str
    statuses: tuple[StatusCount, ...]
    done: str
    data: tuple[tuple[str, str], ...]  # (label, href)


def site_files(
    report: StatusReport,
    language: Language | None,
    today: datetime.date | None = None,
) -> dict[str, bytes]:
    """Every file of the site by path ('/'-separated, relative to the site's folder)."""
    files, lines = strategy_files(report, language, index_language(report, language), today)
    files[".nojekyll"] = b""
    files["index.html"] = index_file(report, lines, language, today)
    return files


def strategy_files(
    report: StatusReport,
    language: Language | None,
    in_index: Language,
    today: datetime.date | None = None,
) -> tuple[dict[str, bytes], list[IndexLine]]:
    """The page and data files of each strategy in `report`, and its line in the index,
    whose words are in `in_index`, the index page's language.

    Each strategy is rendered on its own, so the command may hand parts of a large report
    to several processes and join what they return: the index's language is the whole
    site's (`index_language`), never that of the part, or a Swedish strategy's line would
    say its statuses in Swedish on a Finnish index.
    """
    from dataclasses import replace

    files: dict[str, bytes] = {}
    lines = []
    written = {extension: write(report) for extension, write in DATA_FORMATS.items()}
    for status in report.strategies:
        data = []
        for extension, by_name in written.items():
            files[f"{status.name}.{extension}"] = by_name[status.name]
            data.append((extension.upper(), f"{status.name}.{extension}"))
        page_language = language or status.file.language
        page = page_view(status, report.method, page_language, today)
        page = replace(page, index_href="index.html", data_links=tuple(data))
        files[f"{status.name}.html"] = page_html(page, status, page_language).encode("utf-8")
        period = status.file.strategy.period
        lines.append(
            IndexLine(
                name=status.name,
                href=f"{status.name}.html",
                title=status.file.strategy.title,
                municipality=status.file.municipality.name,
                content_language=status.file.language.value,
                period=f"{period.start}–{period.end}" if period else "",
                statuses=status_counts(status.statuses, in_index),
                done=cells.done_of(status.tally, in_index) if status.tally.total else "–",
                data=tuple(data),
            )
        )
    return files, lines


def index_file(
    report: StatusReport,
    lines: list[IndexLine],
    language: Language | None,
    today: datetime.date | None = None,
) -> bytes:
    """The index page: one line per strategy, in the order of `lines`."""
    in_index = index_language(report, language)
    words = PAGE[in_index]
    return render_template(
        "index.html.j2",
        in_index,
        page_language=in_index.value,
        words=words,
        lines=lines,
        intro=words["index_intro"].format(count=len(lines)),
        as_of=as_of_text(report.as_of, in_index),
        method=method_text(report.method, in_index),
        generated=generated_text(today, in_index),
    ).encode("utf-8")


def index_language(report: StatusReport, language: Language | None) -> Language:
    """The index page's language: --lang, else the one all the strategies share, else the
    run's (the locale's, else English), as for every output that covers several files
    (cli.common.common_language)."""
    if language is not None:
        return language
    languages = {s.file.language for s in report.strategies}
    return languages.pop() if len(languages) == 1 else Language(current())
