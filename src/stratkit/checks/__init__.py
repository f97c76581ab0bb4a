"""Checks of a strategy that passed the schema: each is a small function yielding findings.

A check takes the model and returns findings located by data path; it never reads files or
prints. Add a check by writing a function in one of the modules here and listing it below.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator

from stratkit.checks.followup import analysis_required, assessment_agrees, deadlines_passed
from stratkit.checks.freshness import future_values, overdue_values
from stratkit.checks.indicators import (
    baseline_matches_actual,
    direction_known,
    direction_matches_target,
    indicator_complete,
    target_after_baseline,
    women_and_men_add_up,
)
from stratkit.checks.references import goal_references, unique_ids
from stratkit.checks.strategy import period_in_order
from stratkit.diagnostics import Finding
from stratkit.model.strategy import StrategyFile

Check = Callable[[StrategyFile], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    unique_ids,
    goal_references,
    period_in_order,
    target_after_baseline,
    direction_matches_target,
    direction_known,
    baseline_matches_actual,
    indicator_complete,
    assessment_agrees,
    women_and_men_add_up,
)


# Checks whose answer depends on the year they are run in; they run only when given one.
DatedCheck = Callable[[StrategyFile, int], Iterable[Finding]]

DATED_CHECKS: tuple[DatedCheck, ...] = (overdue_values, future_values, deadlines_passed)


def run_checks(
    strategy: StrategyFile,
    *,
    year: int | None = None,
    require_analysis: Collection[str] = (),
) -> Iterator[Finding]:
    """`require_analysis`: the statuses whose latest year needs an analysis (STK405)."""
    for check in CHECKS:
        yield from check(strategy)
    if year is not None:
        for dated in DATED_CHECKS:
            yield from dated(strategy, year)
    yield from analysis_required(strategy, require_analysis)
