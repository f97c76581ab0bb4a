"""CSV lines for programs and for spreadsheets, and cells a spreadsheet cannot run.

Two styles: `plain` is what programs read (UTF-8, commas, decimal points); `excel` is what a
Swedish or Finnish Excel opens by double-click with numbers as numbers (a byte order mark,
semicolons, decimal commas), with text that would start a formula made harmless.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass

from stratkit.exchange.formulas import neutralise


@dataclass(frozen=True, slots=True)
class CsvStyle:
    separator: str
    decimal: str
    start: str  # written before the header: a byte order mark for Excel
    safe: bool  # neutralise text that could start a formula
    newline: str  # the line end, which is also quoted inside a cell

    @classmethod
    def plain(cls) -> CsvStyle:
        # The line end of the CSV stratkit wrote with pandas before: the same bytes.
        return cls(",", ".", "", False, "\n")

    @classmethod
    def excel(cls) -> CsvStyle:
        return cls(";", ",", "\ufeff", True, "\r\n")


class _Last:
    """A file that keeps only what was last written: the csv module's writer writes a whole
    row at a time, so this turns it into a fast row formatter."""

    text = ""

    def write(self, text: str) -> int:
        self.text = text
        return len(text)


_WRITERS: dict[tuple[str, str], tuple[_Last, object]] = {}


def csv_line(cells: Sequence[object], style: CsvStyle, *, ready: bool = False) -> str:
    """One row without its line end: empty for None, numbers in the style's notation, text
    quoted where the separator, a quote or a line break needs it. `ready` says the cells are
    in the style's notation and safe already (reporters.status.csv_parts, 800 000 cells)."""
    # The csv module quotes a cell holding a character of the line end (and "\n" always), so
    # the writer gets the real line end, which is cut off again.
    pair = _WRITERS.get((style.separator, style.newline))
    if pair is None:
        sink = _Last()
        pair = (sink, csv.writer(sink, delimiter=style.separator, lineterminator=style.newline))
        _WRITERS[(style.separator, style.newline)] = pair
    sink, writer = pair
    if not ready and (style.decimal != "." or style.safe):
        cells = [_cell(value, style) for value in cells]
    writer.writerow(cells)  # type: ignore[attr-defined]
    return sink.text[: -len(style.newline)]


def _cell(value: object, style: CsvStyle) -> object:
    if isinstance(value, float):
        return repr(value).replace(".", style.decimal)
    if isinstance(value, str) and style.safe:
        return neutralise(value)
    return value
