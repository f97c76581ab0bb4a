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


# Stands for the strategy's name at the start of each row of a part: a part is cached by the
# file's contents, so a renamed copy must not bring its old name. NUL cannot occur in text
# read from YAML, which refuses it.
NAME = "\x00"


def long_part(style_name: str, strategy: StrategyFile) -> str:
    """A strategy's rows, each starting with NAME, as one JSON string (a cache entry's line):
    the caller puts the name in with one replace. What the workers call; module level so
    that spawned workers find it."""
    from stratkit.progress.yearly import yearly_statuses

    style = CsvStyle.excel() if style_name == "excel" else CsvStyle.plain()
    separator, end = style.separator, style.newline
    code, municipality = strategy.municipality.code, strategy.municipality.name
    lines = []
    for ind in strategy.indicators:
        direction = ind.inferred_direction
        head: list[object] = [code, municipality, ind.id, ind.title, ind.unit]
        head.append(direction.value if direction else None)
        for point in (ind.baseline, ind.target):
            head.extend((point.year, point.value) if point else (None, None))
        # The same first cells on every row of the indicator: quoted once. The rest are
        # numbers and codes, which never need quotes.
        start = NAME + csv_line(head, style) + separator
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
            lines.append(start + tail + separator + status + end)
    return _dumps("".join(lines))


def _number(value: float | None, style: CsvStyle) -> str:
    if value is None:
        return ""
    if type(value) is int:
        return str(value)
    return repr(value).replace(".", style.decimal)


def long_document(parts: Iterable[tuple[str, str]], style: CsvStyle) -> Iterator[str]:
    end = style.newline
    yield style.start + csv_line(COLUMNS, style) + end
    for name, part in parts:
        yield json.loads(part).replace(NAME, csv_line([name], style) + style.separator)
