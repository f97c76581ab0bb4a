"""Diffs as CSV for a Swedish or Finnish Excel (`--format csv --excel`): the rows of the
plain CSV with a byte order mark, semicolons, decimal commas and no runnable formulas."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff.csv import revision_rows, year_rows
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line


def render_years(result: YearDiff, options: RenderOptions) -> str:
    return _excel(year_rows(result))


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    return _excel(revision_rows(result))


def _excel(rows: list[dict[str, object]]) -> str:
    style = CsvStyle.excel()
    columns = list(dict.fromkeys(key for row in rows for key in row))
    lines = [csv_line(columns, style)]
    lines.extend(csv_line([row.get(c) for c in columns], style) for row in rows)
    return style.start + "".join(line + style.newline for line in lines)
