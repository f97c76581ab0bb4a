"""Axis ticks at round numbers: 29 500, 30 000, 30 500 rather than 29 668, 30 114, 30 560."""

from __future__ import annotations

import math

# The steps a reader counts in without effort, within one power of ten.
_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)


def nice_step(span: float, count: int) -> float:
    """The smallest round step that covers `span` in at most `count` intervals."""
    if span <= 0:
        return 1.0
    rough = span / max(count, 1)
    power = 10.0 ** math.floor(math.log10(rough))
    for factor in _NICE:
        if factor * power >= rough - 1e-12 * power:
            return factor * power
    return 10.0 * power  # pragma: no cover - the loop always ends at 10


def value_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round ticks from at or below `low` to at or above `high`, about `count` intervals."""
    if high < low:
        low, high = high, low
    if high - low < 1e-9 * max(abs(high), abs(low), 1.0):
        # One value alone (or values no figure in a strategy tells apart): a band around
        # it, so that the line is not drawn on the frame.
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_step(high - low, count)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    steps = round((last - first) / step)
    # Multiplying from the first tick keeps 0.1 + 0.2 from drifting to 0.30000000000000004.
    return [_clean(first + i * step, step) for i in range(steps + 1)]


def year_ticks(first: int, last: int, count: int = 8) -> list[int]:
    """Whole years, every 1, 2, 5 or 10 years, aligned to multiples of the step."""
    if last < first:
        first, last = last, first
    span = last - first
    step = next((s for s in (1, 2, 5, 10, 20, 50) if span / s <= count), 100)
    start = math.ceil(first / step) * step
    ticks = list(range(start, last + 1, step))
    return ticks or [first]


def _clean(value: float, step: float) -> float:
    """Round away binary noise: as many decimals as the step needs."""
    decimals = max(0, -math.floor(math.log10(step)) + 1) if step < 1 else 0
    rounded = round(value, decimals)
    return 0.0 if rounded == 0 else rounded
