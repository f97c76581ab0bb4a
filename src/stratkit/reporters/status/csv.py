"""Status as CSV: one row per indicator, raw numbers, for spreadsheets and analysis.

Made of one part per strategy (reporters.status.parts), as `status` has the workers make
them; `render` makes the same text of a whole report.
"""

from __future__ import annotations

from stratkit.model.choices import Language
from stratkit.progress.rollup import StatusReport
from stratkit.reporters import RenderOptions
from stratkit.reporters.status.parts import csv_document, csv_part
from stratkit.reporters.text.spreadsheet import CsvStyle


def render(report: StatusReport, options: RenderOptions, language: Language | None = None) -> str:
    style = CsvStyle.plain()
    parts = [(s.name, csv_part(s, style)) for s in report.strategies]
    return "".join(csv_document(parts, style))
