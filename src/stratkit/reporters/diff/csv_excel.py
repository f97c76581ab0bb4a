"""Diffs as CSV for a Swedish or Finnish Excel (`--format csv --excel`): the rows of the
plain CSV with a byte order mark, semicolons, decimal commas and no runnable formulas."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff.csv import table
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line


def render(
    result: YearDiff | RevisionDiff, options: RenderOptions, language: Language | None = None
) -> str:
    style = CsvStyle.excel()
    rows = table(result)
    columns = list(dict.fromkeys(key for row in rows for key in row))
    lines = [csv_line(columns, style)]
    lines.extend(csv_line([row.get(c) for c in columns], style) for row in rows)
    return style.start + "".join(line + style.newline for line in lines)
