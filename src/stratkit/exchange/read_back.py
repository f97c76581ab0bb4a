"""Read an exported sheet back (xlsx or CSV): rows keyed by file and id, every value cell
read as a number or refused with the sheet and cell it is in (`Förverkligats!F7`).

The headings may be in any language (Vocabulary, given by the caller, who knows the words);
a year column is a heading that ends in a year. Rows are never matched by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from stratkit.exchange.formulas import unneutralise
from stratkit.exchange.rows import women_men_part
from stratkit.i18n import N_, _
from stratkit.model.values import AMBIGUOUS_POINT, ValueProblem, parse_number

Number = int | float
_YEAR = re.compile(r"^(.*?)\s*(\d{4})$")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    headings: dict[str, str]  # heading (casefolded) -> key: file, id, indicator, actual, …
    statuses: dict[str, str]  # status word (casefolded) -> planned, ongoing, done, cancelled


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # Förverkligats!F7
    message: str
    hint: str


@dataclass(frozen=True, slots=True)
class Found:
    """A cell read back: where it is and what it holds (None: empty)."""

    where: str
    value: object
    # The text of a number like 30.250 (read here as 30.25): thirty thousand to a Swedish or
    # Finnish reader, so the file's language decides whether it may be read at all (changes).
    ambiguous: str | None = None


@dataclass(slots=True)
class SheetRow:
    kind: str  # indicator, initiative, or women or men (the rows shown under an indicator)
    file: str
    id: str
    where: str  # the row, for messages: Förverkligats!7
    title: Found | None = None
    values: dict[int, Found] = field(default_factory=dict)  # year -> number or None
    status: Found | None = None  # planned, ongoing, done, cancelled, or None
    date: Found | None = None  # an initiative's date as the file writes it (2026-05), or None


@dataclass(slots=True)
class ReadBack:
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_grid(sheet: str, grid: list[list[object]], words: Vocabulary, into: ReadBack) -> None:
    """Add the rows of one sheet (a grid of cell values, header first) to `into`."""
    if not grid:
        return
    columns = _columns(grid[0], words)
    if "file" not in columns.values() or "id" not in columns.values():
        return  # not a sheet stratkit wrote (a note the person added, say)
    kind = "initiative" if "status" in columns.values() else "indicator"
    for number, cells in enumerate(grid[1:], start=2):
        if all(_blank(c) for c in cells):
            continue
        by_key: dict[str, tuple[str, object]] = {}
        values: dict[int, Found] = {}
        for index, key in columns.items():
            raw = cells[index] if index < len(cells) else None
            where = f"{sheet}!{_letter(index)}{number}"
            if isinstance(key, int):
                text = raw.strip() if isinstance(raw, str) else ""
                ambiguous = text if AMBIGUOUS_POINT.match(text) else None
                values[key] = Found(where, _number(raw, where, into), ambiguous)
            else:
                by_key[key] = (where, raw)
        file, ident = _text(by_key["file"][1]), _text(by_key["id"][1])
        if not file or not ident:
            into.problems.append(
                Problem(
                    f"{sheet}!{number}",
                    _("row {row} has no file or id").format(row=number),
                    _("add new indicators and initiatives in the strategy file, not the sheet"),
                )
            )
            continue
        shown = women_men_part(ident) if kind == "indicator" else None
        if shown is not None:  # women or men under an indicator: compared, never applied
            into.rows.append(SheetRow(shown[1], file, shown[0], f"{sheet}!{number}", values=values))
            continue
        row = SheetRow(kind, file, ident, f"{sheet}!{number}", values=values)
        title_key = "indicator" if kind == "indicator" else "initiative"
        if title_key in by_key:
            row.title = Found(by_key[title_key][0], _text(by_key[title_key][1]))
        if kind == "initiative" and "status" in by_key:
            where, raw = by_key["status"]
            row.status = Found(where, _status(raw, where, words, into))
        if kind == "initiative" and "date" in by_key:
            where, raw = by_key["date"]
            row.date = Found(where, _date(raw, where, into))
        into.rows.append(row)


def _columns(header: list[object], words: Vocabulary) -> dict[int, str | int]:
    """Column index -> key, or -> year for a value column."""
    columns: dict[int, str | int] = {}
    for index, heading in enumerate(header):
        if isinstance(heading, int) and 1900 <= heading <= 2100:
            columns[index] = heading
            continue
        text = _text(heading).casefold()
        if text in words.headings:
            columns[index] = words.headings[text]
            continue
        match = _YEAR.match(text)
        if match and (not match.group(1) or words.headings.get(match.group(1)) == "actual"):
            columns[index] = int(match.group(2))
    return columns


def _number(raw: object, where: str, into: ReadBack) -> Number | None:
    if _blank(raw):
        return None
    if isinstance(raw, datetime | date | time):
        found = _("a date ({date})").format(date=raw)
    elif isinstance(raw, str) and raw.startswith("="):
        found = _("the formula {formula}").format(formula=raw)
    else:
        text = unneutralise(raw.strip()) if isinstance(raw, str) else raw
        try:
            return parse_number(text)
        except ValueProblem:
            found = f"'{raw}'"
    _refuse(into, where, found, "number")
    return None


def _status(raw: object, where: str, words: Vocabulary, into: ReadBack) -> str | None:
    text = _text(raw)
    if not text:
        return None
    found = words.statuses.get(text.casefold())
    if found is None:
        _refuse(into, where, text, "status")
    return found


def _date(raw: object, where: str, into: ReadBack) -> str | None:
    """A date as the format writes it: a year, YYYY-MM or YYYY-MM-DD."""
    from stratkit.model.value_types import parse_date_text  # pydantic: only import needs it

    if _blank(raw):
        return None
    if isinstance(raw, datetime) and raw.time() == time():
        raw = raw.date()
    if isinstance(raw, date) and not isinstance(raw, datetime):
        text = raw.isoformat()  # a date Excel recognised in what was typed
    elif isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    else:
        text = _text(raw)
    try:
        return parse_date_text(text)
    except ValueProblem:
        _refuse(into, where, text, "date")
        return None


# Why a value cell is refused (said with the cell and what it holds), and how to put it right.
_REFUSED = {
    "number": (
        N_("{where}: {found} is not a number"),
        N_("type the number alone, such as 30381 or 1,7, or empty the cell"),
    ),
    "status": (
        N_("{where}: '{found}' is not a status"),
        N_("choose a status from the cell's drop-down list"),
    ),
    "date": (
        N_("{where}: '{found}' is not a date"),
        N_("write the date as YYYY-MM-DD, such as 2026-05-12, or YYYY-MM, or the year"),
    ),
}


def _refuse(into: ReadBack, where: str, found: str, expected: str) -> None:
    message, hint = _REFUSED[expected]
    into.problems.append(Problem(where, _(message).format(where=where, found=found), _(hint)))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if value is None:
        return ""
    return unneutralise(str(value).strip())


def _letter(index: int) -> str:
    """The spreadsheet's name of a 0-based column: 0 -> A, 26 -> AA."""
    name, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name
