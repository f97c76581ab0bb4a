"""Is an indicator getting there? Published, testable rules; see docs/progress.md.

The rules follow Open SDG's progress measure (Statistics Canada's methodology as implemented
in sdg-build 2.4) for the `cagr` method and its no-target rule, and add a `linear` method that
compares the share of the way covered with the share of the time gone. Every result says why
when it cannot judge.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from stratkit.choices import Direction, Method
from stratkit.model import Indicator


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATING = "deteriorating"
    MISSED = "missed"
    NOT_AVAILABLE = "not_available"


class Reason(StrEnum):
    """Why an indicator could not be judged (`not_available`)."""

    NO_ACTUAL = "no_actual"
    NO_DIRECTION = "no_direction"
    DIRECTION_CONTRADICTS_TARGET = "direction_contradicts_target"
    NO_ACTUAL_AFTER_BASELINE = "no_actual_after_baseline"
    OPPOSITE_SIGNS = "opposite_signs"
    TARGET_NOT_AFTER_BASELINE = "target_not_after_baseline"


# Pace thresholds (on_track, needs_acceleration, limited_progress); below the last: deteriorating.
WITH_TARGET = (0.95, 0.6, 0.0)
# Without a target the pace is the annual growth itself (Open SDG's no-target rule).
WITHOUT_TARGET = (0.015, 0.005, 0.0)
# Open SDG replaces a zero baseline or target, which would divide by zero, with this.
ZERO_REPLACEMENT = 0.001


@dataclass(frozen=True, slots=True)
class Value:
    year: int
    value: float


@dataclass(frozen=True, slots=True)
class Assessment:
    indicator: Indicator
    method: Method
    status: Status
    direction: Direction | None
    baseline: Value | None
    baseline_inferred: bool  # no nuläge given: the earliest actual value stands in for it
    target: Value | None
    latest: Value | None
    series: tuple[Value, ...]  # the actual values up to the as-of year, oldest first
    progress: float | None = None  # share of the way from baseline to target covered
    expected: float | None = None  # share of the time from baseline to target year gone
    pace: float | None = None  # R: the number compared with the thresholds
    cagr_observed: float | None = None
    cagr_required: float | None = None
    reason: Reason | None = None


def assess(
    indicator: Indicator, as_of: int | None = None, method: Method | None = None
) -> Assessment:
    """Judge one indicator with the values known in `as_of` (all values when None)."""
    chosen = method or indicator.method or Method.LINEAR
    series = tuple(
        Value(year, value)
        for year, value in sorted(indicator.actual.items())
        if as_of is None or year <= as_of
    )
    target = Value(indicator.target.year, indicator.target.value) if indicator.target else None
    if indicator.baseline is not None:
        baseline: Value | None = Value(indicator.baseline.year, indicator.baseline.value)
    else:
        baseline = series[0] if series else None
    latest = series[-1] if series else None
    direction = _direction(indicator, baseline, target)
    base = Assessment(
        indicator=indicator,
        method=chosen,
        status=Status.NOT_AVAILABLE,
        direction=direction,
        baseline=baseline,
        baseline_inferred=indicator.baseline is None and baseline is not None,
        target=target,
        latest=latest,
        series=series,
    )
    reason = _cannot_judge(direction, baseline, target, latest)
    if reason is not None:
        return replace(base, reason=reason)
    assert baseline is not None
    assert latest is not None
    assert direction is not None
    return _judge(base, baseline, latest, target, direction.sign, chosen)


def _direction(
    indicator: Indicator, baseline: Value | None, target: Value | None
) -> Direction | None:
    if indicator.direction is not None:
        return indicator.direction
    if baseline is not None and target is not None and target.value != baseline.value:
        return Direction.INCREASE if target.value > baseline.value else Direction.DECREASE
    return None


def _cannot_judge(
    direction: Direction | None,
    baseline: Value | None,
    target: Value | None,
    latest: Value | None,
) -> Reason | None:
    if latest is None:
        return Reason.NO_ACTUAL
    if direction is None:
        return Reason.NO_DIRECTION
    if baseline and target and (target.value - baseline.value) * direction.sign < 0:
        return Reason.DIRECTION_CONTRADICTS_TARGET
    if baseline is None or latest.year <= baseline.year:
        return Reason.NO_ACTUAL_AFTER_BASELINE
    if target is not None and target.year <= baseline.year:
        return Reason.TARGET_NOT_AFTER_BASELINE
    return None


def _judge(
    base: Assessment,
    baseline: Value,
    latest: Value,
    target: Value | None,
    d: int,
    method: Method,
) -> Assessment:
    if target is not None:
        # The share of the way covered and of the time gone are shown whatever the method.
        expected = (latest.year - baseline.year) / (target.year - baseline.year)
        gap = target.value - baseline.value
        progress = (latest.value - baseline.value) / gap if gap else None
        base = replace(base, progress=progress, expected=expected)
        if (latest.value - target.value) * d >= 0:
            return replace(base, status=Status.ACHIEVED)
        if latest.year >= target.year:
            return replace(base, status=Status.MISSED)
        if progress is None:
            # "Hold the level": not on the right side of it means losing ground.
            return replace(base, status=Status.DETERIORATING)
        if method is Method.LINEAR:
            return _paced(base, progress / expected, WITH_TARGET)
    # Growth rates: the cagr method, and the no-target rule of both methods.
    start = baseline.value or ZERO_REPLACEMENT
    if _opposite_signs(start, latest.value):
        return replace(base, reason=Reason.OPPOSITE_SIGNS)
    observed = _cagr(start, latest.value, latest.year - baseline.year)
    s = -1 if start < 0 else 1
    base = replace(base, cagr_observed=observed)
    if target is None:
        return _paced(base, s * d * observed, WITHOUT_TARGET)
    goal = target.value or ZERO_REPLACEMENT
    if _opposite_signs(start, goal):
        return replace(base, reason=Reason.OPPOSITE_SIGNS)
    required = _cagr(start, goal, target.year - baseline.year)
    base = replace(base, cagr_required=required)
    return _paced(base, s * d * observed / abs(required), WITH_TARGET)


def _cagr(start: float, end: float, years: int) -> float:
    """Compound annual growth rate; both values have the same sign (or end is zero)."""
    return float((end / start) ** (1 / years) - 1)


def _opposite_signs(a: float, b: float) -> bool:
    return (a > 0 > b) or (a < 0 < b)


def _paced(base: Assessment, pace: float, thresholds: tuple[float, float, float]) -> Assessment:
    # Compare at 9 decimals: a pace that is exactly 1.5 % in decimal arithmetic must not fall
    # below the threshold because binary floating point made it 1.4999999999999902 %.
    rounded = round(pace, 9)
    high, medium, low = thresholds
    if rounded >= high:
        status = Status.ON_TRACK
    elif rounded >= medium:
        status = Status.NEEDS_ACCELERATION
    elif rounded >= low:
        status = Status.LIMITED_PROGRESS
    else:
        status = Status.DETERIORATING
    return replace(base, status=status, pace=pace)
