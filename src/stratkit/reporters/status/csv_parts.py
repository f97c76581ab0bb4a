"""Status as CSV made one strategy at a time, in the worker that validated the file, and
joined here: the same bytes as reporters.status.csv, without 600 models or pandas.

Each part holds its strategy's rows (the cells of reporters.status.csv.indicator_cells),
each starting with a stand-in for the strategy's name: the cache keys a part on the file's
contents, so a renamed copy must not bring its old name along.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from stratkit.reporters import RenderOptions
from stratkit.reporters.status.csv import COLUMNS, indicator_cells
from stratkit.reporters.text import safe
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line

if TYPE_CHECKING:
    from stratkit.model.choices import Method
    from stratkit.model.strategy import StrategyFile
    from stratkit.validation.status import StatusParts

_dumps = json.JSONEncoder(ensure_ascii=False).encode
# Stands for the strategy's name at the start of each row: every cell passes through
# safe.csv_cell, which shows NUL as a symbol, so a row never holds one of its own.
NAME = "\x00"


def part(
    as_of: int | None, method: Method | None, today: int | None, strategy: StrategyFile
) -> str:
    """One strategy's rows for `--format csv`, after its language and a tab; what the workers
    call (validation.products), with everything the text depends on before the strategy.
    (`--excel` is written of the models: its words follow the reader's language.)"""
    from stratkit.progress.rollup import strategy_status

    style = CsvStyle.plain()
    status = strategy_status("", strategy, as_of, method, today)
    municipality = safe.csv_cell(strategy.municipality.name)
    start, end = NAME + style.separator, style.newline
    # The cells are ready as they are: text passed safe.csv_cell in indicator_cells, the
    # codes never start a formula, and plain CSV writes numbers as Python does.
    rows_text = "".join(
        start + csv_line(indicator_cells(a, municipality), style, ready=True) + end
        for a in status.assessments
    )
    # As a JSON string, the rows are one line of a cache entry whatever their line ends.
    return f"{strategy.language.value}\t{_dumps(rows_text)}"


def render(result: StatusParts, options: RenderOptions) -> Iterator[str]:
    """The CSV of the parts, as reporters.status.csv.render writes it of the models, piece
    by piece."""
    style = CsvStyle.plain()
    yield style.start + csv_line(COLUMNS, style) + style.newline
    for name, made in result.parts:
        rows = json.loads(made[made.index("\t") + 1 :])
        yield rows.replace(NAME, csv_line([safe.csv_cell(name)], style))
