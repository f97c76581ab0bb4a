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

from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.report.html import page_html, render_template
from stratkit.reporters.report.view import StatusCount, page_view, status_counts
from stratkit.reporters.report.words import PAGE
from stratkit.reporters.status import cells

if TYPE_CHECKING:
    from stratkit.progress.rollup import StatusReport


def _csv(report: StatusReport) -> bytes:
    from stratkit.reporters.status import csv

    return csv.render(report, RenderOptions()).encode("utf-8")


# The data files beside each page: extension -> writer of one strategy's status report.
# The xlsx export (another issue) hooks in here with one line: "xlsx": its writer.
DATA_FORMATS: dict[str, Callable[[StatusReport], bytes]] = {"csv": _csv}


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
    from dataclasses import replace

    from stratkit.progress.rollup import StatusReport

    files: dict[str, bytes] = {".nojekyll": b""}
    lines = []
    languages = {s.strategy.language for s in report.strategies}
    index_language = language or (languages.pop() if len(languages) == 1 else Language.SV)
    for status in report.strategies:
        one = StatusReport(report.as_of, report.method, (status,))
        data = []
        for extension, write in DATA_FORMATS.items():
            files[f"{status.name}.{extension}"] = write(one)
            data.append((extension.upper(), f"{status.name}.{extension}"))
        page_language = language or status.strategy.language
        page = page_view(status, report.as_of, report.method, page_language, today)
        page = replace(page, index_href="index.html", data_links=tuple(data))
        files[f"{status.name}.html"] = page_html(page, status, page_language).encode("utf-8")
        period = status.strategy.strategy.period
        lines.append(
            IndexLine(
                name=status.name,
                href=f"{status.name}.html",
                title=status.strategy.strategy.title,
                municipality=status.strategy.municipality.name,
                content_language=status.strategy.language.value,
                period=f"{period.start}–{period.end}" if period else "",
                statuses=status_counts(status.statuses, index_language),
                done=cells.done_of(status.tally, index_language) if status.tally.total else "–",
                data=tuple(data),
            )
        )
    words = PAGE[index_language]
    first = page_view(report.strategies[0], report.as_of, report.method, index_language, today)
    files["index.html"] = render_template(
        "index.html.j2",
        index_language,
        page_language=index_language.value,
        words=words,
        lines=lines,
        intro=words["index_intro"].format(count=len(lines)),
        as_of=first.as_of,
        method=first.method,
        generated=first.generated,
    ).encode("utf-8")
    return files
