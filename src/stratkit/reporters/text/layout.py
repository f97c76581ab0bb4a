"""Column widths for terminal tables whose first column is text and the rest are figures."""

from __future__ import annotations

# Gap between columns: the right padding, the (blank) rule and the left padding.
GAP = 3
# Below this the first column is too narrow to read; figures then wrap before their year.
READABLE = 28
NARROWEST_TITLE = 12


def fit_columns(
    headers: list[str], rows: list[list[str]], total: int
) -> tuple[int, list[int]] | None:
    """Fixed widths for every figure column and what is left for the title column.

    rich would crop a column (even a heading or the trend) to fit; deciding the widths here
    keeps every figure whole. rich breaks lines at any space, no-break spaces included, so a
    column is never narrower than its longest run of no-break-joined text. None: no table
    fits, use cards.
    """
    columns = list(zip(*rows, strict=True))
    full = [max([len(h), *map(len, col)]) for h, col in zip(headers[1:], columns, strict=True)]
    least = [
        max([len(h), *(len(piece) for cell in col for piece in cell.split(" "))])
        for h, col in zip(headers[1:], columns, strict=True)
    ]
    spare = total - GAP * (len(headers) - 1)
    if spare - sum(full) >= READABLE:
        return spare - sum(full), full
    if spare - sum(least) >= NARROWEST_TITLE:
        return spare - sum(least), least
    return None


def wrap(cell: str, width: int) -> str:
    """Break a figure cell at its ordinary spaces only, so that rich need not break it.

    rich also breaks at no-break spaces ("30 381", "83 %"); a cell whose lines already fit
    its column is left alone.
    """
    if len(cell) <= width:
        return cell
    lines: list[str] = []
    for piece in cell.split(" "):
        if lines and len(lines[-1]) + 1 + len(piece) <= width:
            lines[-1] += " " + piece
        else:
            lines.append(piece)
    return "\n".join(lines)
