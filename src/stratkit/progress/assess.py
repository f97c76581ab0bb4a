"""Is an indicator getting there? Published, testable rules; see docs/progress.md.

The rules follow Open SDG's progress measure (Statistics Canada's methodology as implemented
in sdg-build 2.4) for the `cagr` method and its no-target rule, and add a `linear` method that
compares the share of the way covered with the share of the time gone. Every result says why
when it cannot judge.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Generic, TypeVar

from stratkit.model.choices import Direction, Method
from stratkit.model.reported import Reported
from stratkit.model.strategy import Indicator, Period
from stratkit.progress.people import Analysis, Judged, analysis, disagrees, final_status, judged
from stratkit.progress.period import baseline_year, later_years
from stratkit.progress.statuses import Reason, Status

T = TypeVar("T")

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
    preliminary: bool = False
    women: float | None = None
    men: float | None = None

    @classmethod
    def of(cls, year: int, entry: float | Reported) -> Value:
        """A reported year as a point: its figure, and the details a mapping gives."""
        if isinstance(entry, Reported):
            return cls(year, entry.value, entry.preliminary, entry.women, entry.men)
        return cls(year, entry)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the rules conclude; the numbers are None where they are undefined."""

    status: Status = Status.NOT_AVAILABLE
    reason: Reason | None = None
    progress: float | None = None  # share of the way from baseline to target covered
    expected: float | None = None  # share of the time from baseline to target year gone
    pace: float | None = None  # R: the number compared with the thresholds
    cagr_observed: float | None = None
    cagr_required: float | None = None


class _FromVerdict(Generic[T]):
    """One of the verdict's findings, read through the assessment that holds the verdict."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, assessment: Assessment, owner: type | None = None) -> T:
        found: T = getattr(assessment.verdict, self.name)
        return found


@dataclass(frozen=True, slots=True)
class Assessment:
    indicator: Indicator
    as_of: int | None
    method: Method
    direction: Direction | None
    baseline: Value | None
    baseline_inferred: bool  # no nuläge given: an actual value stands in (progress.period)
    target: Value | None
    latest: Value | None
    verdict: Verdict
    # Judged at the end of a period that is over: the newest value reported after it.
    after_period: Value | None = None
    judged: Judged | None = None  # the latest assessment by people known in as_of
    analysis: Analysis | None = None  # the latest analysis known in as_of

    @property
    def status(self) -> Status:
        """The rules' status, or, when they cannot judge, the one people assessed."""
        return final_status(self.verdict.status, self.judged)

    @property
    def computed_status(self) -> Status:
        return self.verdict.status

    @property
    def assessed(self) -> bool:
        """Whether the status shown is the people's, not the rules'."""
        return self.judged is not None and self.verdict.status is Status.NOT_AVAILABLE

    @property
    def disagrees(self) -> bool:
        """Whether people assessed a status other than the rules computed."""
        return disagrees(self.verdict.status, self.judged)

    # The verdict's findings, read as the assessment's own: `a.pace` is `a.verdict.pace`.
    reason = _FromVerdict[Reason | None]()
    progress = _FromVerdict[float | None]()
    expected = _FromVerdict[float | None]()
    pace = _FromVerdict[float | None]()
    cagr_observed = _FromVerdict[float | None]()
    cagr_required = _FromVerdict[float | None]()

    @property
    def series(self) -> tuple[Value, ...]:
        """The actual values up to the as-of year, oldest first (for trends)."""
        return tuple(
            Value.of(year, value)
            for year, value in sorted(self.indicator.actual.items())
            if self.as_of is None or year <= self.as_of
        )


def assess(
    indicator: Indicator,
    as_of: int | None = None,
    method: Method | None = None,
    period: Period | None = None,
    *,
    period_ended: bool = False,
) -> Assessment:
    """Judge one indicator with the values known in `as_of` (all values when None).

    With the strategy's `period`, a missing baseline is inferred within it (progress.period);
    `period_ended` says `as_of` is the end of a period that is over, whose later values are
    kept apart in `after_period`.
    """
    chosen = method or indicator.method or Method.LINEAR
    start = period.start if period is not None else None
    baseline, latest, target = _points(indicator, as_of, start)
    direction = indicator.inferred_direction
    after = None
    if period_ended and as_of is not None:
        later = later_years(indicator, as_of)
        after = Value.of(later[-1], indicator.actual[later[-1]]) if later else None
    return Assessment(
        indicator=indicator,
        as_of=as_of,
        method=chosen,
        direction=direction,
        baseline=baseline,
        baseline_inferred=indicator.baseline is None and baseline is not None,
        target=target,
        latest=latest,
        verdict=verdict_of_points(direction, chosen, baseline, latest, target),
        after_period=after,
        judged=judged(indicator, as_of),
        analysis=analysis(indicator, as_of),
    )


def verdict(
    indicator: Indicator,
    as_of: int | None = None,
    method: Method | None = None,
    period: Period | None = None,
) -> Verdict:
    """What `assess` concludes, without the rest of the assessment (for overviews)."""
    chosen = method or indicator.method or Method.LINEAR
    start = period.start if period is not None else None
    direction = indicator.inferred_direction
    return verdict_of_points(direction, chosen, *_points(indicator, as_of, start))


def _points(
    indicator: Indicator, as_of: int | None, start: int | None = None
) -> tuple[Value | None, Value | None, Value | None]:
    """Baseline, latest value and target known in `as_of`.

    Runs once per indicator and year asked for (24 000 of them for a national run): only the
    first and last known years are needed, not the whole series.
    """
    actual = indicator.actual
    latest = baseline = None
    years: Collection[int] = actual.keys()
    last = max(years) if years else None
    if as_of is not None and last is not None and last > as_of:
        years = [y for y in actual if y <= as_of]
        last = max(years) if years else None
    if last is not None:
        latest = Value.of(last, actual[last])
    target = Value(indicator.target.year, indicator.target.value) if indicator.target else None
    if indicator.baseline is not None:
        baseline = Value(indicator.baseline.year, indicator.baseline.value)
    elif years:
        first = baseline_year(years, start)
        baseline = Value.of(first, actual[first])
    return baseline, latest, target


def verdict_of_points(
    direction: Direction | None,
    method: Method,
    baseline: Value | None,
    latest: Value | None,
    target: Value | None,
) -> Verdict:
    """The rules themselves, once the points known in the year judged are found."""
    reason = _cannot_judge(direction, baseline, target, latest)
    if reason is not None:
        return Verdict(reason=reason)
    assert baseline is not None
    assert latest is not None
    assert direction is not None
    return _judge(baseline, latest, target, direction.sign, method)


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


def _judge(baseline: Value, latest: Value, target: Value | None, d: int, method: Method) -> Verdict:
    progress = expected = None
    if target is not None:
        # The share of the way covered and of the time gone are shown whatever the method.
        expected = (latest.year - baseline.year) / (target.year - baseline.year)
        gap = target.value - baseline.value
        progress = (latest.value - baseline.value) / gap if gap else None
        if (latest.value - target.value) * d >= 0:
            return Verdict(Status.ACHIEVED, progress=progress, expected=expected)
        if latest.year >= target.year:
            return Verdict(Status.MISSED, progress=progress, expected=expected)
        if progress is None:
            # "Hold the level": not on the right side of it means losing ground.
            return Verdict(Status.DETERIORATING, expected=expected)
        if method is Method.LINEAR:
            pace = progress / expected
            return Verdict(_classify(pace, WITH_TARGET), None, progress, expected, pace)
    # Growth rates: the cagr method, and the no-target rule of both methods.
    start = baseline.value or ZERO_REPLACEMENT
    if _opposite_signs(start, latest.value):
        return Verdict(reason=Reason.OPPOSITE_SIGNS, progress=progress, expected=expected)
    observed = _cagr(start, latest.value, latest.year - baseline.year)
    s = -1 if start < 0 else 1
    if target is None:
        pace = s * d * observed
        return Verdict(_classify(pace, WITHOUT_TARGET), pace=pace, cagr_observed=observed)
    goal = target.value or ZERO_REPLACEMENT
    if _opposite_signs(start, goal):
        return Verdict(reason=Reason.OPPOSITE_SIGNS, progress=progress, expected=expected)
    required = _cagr(start, goal, target.year - baseline.year)
    if required == 0:
        # Baseline 0 and target 0.001 both become 0.001: no growth is required, so, as when
        # the target equals the baseline, not being on the target's side is losing ground.
        return Verdict(Status.DETERIORATING, None, progress, expected, None, observed, required)
    pace = s * d * observed / abs(required)
    return Verdict(_classify(pace, WITH_TARGET), None, progress, expected, pace, observed, required)


def _cagr(start: float, end: float, years: int) -> float:
    """Compound annual growth rate; both values have the same sign (or end is zero)."""
    return float((end / start) ** (1 / years) - 1)


def _opposite_signs(a: float, b: float) -> bool:
    return (a > 0 > b) or (a < 0 < b)


def _classify(pace: float, thresholds: tuple[float, float, float]) -> Status:
    # Compare at 9 decimals: a pace that is exactly 1.5 % in decimal arithmetic must not fall
    # below the threshold because binary floating point made it 1.4999999999999902 %.
    rounded = round(pace, 9)
    high, medium, low = thresholds
    if rounded >= high:
        return Status.ON_TRACK
    if rounded >= medium:
        return Status.NEEDS_ACCELERATION
    if rounded >= low:
        return Status.LIMITED_PROGRESS
    return Status.DETERIORATING
