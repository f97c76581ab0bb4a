"""The status of many strategies, one row each: counts of indicators per status."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from stratkit.choices import Language
from stratkit.labels import COLUMNS, SYMBOL
from stratkit.reporters import RenderOptions, grid
from stratkit.reporters import status_cells as cells
from stratkit.style import paint
from stratkit.summary import Summary
from stratkit.verdicts import Status

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
FIRST_STATUS = 3  # column of the first status count


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
        *(SYMBOL[status] for status in Status),
        words["initiatives_done"],
    ]
    cells_rows = [
        [
            name,
            summary.title,
            f"{summary.period[0]}–{summary.period[1]}" if summary.period else "",
            *(str(summary.statuses.get(status, "")) for status in Status),
            cells.done_of(summary.tally, language, short=True) if summary.tally.total else "",
        ]
        for name, summary in rows
    ]
    statuses = list(Status)

    def colour(text: str, row: int, column: int) -> str:
        index = column - FIRST_STATUS
        if 0 <= index < len(statuses):
            return paint(text, *COLOUR[statuses[index]], enabled=options.color)
        return text

    right = frozenset(range(FIRST_STATUS, len(headers)))
    table = grid.render(
        headers, cells_rows, options.width, wrap_column=1, right=right, paint=colour
    )
    legend = textwrap.fill(cells.legend(language), options.width)
    heading = " · ".join(notes) + "\n" if notes else ""
    return heading + table + legend + "\n"
