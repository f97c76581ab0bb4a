"""Every indicator judged as of every year it has a value: the long table's statuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stratkit.progress.assess import Verdict, verdict

if TYPE_CHECKING:
    from stratkit.model.choices import Method
    from stratkit.model.strategy import Indicator, Period
    from stratkit.progress.statuses import Status


def yearly_verdicts(
    indicator: Indicator, method: Method | None = None, period: Period | None = None
) -> list[tuple[int, Verdict]]:
    """`verdict(indicator, year)` for every year with a value, oldest first (the long table
    judges every indicator as of every year it has a value)."""
    return [(year, verdict(indicator, year, method, period)) for year in sorted(indicator.actual)]


def yearly_statuses(
    indicator: Indicator, method: Method | None = None, period: Period | None = None
) -> list[tuple[int, Status]]:
    """The status of `yearly_verdicts`, only."""
    return [(year, v.status) for year, v in yearly_verdicts(indicator, method, period)]
