"""The status of many strategies, one row each: counts of indicators per status."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from stratkit.model.choices import Language
from stratkit.progress.overview import Summary
from stratkit.progress.statuses import Status
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells
from stratkit.reporters.text import grid
from stratkit.reporters.text.ansi import paint
from stratkit.reporters.text.numbers import NBSP
from stratkit.reporters.words.labels import COLUMNS, SYMBOL, TEXT

# The colours of the status symbols, as in the detailed tables.
COLOUR = {
    Status.ACHIEVED: ("bold", "green"),
    Status.ON_TRACK: ("green",),
    Status.NEEDS_ACCELERATION: ("yellow",),
    Status.LIMITED_PROGRESS: ("yellow",),
    Status.DETERIORATING: ("red",),
    Status.MISSED: ("bold", "red"),
    Status.NOT_AVAILABLE: ("dim",),
}
COUNTS = 3  # the column of the indicators per status


def counts(statuses: dict[Status, int]) -> str:
    """Indicators per status as "▼1 ◇1 –6": narrow enough for an 80-column terminal."""
    return " ".join(f"{SYMBOL[status]}{number}" for status, number in statuses.items())


def render(
    rows: Sequence[tuple[str, Summary]],
    notes: list[str],
    options: RenderOptions,
    language: Language,
) -> str:
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
        for name, summary in rows
    ]
    by_symbol = {SYMBOL[status]: status for status in Status}

    def colour(text: str, row: int, column: int) -> str:
        if column != COUNTS or not options.color:
            return text
        return " ".join(
            paint(token, *COLOUR[by_symbol[token[0]]], enabled=True) if token else token
            for token in text.split(" ")
        )

    table = grid.render(
        headers, cells_rows, options.width, wrap_column=1, right=frozenset({4}), paint=colour
    )
    legend = textwrap.fill(cells.legend(language), options.width)
    heading = " · ".join(notes) + "\n" if notes else ""
    return heading + table + legend + "\n"
