"""A plain text table: one wrapping text column, the others fixed, no rich.

The overview of a national run has 600 rows; rich needs over a second to lay that out and a
third of a second to import, where this needs milliseconds. It looks like the rich tables
(a heading, a rule, rows) so that the overview and the detail views read alike.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

from stratkit.reporters.text import safe

Painter = Callable[[str, int, int], str]  # (padded cell text, row, column) -> painted text
GAP = "   "


def render(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    wrap_column: int,
    right: frozenset[int] = frozenset(),
    paint: Painter | None = None,
) -> str:
    """The table as lines; column `wrap_column` takes what is left of `width` and wraps.

    A cell of another column may hold line breaks: its lines are shown one under the other.
    """
    # A file's text, as text: each line of a cell on its own line, never a control code.
    rows = [
        ["\n".join(safe.one_line(part) for part in cell.split("\n")) for cell in row]
        for row in rows
    ]
    widths = [
        max([len(h), *(len(line) for row in rows for line in row[i].split("\n"))])
        for i, h in enumerate(headers)
    ]
    others = sum(w for i, w in enumerate(widths) if i != wrap_column) + len(GAP) * (len(widths) - 1)
    widths[wrap_column] = max(
        len(headers[wrap_column]), min(widths[wrap_column], width - others), 8
    )
    total = sum(widths) + len(GAP) * (len(widths) - 1)
    lines = [_line(headers, widths, right), "─" * total]
    for number, row in enumerate(rows):
        # Words are never cut: a word longer than the column sticks out instead.
        columns = [
            textwrap.wrap(cell, widths[wrap_column], break_long_words=False, break_on_hyphens=False)
            if i == wrap_column
            else cell.split("\n")
            for i, cell in enumerate(row)
        ]
        for part in range(max(1, *(len(column) for column in columns))):
            cells = [column[part] if part < len(column) else "" for column in columns]
            lines.append(_line(cells, widths, right, paint, number if part == 0 else None))
    return safe.guard_lines("\n".join(lines) + "\n")


def _line(
    cells: Sequence[str],
    widths: Sequence[int],
    right: frozenset[int],
    paint: Painter | None = None,
    row: int | None = None,
) -> str:
    parts = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        padded = cell.rjust(width) if i in right else cell.ljust(width)
        if paint is not None and row is not None and cell:
            padded = paint(padded, row, i)
        parts.append(padded)
    return GAP.join(parts).rstrip()


def _as_text(cell: str) -> str:
    return "\n".join(safe.one_line(part) for part in cell.split("\n"))
