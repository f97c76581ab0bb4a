"""Status as CSV: one row per indicator, raw numbers, for spreadsheets and analysis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stratkit.reporters import RenderOptions
from stratkit.reporters.text import safe
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line

if TYPE_CHECKING:
    from stratkit.model.choices import Language
    from stratkit.progress.assess import Assessment, Value
    from stratkit.progress.rollup import StatusReport

COLUMNS = [
    "strategy",
    "municipality",
    "indicator",
    "title",
    "goals",
    "metric",
    "unit",
    "direction",
    "method",
    "baseline_year",
    "baseline_value",
    "baseline_inferred",
    "target_year",
    "target_value",
    "latest_year",
    "latest_value",
    "latest_preliminary",
    "latest_women",
    "latest_men",
    "after_period_year",
    "after_period_value",
    "progress",
    "expected",
    "pace",
    "cagr_observed",
    "cagr_required",
    "status",
    "reason",
    "computed_status",
    "assessed",
    "assessment_year",
    "assessment_status",
    "assessment_motivation",
    "analysis_year",
    "analysis",
]


def render(report: StatusReport, options: RenderOptions) -> str:
    # pandas is imported here, not at start-up: only this format pays for it.
    import pandas as pd

    # Object columns keep 30381 an integer and an empty cell empty, instead of 30381.0 and NaN.
    frame = pd.DataFrame(rows(report), columns=COLUMNS, dtype=object)
    return str(frame.to_csv(index=False, lineterminator="\n"))


def render_excel(report: StatusReport, options: RenderOptions) -> str:
    """`--format csv --excel`: the same rows for a Swedish or Finnish Excel (a byte order
    mark, semicolons, decimal commas), which opens it by double-click."""
    return excel_table(COLUMNS, rows(report), options.language)


def excel_table(
    columns: Sequence[str], found: list[list[object]], language: Language | None
) -> str:
    """The rows (cells in the order of `columns`) for a Swedish or Finnish Excel: headers,
    yes/no and codes in `language`."""
    from stratkit.model.choices import Language as Languages
    from stratkit.reporters.words.excel_csv import cell, header

    said = language or Languages.EN
    style = CsvStyle.excel()
    lines = [csv_line([header(c, said) for c in columns], style)]
    lines.extend(
        csv_line([cell(c, value, said) for c, value in zip(columns, row, strict=True)], style)
        for row in found
    )
    return style.start + "".join(line + style.newline for line in lines)


def rows(report: StatusReport) -> list[list[object]]:
    """One row per indicator, in the order of COLUMNS."""
    found: list[list[object]] = []
    for strategy in report.strategies:
        name = safe.csv_cell(strategy.name)
        municipality = safe.csv_cell(strategy.file.municipality.name)
        found.extend([name, *indicator_cells(a, municipality)] for a in strategy.assessments)
    return found


def indicator_cells(assessment: Assessment, municipality: object) -> list[object]:
    """An indicator's row after the strategy's name, given its municipality's cell
    (reporters.status.csv_parts makes the rows of each strategy apart, where its name is not
    known). Text as text in a spreadsheet: the file's words pass through safe.csv_cell (no
    formula, no line break); the codes (statuses, methods) are safe as they are."""
    a, ind, verdict = assessment, assessment.indicator, assessment.verdict
    direction, reason, judged, analysis = a.direction, verdict.reason, a.judged, a.analysis
    cell = safe.csv_cell
    cells: list[object] = [municipality, cell(ind.id), cell(ind.title)]
    cells += (cell(";".join(ind.goals)), cell(ind.metric), cell(ind.unit))
    cells += (direction.value if direction else None, a.method.value)
    cells += _point(a.baseline)
    cells.append("true" if a.baseline_inferred else "false")
    cells += _point(a.target)
    latest = a.latest
    cells += _point(latest)
    cells.append("true" if latest and latest.preliminary else "false")
    cells += (latest.women, latest.men) if latest else (None, None)
    cells += _point(a.after_period)
    figures = (
        *(verdict.progress, verdict.expected, verdict.pace),
        *(verdict.cagr_observed, verdict.cagr_required),
    )
    # pandas writes NaN (from absurd values such as 1e308) as an empty cell, the csv module
    # of reporters.status.csv_parts would write "nan".
    cells += (None if figure != figure else figure for figure in figures)
    cells += (a.status.value, reason.value if reason else None, verdict.status.value)
    cells.append("true" if a.assessed else "false")
    if judged:
        cells += (judged.year, judged.status.value, cell(judged.motivation))
    else:
        cells += (None, None, None)
    cells += (analysis.year, cell(analysis.text)) if analysis else (None, None)
    return cells


def _point(value: Value | None) -> tuple[object, object]:
    return (value.year, value.value) if value else (None, None)
