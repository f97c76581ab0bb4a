"""A strategy's indicator table and initiatives as rows: what export writes and import reads
back, identified by file and id, never by position.

A year's actual is read through `actual_point`, the one place that knows its shape: a number
today, a mapping {value, preliminary, women, men, note} in format 1.1 (issue 12). Everything
here and downstream uses ActualPoint, so the long table and the workbook fill the
preliminary, women and men columns as soon as the model carries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratkit.model.strategy import Initiative, Point, StrategyFile

Number = int | float

# The rows under an indicator that show its women and men (read-only in the sheet): their id
# is the indicator's with one of these suffixes, which no id can have (ids are slugs).
WOMEN_MEN = ("women", "men")
_SUFFIX = "#"


def women_men_id(ident: str, part: str) -> str:
    """The id of the row of `part` (women or men) under indicator `ident`: ind#women."""
    return f"{ident}{_SUFFIX}{part}"


def women_men_part(ident: str) -> tuple[str, str] | None:
    """(indicator id, women or men) for the id of such a row, else None."""
    base, mark, part = ident.rpartition(_SUFFIX)
    return (base, part) if mark and base and part in WOMEN_MEN else None


@dataclass(frozen=True, slots=True)
class ActualPoint:
    value: Number | None
    preliminary: bool = False
    women: Number | None = None
    men: Number | None = None
    note: str | None = None


def actual_point(raw: object) -> ActualPoint:
    """One year's actual as the model holds it, in either shape."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return ActualPoint(raw)
    if isinstance(raw, dict):
        get = raw.get
    else:

        def get(key: str, default: object = None) -> object:
            return getattr(raw, key, default)

    value, women, men, note = get("value"), get("women"), get("men"), get("note")
    return ActualPoint(
        value if isinstance(value, int | float) else None,
        bool(get("preliminary", False)),
        women if isinstance(women, int | float) else None,
        men if isinstance(men, int | float) else None,
        note if isinstance(note, str) else None,
    )


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    file: str  # the strategy file's name, e.g. kasko.yaml
    id: str
    title: str
    metric: str | None
    unit: str | None
    direction: str | None
    baseline: Point | None  # as the model holds it: year and value
    target: Point | None
    actual: dict[int, ActualPoint]

    @property
    def has_women_men(self) -> bool:
        return any(p.women is not None or p.men is not None for p in self.actual.values())


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    file: str
    id: str
    title: str
    goals: tuple[str, ...]
    date: str | None
    status: str | None  # planned, ongoing, done, cancelled (the English value) or None


@dataclass(frozen=True, slots=True)
class StrategyRows:
    file: str
    name: str
    language: str
    title: str
    municipality: str
    municipality_code: str | None
    indicators: tuple[IndicatorRow, ...]
    initiatives: tuple[InitiativeRow, ...]

    @property
    def years(self) -> list[int]:
        """Every year from the first reported one to the year after the last, so that the
        next year's column is there to fill in."""
        reported = [year for row in self.indicators for year in row.actual]
        if not reported:
            return []
        return list(range(min(reported), max(reported) + 2))


def strategy_rows(file: str, name: str, strategy: StrategyFile) -> StrategyRows:
    indicators = tuple(
        IndicatorRow(
            file,
            ind.id,
            ind.title,
            ind.metric,
            ind.unit,
            direction.value if (direction := ind.inferred_direction) else None,
            ind.baseline,
            ind.target,
            {year: actual_point(raw) for year, raw in sorted(ind.actual.items())},
        )
        for ind in strategy.indicators
    )
    initiatives = tuple(
        InitiativeRow(
            file,
            item.id,
            item.title,
            tuple(item.goals),
            item.date,
            _latest_status(item),
        )
        for item in strategy.initiatives
    )
    return StrategyRows(
        file,
        name,
        strategy.language.value,
        strategy.strategy.title,
        strategy.municipality.name,
        strategy.municipality.code,
        indicators,
        initiatives,
    )


def _latest_status(item: Initiative) -> str | None:
    """The status as it stands now (the newest of a status history)."""
    status = item.status_in()
    return status.value if status is not None else None
