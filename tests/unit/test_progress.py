"""Every status and every decision step of the progress engine, for both methods."""

from __future__ import annotations

import math

import pytest

from stratkit.model.choices import Method
from stratkit.model.strategy import Indicator
from stratkit.progress.assess import assess
from stratkit.progress.statuses import Reason, Status

LINEAR, CAGR = Method.LINEAR, Method.CAGR


def indicator(
    actual: dict[int, float],
    baseline: tuple[int, float] | None = (2020, 10),
    target: tuple[int, float] | None = (2030, 20),
    direction: str | None = None,
) -> Indicator:
    data: dict[str, object] = {"id": "x", "title": "X", "actual": actual}
    if baseline:
        data["baseline"] = {"year": baseline[0], "value": baseline[1]}
    if target:
        data["target"] = {"year": target[0], "value": target[1]}
    if direction:
        data["direction"] = direction
    return Indicator.model_validate(data)


# --- step 1: not available, with the reason -------------------------------------------------


def test_no_actual_values() -> None:
    result = assess(indicator({}))
    assert (result.status, result.reason) == (Status.NOT_AVAILABLE, Reason.NO_ACTUAL)


def test_no_direction_and_no_target() -> None:
    result = assess(indicator({2022: 12}, target=None))
    assert (result.status, result.reason) == (Status.NOT_AVAILABLE, Reason.NO_DIRECTION)


def test_only_a_value_at_the_baseline_year() -> None:
    result = assess(indicator({2020: 10}))
    assert result.reason is Reason.NO_ACTUAL_AFTER_BASELINE


def test_one_data_point_and_no_baseline() -> None:
    result = assess(indicator({2024: 30}, baseline=None, target=None, direction="increase"))
    assert result.reason is Reason.NO_ACTUAL_AFTER_BASELINE
    assert result.baseline_inferred


def test_direction_contradicting_the_target_is_not_judged() -> None:
    result = assess(indicator({2025: 15}, direction="decrease"))
    assert result.reason is Reason.DIRECTION_CONTRADICTS_TARGET


def test_target_year_not_after_baseline_year_cannot_divide_by_zero() -> None:
    result = assess(indicator({2025: 15}, target=(2020, 20)))
    assert result.reason is Reason.TARGET_NOT_AFTER_BASELINE


def test_as_of_before_any_value_after_the_baseline() -> None:
    ind = indicator({2020: 10, 2022: 12, 2025: 15})
    result = assess(ind, as_of=2021)
    assert result.reason is Reason.NO_ACTUAL_AFTER_BASELINE
    assert result.latest is not None
    assert result.latest.year == 2020
    assert assess(ind, as_of=2019).reason is Reason.NO_ACTUAL


# --- steps 2 and 3: achieved, missed ---------------------------------------------------------


@pytest.mark.parametrize("method", [LINEAR, CAGR])
def test_achieved_when_latest_meets_the_target(method: Method) -> None:
    assert assess(indicator({2024: 20}), method=method).status is Status.ACHIEVED
    assert assess(indicator({2024: 21}), method=method).status is Status.ACHIEVED


@pytest.mark.parametrize("method", [LINEAR, CAGR])
def test_achieved_for_a_decreasing_indicator(method: Method) -> None:
    result = assess(indicator({2024: 9}, baseline=(2020, 20), target=(2030, 10)), method=method)
    assert result.status is Status.ACHIEVED
    assert result.direction is not None
    assert result.direction.sign == -1


@pytest.mark.parametrize("method", [LINEAR, CAGR])
def test_missed_when_the_target_year_has_passed(method: Method) -> None:
    assert assess(indicator({2030: 19}), method=method).status is Status.MISSED
    assert assess(indicator({2031: 19}), method=method).status is Status.MISSED


def test_as_of_takes_the_state_of_that_year() -> None:
    ind = indicator({2025: 15, 2030: 21})
    assert assess(ind).status is Status.ACHIEVED
    earlier = assess(ind, as_of=2027)
    assert earlier.status is Status.ON_TRACK
    assert earlier.latest is not None
    assert earlier.latest.year == 2025


# --- step 4, linear: R = progress / expected -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "status", "pace"),
    [
        (15, Status.ON_TRACK, 1.0),
        (14.75, Status.ON_TRACK, 0.95),  # the threshold itself is on track
        (14.7, Status.NEEDS_ACCELERATION, 0.94),
        (13, Status.NEEDS_ACCELERATION, 0.6),
        (12.9, Status.LIMITED_PROGRESS, 0.58),
        (10, Status.LIMITED_PROGRESS, 0.0),
        (9, Status.DETERIORATING, -0.2),
    ],
)
def test_linear_thresholds(value: float, status: Status, pace: float) -> None:
    result = assess(indicator({2025: value}))  # halfway in time
    assert result.status is status
    assert result.expected == 0.5
    assert result.pace == pytest.approx(pace)
    assert result.progress == pytest.approx(pace / 2)


def test_linear_decreasing_indicator() -> None:
    result = assess(indicator({2025: 16}, baseline=(2020, 20), target=(2030, 10)))
    assert result.status is Status.NEEDS_ACCELERATION
    assert result.pace == pytest.approx(0.8)


def test_karlskoga_32000_as_it_truly_stands() -> None:
    ind = indicator({2019: 30381, 2024: 30180}, baseline=(2019, 30381), target=(2025, 32000))
    result = assess(ind)
    assert result.status is Status.DETERIORATING
    assert result.progress == pytest.approx(-201 / 1619)
    assert result.expected == pytest.approx(5 / 6)
    assert result.pace == pytest.approx(-0.14898, abs=1e-5)


# --- hold the level: a target equal to the baseline ------------------------------------------


def test_hold_the_level() -> None:
    hold = {"baseline": (2020, 10), "target": (2030, 10), "direction": "increase"}
    assert assess(indicator({2025: 10}, **hold)).status is Status.ACHIEVED  # type: ignore[arg-type]
    result = assess(indicator({2025: 9}, **hold))  # type: ignore[arg-type]
    assert result.status is Status.DETERIORATING
    assert result.progress is None  # there is no way to cover
    assert assess(indicator({2030: 9}, **hold)).status is Status.MISSED  # type: ignore[arg-type]


def test_hold_the_level_needs_a_direction() -> None:
    result = assess(indicator({2025: 9}, baseline=(2020, 10), target=(2030, 10)))
    assert result.reason is Reason.NO_DIRECTION


# --- step 4, cagr: R = s * d * CAGR_o / |CAGR_r| --------------------------------------------


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (100 * math.sqrt(2), Status.ON_TRACK),  # exactly the required growth
        (130, Status.NEEDS_ACCELERATION),
        (110, Status.LIMITED_PROGRESS),
        (90, Status.DETERIORATING),
    ],
)
def test_cagr_statuses(value: float, status: Status) -> None:
    result = assess(indicator({2025: value}, baseline=(2020, 100), target=(2030, 200)), method=CAGR)
    assert result.status is status
    assert result.cagr_required == pytest.approx(2**0.1 - 1)
    assert result.cagr_observed == pytest.approx((value / 100) ** 0.2 - 1)


def test_cagr_negative_baseline_flips_the_sign() -> None:
    ind = indicator({2025: -8}, baseline=(2020, -10), target=(2030, -5))
    result = assess(ind, method=CAGR)
    observed, required = 0.8**0.2 - 1, 0.5**0.1 - 1
    assert result.pace == pytest.approx(-1 * 1 * observed / abs(required))
    assert result.status is Status.NEEDS_ACCELERATION


def test_cagr_zero_target_is_replaced_by_a_thousandth() -> None:
    ind = indicator({2025: 5}, baseline=(2020, 10), target=(2030, 0))
    result = assess(ind, method=CAGR)
    assert result.cagr_required == pytest.approx((0.001 / 10) ** 0.1 - 1)
    assert result.status is Status.LIMITED_PROGRESS


def test_cagr_zero_baseline_is_replaced_by_a_thousandth() -> None:
    ind = indicator({2025: 5}, baseline=(2020, 0), target=(2030, 10))
    result = assess(ind, method=CAGR)
    assert result.cagr_observed == pytest.approx((5 / 0.001) ** 0.2 - 1)
    assert result.status is Status.ON_TRACK


def test_cagr_baseline_and_latest_of_opposite_signs() -> None:
    ind = indicator({2025: -2}, baseline=(2020, 10), target=(2030, 20))
    assert assess(ind, method=CAGR).reason is Reason.OPPOSITE_SIGNS
    # The linear method has no such limit: falling below zero is plain deterioration.
    assert assess(ind, method=LINEAR).status is Status.DETERIORATING


def test_cagr_baseline_and_target_of_opposite_signs() -> None:
    ind = indicator({2025: -5}, baseline=(2020, -10), target=(2030, 5))
    assert assess(ind, method=CAGR).reason is Reason.OPPOSITE_SIGNS


def test_indicator_method_is_used_unless_overridden() -> None:
    data = {"id": "x", "title": "X", "method": "cagr", "actual": {2025: 130}}
    data |= {"baseline": {"year": 2020, "value": 100}, "target": {"year": 2030, "value": 200}}
    ind = Indicator.model_validate(data)
    assert assess(ind).method is CAGR
    assert assess(ind, method=LINEAR).method is LINEAR


# --- without a target: Open SDG's no-target rule (both methods) ------------------------------


@pytest.mark.parametrize("method", [LINEAR, CAGR])
@pytest.mark.parametrize(
    ("growth", "status"),
    [
        (0.02, Status.ON_TRACK),
        (0.015, Status.ON_TRACK),
        (0.01, Status.NEEDS_ACCELERATION),
        (0.003, Status.LIMITED_PROGRESS),
        (-0.01, Status.DETERIORATING),
    ],
)
def test_no_target_thresholds(method: Method, growth: float, status: Status) -> None:
    ind = indicator(
        {2025: 100 * (1 + growth) ** 5}, baseline=(2020, 100), target=None, direction="increase"
    )
    result = assess(ind, method=method)
    assert result.status is status
    assert result.pace == pytest.approx(growth)
    assert result.progress is None
    assert result.expected is None


def test_no_target_decreasing_indicator() -> None:
    ind = indicator({2025: 100 * 0.98**5}, baseline=(2020, 100), target=None, direction="minska")
    assert assess(ind).status is Status.ON_TRACK


def test_no_target_baseline_missing_uses_the_earliest_value() -> None:
    # Kaskö: no nuläge, population 1246 (2019) ... 1248 (2025).
    ind = indicator(
        {2019: 1246, 2020: 1278, 2023: 1208, 2025: 1248},
        baseline=None,
        target=None,
        direction="increase",
    )
    result = assess(ind)
    assert result.baseline_inferred
    assert result.baseline is not None
    assert (result.baseline.year, result.baseline.value) == (2019, 1246)
    assert result.cagr_observed == pytest.approx((1248 / 1246) ** (1 / 6) - 1)
    assert result.status is Status.LIMITED_PROGRESS
    assert [v.year for v in result.series] == [2019, 2020, 2023, 2025]


def test_no_target_opposite_signs() -> None:
    ind = indicator({2025: -1}, baseline=(2020, 5), target=None, direction="increase")
    assert assess(ind).reason is Reason.OPPOSITE_SIGNS


def test_validate_and_status_infer_the_same_direction() -> None:
    """No baseline and no direction, but a target above the earliest value: increase, for
    status (which judges it) and for the model (which validate's STK305 asks)."""
    ind = indicator({2020: 10, 2025: 15}, baseline=None, target=(2030, 20))
    assert ind.inferred_direction is not None
    assert ind.inferred_direction.sign == 1
    result = assess(ind)
    assert result.direction is ind.inferred_direction
    assert result.status is Status.ON_TRACK


def test_cagr_when_zero_replacement_makes_baseline_and_target_equal() -> None:
    ind = indicator({2025: 0.0005}, baseline=(2020, 0), target=(2030, 0.001))
    result = assess(ind, method=CAGR)
    assert result.cagr_required == 0
    assert result.status is Status.DETERIORATING
