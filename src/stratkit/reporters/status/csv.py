"""Status as CSV: one row per indicator, raw numbers, for spreadsheets and analysis."""

from __future__ import annotations

from stratkit.model.choices import Language
from stratkit.progress.rollup import StatusReport
from stratkit.reporters import RenderOptions
from stratkit.reporters.status.json import assessment_dict
from stratkit.reporters.text import safe
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line

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
    columns: list[str], found: list[dict[str, object]], language: Language | None
) -> str:
    """The rows for a Swedish or Finnish Excel: headers, yes/no and codes in `language`."""
    from stratkit.reporters.words.excel_csv import cell, header

    said = language or Language.EN
    style = CsvStyle.excel()
    lines = [csv_line([header(c, said) for c in columns], style)]
    lines.extend(csv_line([cell(c, row.get(c), said) for c in columns], style) for row in found)
    return style.start + "".join(line + style.newline for line in lines)


def rows(report: StatusReport) -> list[dict[str, object]]:
    """One row per indicator, as column -> value."""
    found = []
    for strategy in report.strategies:
        for assessment in strategy.assessments:
            record = assessment_dict(assessment)
            row: dict[str, object] = {
                **record,
                "strategy": strategy.name,
                "municipality": strategy.file.municipality.name,
                "indicator": assessment.indicator.id,
                "goals": ";".join(assessment.indicator.goals),
                "baseline_inferred": str(assessment.baseline_inferred).lower(),
            }
            judged, analysis = assessment.judged, assessment.analysis
            row["assessed"] = str(assessment.assessed).lower()
            row["assessment_year"] = judged.year if judged else None
            row["assessment_status"] = judged.status.value if judged else None
            row["assessment_motivation"] = judged.motivation if judged else None
            row["analysis_year"] = analysis.year if analysis else None
            row["analysis"] = analysis.text if analysis else None
            for name, point in (
                ("baseline", assessment.baseline),
                ("target", assessment.target),
                ("latest", assessment.latest),
                ("after_period", assessment.after_period),
            ):
                row[f"{name}_year"] = point.year if point else None
                row[f"{name}_value"] = point.value if point else None
            latest = assessment.latest
            row["latest_preliminary"] = str(bool(latest and latest.preliminary)).lower()
            row["latest_women"] = latest.women if latest else None
            row["latest_men"] = latest.men if latest else None
            # Text as text in a spreadsheet: no formula, no line break (reporters/text/safe.py).
            found.append({key: safe.csv_cell(value) for key, value in row.items()})
    return found
