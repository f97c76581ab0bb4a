"""Checks of the strategy as a whole."""

from __future__ import annotations

from collections.abc import Iterator

from stratkit.diagnostics import Finding
from stratkit.messages import Message
from stratkit.model.strategy import StrategyFile


def period_in_order(strategy: StrategyFile) -> Iterator[Finding]:
    period = strategy.strategy.period
    if period is not None and period.end < period.start:
        yield Finding(
            "STK307",
            ("strategy", "period", "end"),
            Message(
                "the period ends in {end}, before it starts in {start}",
                end=period.end,
                start=period.start,
            ),
            Message("swap the years or correct the typing mistake"),
        )
