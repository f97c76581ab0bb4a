"""The indicator tables and initiatives as an Excel workbook that people fill in and send back.

Per strategy an indicator sheet (Nytta, Mätare, Nuläge, Målsättning, then Förverkligats per
year, in the file's language; under an indicator that has them, two locked grey rows of
women and men, shown only) and an initiatives sheet with the status as a drop-down list
and the date as text.
The sheets are protected without a password: the identifying columns are locked and only
the cells meant to be filled in are not, so that a slip of the mouse cannot change an id.
Two hidden columns (the file and the id) let `stratkit import` match rows by file and id,
whatever the person did to the order of rows.

openpyxl is imported by the caller's command only (this module is not imported elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from stratkit.exchange.rows import WOMEN_MEN, IndicatorRow, StrategyRows, women_men_id
from stratkit.model.choices import InitiativeStatus, Language
from stratkit.reporters.exchange.headers import (
    FILE,
    ID,
    indicator_headers,
    initiative_headers,
    prompts,
)
from stratkit.reporters.words.labels import COLUMNS, INITIATIVE, PRELIMINARY

UNLOCKED = Protection(locked=False)
HEADER_FONT = Font(bold=True)
FILL = PatternFill("solid", fgColor="FFF2CC")  # the cells to fill in, a pale yellow
SHOWN_ONLY = Font(italic=True, color="808080")  # women and men: shown, not filled in
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = 50
_BAD_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")


def write_workbook(
    strategies: Sequence[StrategyRows], path: Path, language: Language | None = None
) -> None:
    """Write `strategies` to `path` (language: each file's own, unless given)."""
    book = Workbook()
    for empty in list(book.worksheets):  # the one a new workbook starts with
        book.remove(empty)
    taken: set[str] = set()
    for rows in strategies:
        words = language or Language(rows.language)
        alone = len(strategies) == 1
        name = COLUMNS[words]["actual"] if alone else rows.name
        _indicator_sheet(book.create_sheet(_sheet_name(name, taken)), rows, words)
        initiative = COLUMNS[words]["initiative"]
        name = initiative if alone else f"{rows.name} {initiative}"
        _initiative_sheet(book.create_sheet(_sheet_name(name, taken)), rows, words)
    book.save(path)


def _indicator_sheet(sheet: Worksheet, rows: StrategyRows, language: Language) -> None:
    years = rows.years
    sheet.append(indicator_headers(language, years))
    for row in rows.indicators:
        metric = row.metric or ""
        if row.unit:
            metric = f"{metric} ({row.unit})" if metric else row.unit
        cells: list[object] = [row.file, row.id, row.title, metric]
        cells.append(row.baseline.value if row.baseline else None)
        cells.append(row.target.value if row.target else None)
        cells.extend(_value(row.actual.get(year)) for year in years)
        sheet.append(cells)
        line = sheet.max_row
        for column, point in ((5, row.baseline), (6, row.target)):
            if point is not None:
                # The number stays a number; its year is part of how it is shown.
                sheet.cell(line, column).number_format = f'General" ({point.year})"'
        for offset, year in enumerate(years):
            cell = sheet.cell(line, 7 + offset)
            cell.protection = UNLOCKED
            cell.fill = FILL
            found = row.actual.get(year)
            if found is not None and found.preliminary:
                # Shown only: the sheet's value stays the number (import reads the number).
                cell.number_format = f'General" {PRELIMINARY[language]}"'
        _women_men(sheet, row, years, language)
    first_value = 7
    last_row = max(sheet.max_row, 2)
    if years:
        area = f"{get_column_letter(first_value)}2:{get_column_letter(6 + len(years))}{last_row}"
        title, message = prompts(language)["decimal"]
        check = DataValidation(
            type="decimal",
            operator="between",
            formula1="-1E+15",
            formula2="1E+15",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=title,
            error=message,
        )
        sheet.add_data_validation(check)
        check.add(area)
    _finish(sheet, wrap_columns=(3, 4), freeze="D2")


def _women_men(sheet: Worksheet, row: IndicatorRow, years: list[int], language: Language) -> None:
    """Two locked grey rows under an indicator that has women and men: edited in the file."""
    if not row.has_women_men:
        return
    for part in WOMEN_MEN:
        label = COLUMNS[language][part]
        cells: list[object] = [row.file, women_men_id(row.id, part), label, None, None, None]
        cells.extend(_part(row.actual.get(year), part) for year in years)
        sheet.append(cells)
        for cell in sheet[sheet.max_row][2:]:
            cell.font = SHOWN_ONLY


def _part(point: object, part: str) -> object:
    return None if point is None else getattr(point, part, None)


def _value(point: object) -> object:
    return None if point is None else getattr(point, "value", None)


def _initiative_sheet(sheet: Worksheet, rows: StrategyRows, language: Language) -> None:
    sheet.append(initiative_headers(language))
    words = INITIATIVE[language]
    for item in rows.initiatives:
        status = words[InitiativeStatus(item.status)] if item.status else None
        sheet.append([item.file, item.id, item.title, ", ".join(item.goals), item.date, status])
        for column in (5, 6):  # the date and the status are filled in
            cell = sheet.cell(sheet.max_row, column)
            cell.protection = UNLOCKED
            cell.fill = FILL
        # Text, as the file writes it: Excel would turn a typed 2026-05 into 1 May 2026.
        sheet.cell(sheet.max_row, 5).number_format = "@"
    choices = [words[s] for s in InitiativeStatus]
    title, message = prompts(language)["status"]
    drop_down = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=title,
        error=message.format(choices=", ".join(choices)),
    )
    sheet.add_data_validation(drop_down)
    drop_down.add(f"F2:F{max(sheet.max_row, 2)}")
    _finish(sheet, wrap_columns=(3,), freeze="D2")


def _finish(sheet: Worksheet, wrap_columns: tuple[int, ...], freeze: str) -> None:
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if cell.data_type == "f":
                # openpyxl takes text beginning with '=' for a formula: keep it text, marked
                # as Excel marks a typed '=…' (quote prefix), so that it is never run.
                cell.data_type = "s"
                cell.quotePrefix = True
    for cell in sheet[1]:
        cell.font = HEADER_FONT
    for number, column in enumerate(sheet.iter_cols(min_row=1), start=1):
        letter = get_column_letter(number)
        longest = max((len(_shown(c.value, c.number_format)) for c in column), default=8)
        sheet.column_dimensions[letter].width = min(max(longest + 2, 8), MAX_WIDTH)
        if number in wrap_columns:
            for cell in column[1:]:
                cell.alignment = WRAP
    for hidden in (FILE, ID):
        sheet.column_dimensions[get_column_letter(hidden)].hidden = True
    sheet.freeze_panes = freeze
    # Protected without a password: people can still widen columns and rows, and anyone
    # who must can lift the protection; `import` reports a changed id or title anyway.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _shown(value: object, number_format: str) -> str:
    if value is None:
        return ""
    suffix = number_format.split('"')[1] if '"' in number_format else ""
    return str(value) + suffix


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARACTERS.sub("-", wanted)[:31] or "-"
    name, number = base, 2
    while name.lower() in taken:
        tail = f" ({number})"
        name, number = base[: 31 - len(tail)] + tail, number + 1
    taken.add(name.lower())
    return name
