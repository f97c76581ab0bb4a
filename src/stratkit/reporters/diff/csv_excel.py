"""Diffs as CSV for a Swedish or Finnish Excel (`--format csv --excel`): the rows of the
plain CSV with a byte order mark, semicolons, decimal commas and no runnable formulas, and
the headers and words in the user's language (reporters.words.excel_csv)."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff.csv import revision_rows, year_rows
from stratkit.reporters.status.csv import excel_table


def render_years(result: YearDiff, options: RenderOptions) -> str:
    return _excel(year_rows(result), options)


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    return _excel(revision_rows(result), options)


def _excel(rows: list[dict[str, object]], options: RenderOptions) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    return excel_table(columns, [[row.get(c) for c in columns] for row in rows], options.language)
