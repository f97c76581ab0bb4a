"""The long table: one row per strategy, indicator and year, the tidy shape that pandas, R and
DuckDB read. The status is judged as of each row's year, by the same rules as `status`.

Like status's JSON and CSV, each strategy's rows are made as one part in the worker that
validated it (validation.products), so that 600 municipalities need no models here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from stratkit.exchange.rows import actual_point
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile

COLUMNS = [
    "strategy",
    "municipality_code",
    "municipality",
    "indicator",
    "title",
    "unit",
    "direction",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
    "year",
    "value",
    "preliminary",
    "women",
    "men",
    "status",
]
# The type of each column, for Parquet (strategy and the text columns are strings).
NUMBERS = {"baseline_value", "target_value", "value", "women", "men"}
YEARS = {"baseline_year", "target_year", "year"}
FLAGS = {"preliminary"}

_dumps = json.JSONEncoder(ensure_ascii=False).encode


def long_part(style_name: str, strategy: StrategyFile) -> str:
    """A strategy's rows without the strategy column, as a JSON list of CSV lines (what the
    workers call; module level so that spawned workers find it)."""
    from stratkit.progress.assess import verdict

    style = CsvStyle.excel() if style_name == "excel" else CsvStyle.plain()
    code, municipality = strategy.municipality.code, strategy.municipality.name
    lines = []
    for ind in strategy.indicators:
        direction = ind.inferred_direction
        head: list[object] = [code, municipality, ind.id, ind.title, ind.unit]
        head.append(direction.value if direction else None)
        for point in (ind.baseline, ind.target):
            head.extend((point.year, point.value) if point else (None, None))
        for year in sorted(ind.actual):
            found = actual_point(ind.actual[year])
            status = verdict(ind, year).status.value
            row = [*head, year, found.value, str(found.preliminary).lower()]
            row.extend((found.women, found.men, status))
            lines.append(csv_line(row, style))
    return _dumps(lines)


def long_document(parts: Iterable[tuple[str, str]], style: CsvStyle) -> Iterator[str]:
    end = style.newline
    yield style.start + csv_line(COLUMNS, style) + end
    for name, part in parts:
        first = csv_line([name], style) + style.separator
        lines = json.loads(part)
        if lines:
            yield "".join(first + line + end for line in lines)
