"""The indicator tables as one CSV (one row per indicator, a column per year): the sheet of
the workbook for those who prefer CSV, and what `stratkit import` reads back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from stratkit.exchange.rows import WOMEN_MEN, StrategyRows, women_men_id
from stratkit.model.choices import Language
from stratkit.reporters.exchange.headers import indicator_headers
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line
from stratkit.reporters.words.labels import COLUMNS


def wide_csv(
    strategies: Sequence[StrategyRows], language: Language, style: CsvStyle
) -> Iterator[str]:
    years = sorted({year for rows in strategies for year in rows.years})
    end = style.newline
    yield style.start + csv_line(indicator_headers(language, years), style) + end
    for rows in strategies:
        for row in rows.indicators:
            metric = row.metric or ""
            if row.unit:
                metric = f"{metric} ({row.unit})" if metric else row.unit
            cells: list[object] = [row.file, row.id, row.title, metric]
            for point in (row.baseline, row.target):
                # Reference only, not read back: the number and its year in one cell.
                cells.append(
                    None if point is None else f"{_plain(point.value, style)} ({point.year})"
                )
            for year in years:
                found = row.actual.get(year)
                cells.append(None if found is None else found.value)
            yield csv_line(cells, style) + end
            if not row.has_women_men:
                continue
            for part in WOMEN_MEN:  # shown, not read back: edited in the strategy file
                shown: list[object] = [row.file, women_men_id(row.id, part)]
                shown += [COLUMNS[language][part], None, None, None]
                for year in years:
                    found = row.actual.get(year)
                    shown.append(None if found is None else getattr(found, part))
                yield csv_line(shown, style) + end


def _plain(value: float, style: CsvStyle) -> str:
    return repr(value).replace(".", style.decimal) if isinstance(value, float) else str(value)
