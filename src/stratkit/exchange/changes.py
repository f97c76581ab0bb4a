"""What a sheet that came back would change in the strategy files, validated and not applied.

Rows are matched by file and id. A new or corrected value, status or date is a change to
apply; a value or date emptied in the sheet is reported and deleted only when the person
says so (--allow-delete); an emptied status, a changed title, an unknown id or a figure
typed into the rows of women and men is reported and never applied. A cell that cannot be
read is a problem (read_back) and is neither a change nor a deletion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from stratkit.exchange.read_back import Problem, ReadBack, SheetRow
from stratkit.exchange.rows import ActualPoint, IndicatorRow, InitiativeRow, StrategyRows
from stratkit.i18n import _

# Kinds of change, in the order they are shown.
ADDED = "value_added"
CHANGED = "value_changed"
CLEARED = "value_cleared"  # applied (deleted) only with allow_delete
STATUS = "status_changed"
STATUS_CLEARED = "status_cleared"  # never applied: a status is taken out in the strategy file
DATE = "date_changed"
DATE_CLEARED = "date_cleared"  # applied (deleted) only with allow_delete
TITLE = "title_changed"  # never applied: titles are edited in the strategy file
UNKNOWN = "unknown_id"  # never applied: new rows are added in the strategy file
# Never applied: women and men are edited in the strategy file.
WOMEN_CHANGED, MEN_CHANGED = "women_changed", "men_changed"

Row = TypeVar("Row", IndicatorRow, InitiativeRow)


@dataclass(frozen=True, slots=True)
class Change:
    file: str
    kind: str
    id: str
    where: str  # the cell (Förverkligats!F7) or row it comes from
    applies: bool  # whether --write would make it
    year: int | None = None
    old: object = None
    new: object = None
    # A changed year's other details (preliminary, women, men, note), which the sheet does
    # not carry: the new value keeps them.
    kept: ActualPoint | None = None


@dataclass(slots=True)
class Changes:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def to_apply(self) -> list[Change]:
        return [c for c in self.changes if c.applies]


def compute_changes(
    read: ReadBack, strategies: Mapping[str, StrategyRows], *, allow_delete: bool = False
) -> Changes:
    """Compare the rows read back with the strategies (by file name); the rows of a file
    that is not among them are reported once for the file."""
    result = Changes(problems=list(read.problems))
    unreadable = {p.where for p in read.problems}
    seen: dict[tuple[str, str, str], str] = {}
    unread: set[str] = set()  # files named in the sheet that are not among `strategies`
    for row in read.rows:
        key = (row.kind, row.file, row.id)
        if key in seen:
            result.problems.append(
                Problem(
                    row.where,
                    _("'{id}' of {file} appears twice in the sheet ({first} and {second})").format(
                        id=row.id, file=row.file, first=seen[key], second=row.where
                    ),
                    _("delete one of the two rows"),
                )
            )
            continue
        seen[key] = row.where
        strategy = strategies.get(row.file)
        if strategy is None:
            if row.file not in unread:
                unread.add(row.file)
                result.problems.append(_unread(row))
            continue
        compare = _COMPARE.get(row.kind, _women_men)
        compare(row, strategy, _Reading(unreadable, allow_delete, result))
    return result


def _unread(row: SheetRow) -> Problem:
    """Once per file: the command refuses a sheet naming files that are not in the folder
    (exit 2), so a file missing here is one that was left out for its errors."""
    return Problem(
        row.where,
        _("the rows of {file} were not compared: the file has errors (listed above)").format(
            file=row.file
        ),
        _("fix the errors in {file} (stratkit validate lists them) and import again").format(
            file=row.file
        ),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """What comparing one row needs besides the row and its strategy."""

    unreadable: set[str]  # cells already reported as unreadable: not compared
    allow_delete: bool
    result: Changes


def _indicator(row: SheetRow, strategy: StrategyRows, reading: _Reading) -> None:
    unreadable, allow_delete, result = reading.unreadable, reading.allow_delete, reading.result
    known = _known(row, strategy.indicators, result)
    if known is None:
        return
    for year, found in sorted(row.values.items()):
        if found.where in unreadable:
            continue
        if found.ambiguous and strategy.language in ("sv", "fi"):
            result.problems.append(_ambiguous(found.where, found.ambiguous))
            continue
        point = known.actual.get(year)
        old = None if point is None else point.value
        new = found.value
        if new is None and old is not None:
            result.changes.append(
                Change(row.file, CLEARED, row.id, found.where, allow_delete, year, old, None)
            )
        elif new is not None and old is None:
            result.changes.append(
                Change(row.file, ADDED, row.id, found.where, True, year, None, new)
            )
        elif new is not None and old is not None and new != old:
            kept = point if point is not None and _has_details(point) else None
            result.changes.append(
                Change(row.file, CHANGED, row.id, found.where, True, year, old, new, kept)
            )


def _women_men(row: SheetRow, strategy: StrategyRows, reading: _Reading) -> None:
    """The row of women or men under an indicator: shown only, so a figure typed into it
    is reported and never applied (an unknown indicator is reported by its own row)."""
    known = next((item for item in strategy.indicators if item.id == row.id), None)
    if known is None:
        return
    kind = WOMEN_CHANGED if row.kind == "women" else MEN_CHANGED
    for year, found in sorted(row.values.items()):
        if found.where in reading.unreadable:
            continue
        point = known.actual.get(year)
        old = None if point is None else getattr(point, row.kind)
        if found.value != old:
            reading.result.changes.append(
                Change(row.file, kind, row.id, found.where, False, year, old, found.value)
            )


def _has_details(point: ActualPoint) -> bool:
    return point.preliminary or point.women is not None or point.men is not None or bool(point.note)


def _ambiguous(where: str, text: str) -> Problem:
    """The rule of the file itself (validate, STK201): in a Swedish or Finnish file a point
    followed by exactly three digits may separate thousands as well as decimals."""
    sign = "-" if text.startswith("-") else ""
    whole, _point, frac = text.lstrip("+-").partition(".")
    decimals = frac.rstrip("0")
    decimal = f"{sign}{whole},{decimals}" if decimals else f"{sign}{whole}"
    return Problem(
        where,
        _(
            "{where}: '{found}' is ambiguous: {thousands} (a point between thousands) or "
            "{decimal} (a decimal point)"
        ).format(where=where, found=text, thousands=f"{sign}{whole} {frac}", decimal=decimal),
        _("type {thousands} or {decimal} (with a decimal comma) in the cell").format(
            thousands=f"{sign}{whole}{frac}", decimal=decimal
        ),
    )


def _initiative(row: SheetRow, strategy: StrategyRows, reading: _Reading) -> None:
    unreadable, allow_delete, result = reading.unreadable, reading.allow_delete, reading.result
    known = _known(row, strategy.initiatives, result)
    if known is None:
        return
    found = row.status
    if found is not None and found.where not in unreadable and found.value != known.status:
        if found.value is None:
            change = Change(row.file, STATUS_CLEARED, row.id, found.where, False, old=known.status)
        else:
            change = Change(
                row.file, STATUS, row.id, found.where, True, old=known.status, new=found.value
            )
        result.changes.append(change)
    found = row.date
    if found is not None and found.where not in unreadable and found.value != known.date:
        kind, applies = (DATE_CLEARED, allow_delete) if found.value is None else (DATE, True)
        result.changes.append(
            Change(row.file, kind, row.id, found.where, applies, old=known.date, new=found.value)
        )


def _known(row: SheetRow, rows: Sequence[Row], result: Changes) -> Row | None:
    """The strategy's row with the sheet row's id, its title compared; an unknown id is
    reported instead."""
    known = next((item for item in rows if item.id == row.id), None)
    if known is None:
        result.changes.append(Change(row.file, UNKNOWN, row.id, row.where, False))
    else:
        _title(row, known.title, result)
    return known


def _title(row: SheetRow, title: str, result: Changes) -> None:
    if row.title is not None and row.title.value and row.title.value != title.strip():
        result.changes.append(
            Change(row.file, TITLE, row.id, row.title.where, False, None, title, row.title.value)
        )


_COMPARE = {"indicator": _indicator, "initiative": _initiative}
