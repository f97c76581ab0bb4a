"""Is each indicator's data as new as its publication lag says it should be on a given day?

Unlike the other checks this one depends on the date, which is why it runs only when the
caller passes a year (CheckOptions.year): the same file can be fine in March and overdue in
January, and a CI run every month is what catches that.

It only asks for what the municipality can supply:
- an indicator with no values at all is already reported as incomplete (STK401);
- a value counts as published by the end of year Y + lag;
- the baseline counts as a reported value for its year;
- once the last year of follow-up is reported, nothing newer is asked for. That year is the
  target year (its value settles whether the target was reached), or without a target the
  end of the strategy period; without either, values are asked for as long as the file is
  checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from stratkit.diagnostics import Finding
from stratkit.messages import Message, Written
from stratkit.model.strategy import Indicator, StrategyFile


def overdue_values(strategy: StrategyFile, year: int) -> Iterator[Finding]:
    for i, ind in enumerate(strategy.indicators):
        if not ind.actual:
            continue
        due = due_year(ind, year, _follow_up_end(strategy, ind))
        latest = max(ind.actual)
        if ind.baseline is not None:
            latest = max(latest, ind.baseline.year)
        if latest >= due:
            continue
        first = latest + 1
        actual = Written(("indicators", i, "actual"), "key", "actual", "Indicator")
        lag = Written(("indicators", i, "lag"), "key", "lag", "Indicator")
        values = {"id": ind.id, "first": first, "due": due, "by": first + ind.lag, "lag": ind.lag}
        if first == due:
            message = Message(
                "indicator '{id}' has no value for {due} yet; it was due by the end of {by} "
                "(lag: {lag})",
                **values,
            )
            hint = Message(
                "add the value for {due} under '{actual}', or set '{lag_key}:' to how many "
                "years after the year its figures are published",
                due=due,
                actual=actual,
                lag_key=lag,
            )
        else:
            message = Message(
                "indicator '{id}' has no values for {first}-{due} yet; the value for {first} "
                "was due by the end of {by} (lag: {lag})",
                **values,
            )
            hint = Message(
                "add the values for {first}-{due} under '{actual}', or set '{lag_key}:' to how "
                "many years after the year its figures are published",
                first=first,
                due=due,
                actual=actual,
                lag_key=lag,
            )
        yield Finding("STK402", ("indicators", i, "actual"), message, hint, on_key=True)


def due_year(ind: Indicator, year: int, end: int | None = None) -> int:
    """The newest year whose value should be reported during `year`, at most `end`.

    The value for year Y is due by 31 December of Y + lag, so on any day of year T the
    years up to T - lag - 1 are due: only the year matters, not the day.
    """
    due = year - ind.lag - 1
    return due if end is None else min(due, end)


def _follow_up_end(strategy: StrategyFile, ind: Indicator) -> int | None:
    if ind.target is not None:
        return ind.target.year
    period = strategy.strategy.period
    return period.end if period is not None else None


def future_values(strategy: StrategyFile, year: int) -> Iterator[Finding]:
    """A value for a year after this one cannot be a statistic yet: most likely a typo."""
    for i, ind in enumerate(strategy.indicators):
        for future in sorted(y for y in ind.actual if y > year):
            yield Finding(
                "STK403",
                ("indicators", i, "actual", str(future)),
                Message(
                    "indicator '{id}' has a value for {year}, a year that has not ended yet",
                    id=ind.id,
                    year=future,
                ),
                Message("check the year for a typing mistake (it is {year} now)", year=year),
                on_key=True,
            )
