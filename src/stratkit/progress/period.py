"""Judgement within the strategy's period (docs/progress.md, "The strategy's period").

A strategy for 2024–2030 is not judged from a value of 2019, and a project of 2011–2012 is
not judged on the population of 2024: with a `period`, the inferred baseline is the latest
value at or before the period's start (else the first inside it), and without `--as-of` an
indicator is judged as of the period's last year, the values after it shown apart.
Without a period the rules of assess stand unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratkit.model.strategy import Indicator, Period, StrategyFile


def baseline_year(years: Iterable[int], start: int | None) -> int:
    """The year whose value stands in for a missing baseline; `years` is not empty.

    Without a period start the earliest value; with one, the latest value at or before the
    start (the state when the strategy began), else the first value inside the period.
    """
    known = list(years)
    if start is None:
        return min(known)
    before = [year for year in known if year <= start]
    return max(before) if before else min(known)


def judged_year(as_of: int | None, period: Period | None, over: bool = False) -> int | None:
    """The year judged: `--as-of` when given, else the period's last year once the period is
    `over` (later values are kept apart), else None: every value, the newest judged.

    While the period runs no value can be newer than the current year, so its last year would
    only be a year nothing is judged at (the figures are those of the newest value): saying
    2030 beside a 2024 judgement misleads the reader of the report and of the JSON.
    """
    if as_of is not None:
        return as_of
    return period.end if period is not None and over else None


def ended(strategy: StrategyFile, as_of: int | None, today: int | None) -> bool:
    """Whether, without --as-of, the strategy is judged at the end of a period that is over.

    The period is over when the calendar says so (`today`, the current year, when known) or
    when the file already reports anything for a year after it: a value, an analysis, an
    assessment or an initiative's status.
    """
    period = strategy.strategy.period
    if as_of is not None or period is None:
        return False
    if today is not None and today > period.end:
        return True
    # The newest year of each mapping is enough (a national run asks this of 600 files).
    mappings: list[Mapping[int, object]] = [
        m for i in strategy.indicators for m in (i.actual, i.analysis, i.assessment)
    ]
    mappings += [i.status for i in strategy.initiatives if isinstance(i.status, dict)]
    return any(max(years) > period.end for years in mappings if years)


def later_years(indicator: Indicator, end: int) -> list[int]:
    """The years after `end` for which the indicator reports a value, oldest first."""
    return sorted(year for year in indicator.actual if year > end)
