"""The status of many strategies, one row each: counts of indicators per status."""

from __future__ import annotations

import re
import textwrap

from stratkit.progress.overview import Overview
from stratkit.progress.statuses import Status
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells
from stratkit.reporters.text import grid
from stratkit.reporters.text.ansi import STATUS_STYLE, paint
from stratkit.reporters.text.numbers import NBSP
from stratkit.reporters.words.labels import COLUMNS, SYMBOL, TEXT

COUNTS = 3  # the column of the indicators per status


def counts(statuses: dict[Status, int]) -> str:
    """Indicators per status as "▼1 ◇1 –6": narrow enough for an 80-column terminal."""
    return " ".join(f"{SYMBOL[status]}{number}" for status, number in statuses.items())


def render(overview: Overview, options: RenderOptions) -> str:
    language = options.words
    notes = cells.notes(overview.as_of, overview.method, language)
    words = COLUMNS[language]
    headers = [
        words["name"],
        words["title"],
        words["period"],
        words["indicators"],
        TEXT[language]["initiatives"],
    ]
    cells_rows = [
        [
            name,
            # "32 000" in a title is one number: never wrap it over two lines.
            re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, summary.title),
            f"{summary.period[0]}–{summary.period[1]}" if summary.period else "",
            counts(summary.statuses),
            "\n".join(cells.tally_lines(summary.tally, language)) if summary.tally.total else "",
        ]
        for name, summary in overview.rows
    ]
    by_symbol = {SYMBOL[status]: status for status in Status}

    def colour(text: str, row: int, column: int) -> str:
        if column != COUNTS or not options.color:
            return text
        return " ".join(
            paint(token, *STATUS_STYLE[by_symbol[token[0]]], enabled=True) if token else token
            for token in text.split(" ")
        )

    table = grid.render(
        headers, cells_rows, options.width, wrap_column=1, right=frozenset({4}), paint=colour
    )
    legend = textwrap.fill(cells.legend(language), options.width)
    heading = " · ".join(notes) + "\n" if notes else ""
    return heading + table + legend + "\n"
