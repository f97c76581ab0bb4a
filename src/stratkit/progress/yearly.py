"""Every indicator judged as of every year it has a value: the long table's statuses.

The long table judges each indicator in each of its years (360 000 times for a nation), so
this finds in one pass per indicator the points that `assess.verdict(indicator, year)` finds
for each year. The judging is left to the same rules, except in the most common case (the
linear method with a target), whose status is worked out inline with the same arithmetic in
the same order; tests/unit/test_long_table.py compares both with the rules year by year, on
every fixture and on generated indicators.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from stratkit.model.choices import Method
from stratkit.model.reported import value_of
from stratkit.progress.assess import WITH_TARGET, Value, Verdict, verdict_of_points
from stratkit.progress.statuses import Status

if TYPE_CHECKING:
    from stratkit.model.strategy import Indicator, Period


def yearly_verdicts(
    indicator: Indicator, method: Method | None = None, period: Period | None = None
) -> list[tuple[int, Verdict]]:
    """`verdict(indicator, year, method, period)` for every year with a value, oldest first."""
    actual = indicator.actual
    chosen = method or indicator.method or Method.LINEAR
    direction = indicator.inferred_direction
    target = Value(indicator.target.year, indicator.target.value) if indicator.target else None
    given = indicator.baseline
    baseline = Value(given.year, given.value) if given is not None else None
    verdicts = []
    for year, first in _baseline_years(indicator, period):
        if given is None and (baseline is None or baseline.year != first):
            baseline = Value.of(first, actual[first])
        latest = Value.of(year, actual[year])
        verdicts.append((year, verdict_of_points(direction, chosen, baseline, latest, target)))
    return verdicts


def yearly_statuses(
    indicator: Indicator, method: Method | None = None, period: Period | None = None
) -> list[tuple[int, Status]]:
    """The status of `yearly_verdicts`, only."""
    chosen = method or indicator.method or Method.LINEAR
    target, direction = indicator.target, indicator.inferred_direction
    if chosen is not Method.LINEAR or target is None or direction is None:
        return [(year, v.status) for year, v in yearly_verdicts(indicator, method, period)]
    # assess._cannot_judge and assess._judge for the linear method with a target.
    actual, given, d = indicator.actual, indicator.baseline, direction.sign
    ty, tv = target.year, target.value
    high, medium, low = WITH_TARGET
    statuses = []
    for ly, first in _baseline_years(indicator, period):
        by, bv = (given.year, given.value) if given else (first, value_of(actual[first]))
        lv = value_of(actual[ly])
        if (tv - bv) * d < 0 or ly <= by or ty <= by:
            status = Status.NOT_AVAILABLE
        elif (lv - tv) * d >= 0:
            status = Status.ACHIEVED
        elif ly >= ty:
            status = Status.MISSED
        elif not tv - bv:
            status = Status.DETERIORATING  # "hold the level", and not on its side
        else:
            pace = round(((lv - bv) / (tv - bv)) / ((ly - by) / (ty - by)), 9)
            status = (
                Status.ON_TRACK
                if pace >= high
                else Status.NEEDS_ACCELERATION
                if pace >= medium
                else Status.LIMITED_PROGRESS
                if pace >= low
                else Status.DETERIORATING
            )
        statuses.append((ly, status))
    return statuses


def _baseline_years(indicator: Indicator, period: Period | None) -> Iterator[tuple[int, int]]:
    """(year, the year of the value standing in for the baseline as of it) for every year with
    a value, oldest first: progress.period.baseline_year of the values known by then, which
    is the latest at or before the period's start, else the first."""
    start = period.start if period is not None else None
    years = sorted(indicator.actual)
    by_start = None
    for year in years:
        if start is not None and year <= start:
            by_start = year
        yield year, years[0] if by_start is None else by_start
