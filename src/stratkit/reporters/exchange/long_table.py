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
    """A strategy's rows as one line of JSON (a cache entry's line): for each indicator, the
    cells its rows share and what follows them on each row. The caller puts the strategy's
    name in front: a part is cached by the file's contents, so a renamed copy must not bring
    its old name. What the workers call; module level so that spawned workers find it."""
    from stratkit.progress.yearly import yearly_statuses

    style = CsvStyle.excel() if style_name == "excel" else CsvStyle.plain()
    separator = style.separator
    code, municipality = strategy.municipality.code, strategy.municipality.name
    indicators = []
    for ind in strategy.indicators:
        direction = ind.inferred_direction
        head: list[object] = [code, municipality, ind.id, ind.title, ind.unit]
        head.append(direction.value if direction else None)
        for point in (ind.baseline, ind.target):
            head.extend((point.year, point.value) if point else (None, None))
        # The same first cells on every row of the indicator: quoted once, and sent once (a
        # nation's parts are a third of the rows' text). The rest are numbers and codes,
        # which never need quotes.
        tails = []
        for year, status in yearly_statuses(ind, None, strategy.strategy.period):
            raw = ind.actual[year]
            kind = type(raw)
            if kind is int or kind is float:  # the common case first: a number, nothing else
                value = raw if kind is int else _number(raw, style)  # type: ignore[arg-type]
                tail = f"{year}{separator}{value}{separator}false{separator}{separator}"
            else:
                found = actual_point(raw)
                tail = separator.join(
                    (
                        str(year),
                        _number(found.value, style),
                        "true" if found.preliminary else "false",
                        _number(found.women, style),
                        _number(found.men, style),
                    )
                )
            # A status is a StrEnum: the text is its code.
            tails.append(f"{tail}{separator}{status}")
        indicators.append((csv_line(head, style), tails))
    return _dumps(indicators)


def _number(value: float | None, style: CsvStyle) -> str:
    if value is None:
        return ""
    if type(value) is int:
        return str(value)
    return repr(value).replace(".", style.decimal)


def long_document(parts: Iterable[tuple[str, str]], style: CsvStyle) -> Iterator[str]:
    """The table of (name, long_part) pairs: the header, then each strategy's rows."""
    separator, end = style.separator, style.newline
    yield style.start + csv_line(COLUMNS, style) + end
    for name, part in parts:
        first = csv_line([name], style) + separator
        rows: list[str] = []
        for head, tails in json.loads(part):
            start = first + head + separator
            rows.extend(start + tail + end for tail in tails)
        yield "".join(rows)
