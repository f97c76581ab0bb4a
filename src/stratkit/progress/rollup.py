"""Roll indicator assessments and initiatives up to goals and to the whole strategy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratkit.model.choices import Language, Method
from stratkit.model.strategy import Goal, Initiative, StrategyFile
from stratkit.progress.assess import Assessment, assess, verdict
from stratkit.progress.overview import InitiativeTally, Summary
from stratkit.progress.people import final_status
from stratkit.progress.people import judged as by_people
from stratkit.progress.period import ended, judged_year
from stratkit.progress.statuses import Status


def count_statuses(assessments: Iterable[Assessment]) -> dict[Status, int]:
    """Indicators per status, in the order of `Status`, leaving out statuses with none."""
    return _in_order(Counter(a.status for a in assessments))


def _in_order(counts: Counter[Status]) -> dict[Status, int]:
    return {status: counts[status] for status in _STATUSES if counts.get(status)}


_STATUSES = tuple(Status)  # iterating the enum itself is slower, and this runs for every goal


@dataclass(frozen=True, slots=True)
class GoalStatus:
    goal: Goal | None  # None: the indicators and initiatives not linked to any goal
    assessments: tuple[Assessment, ...]
    initiatives: tuple[Initiative, ...]

    @property
    def statuses(self) -> dict[Status, int]:
        return count_statuses(self.assessments)

    year: int | None = None  # the year initiatives are judged in (None: their newest status)

    @property
    def tally(self) -> InitiativeTally:
        return InitiativeTally.of(self.initiatives, self.year)


@dataclass(frozen=True, slots=True)
class StrategyStatus:
    name: str
    file: StrategyFile  # the strategy file judged
    assessments: tuple[Assessment, ...]  # every indicator once, in file order
    goals: tuple[GoalStatus, ...]  # every goal in file order, then the unlinked group if any
    # The year judged (--as-of, else the end of a period that is over; None: every value, the
    # newest judged), and whether it is the end of a period that is over.
    judged_at: int | None = None
    period_ended: bool = False

    @property
    def statuses(self) -> dict[Status, int]:
        # Each indicator counts once, even when it measures several goals.
        return count_statuses(self.assessments)

    @property
    def indicator_groups(self) -> tuple[GoalStatus, ...]:
        """The groups to show with their indicators: every goal (one without indicators says
        so), and the unlinked group only when it has indicators. Unlinked initiatives alone
        are shown with the initiatives, not under an empty "not linked (no indicators)"."""
        return tuple(g for g in self.goals if g.goal is not None or g.assessments)

    @property
    def tally(self) -> InitiativeTally:
        return InitiativeTally.of(self.file.initiatives, self.judged_at)

    @property
    def summary(self) -> Summary:
        return _summary(self.file, self.statuses, self.judged_at)


@dataclass(frozen=True, slots=True)
class StatusReport:
    as_of: int | None
    method: Method | None  # None: each indicator's own method (linear by default)
    strategies: tuple[StrategyStatus, ...]
    left_out: tuple[str, ...] = ()  # files with errors, not judged

    @property
    def languages(self) -> list[Language]:
        return [s.file.language for s in self.strategies]


def strategy_status(
    name: str,
    strategy: StrategyFile,
    as_of: int | None = None,
    method: Method | None = None,
    today: int | None = None,
) -> StrategyStatus:
    """Judge a strategy as of `as_of`, else within its period (see progress.period);
    `today` is the current year, which tells whether the period is over (None: unknown)."""
    period = strategy.strategy.period
    over = ended(strategy, as_of, today)
    judged = judged_year(as_of, period, over)
    assessments = tuple(
        assess(i, judged, method, period, period_ended=over) for i in strategy.indicators
    )
    groups = [
        GoalStatus(
            goal,
            tuple(a for a in assessments if goal.id in a.indicator.goals),
            tuple(i for i in strategy.initiatives if goal.id in i.goals),
            judged,
        )
        for goal in strategy.goals
    ]
    unlinked = GoalStatus(
        None,
        tuple(a for a in assessments if not a.indicator.goals),
        tuple(i for i in strategy.initiatives if not i.goals),
        judged,
    )
    if unlinked.assessments or unlinked.initiatives:
        groups.append(unlinked)
    return StrategyStatus(name, strategy, assessments, tuple(groups), judged, over)


def summarize(strategy: StrategyFile) -> Summary:
    """The overview of a strategy judged with all its values and each indicator's method.

    The same as strategy_status(...).summary (tests/unit/test_status_summaries.py), made without
    the assessments and goal groups, which an overview of 600 strategies never shows.
    """
    period = strategy.strategy.period
    judged = judged_year(None, period, ended(strategy, None, None))
    counts = Counter(
        final_status(verdict(i, judged, None, period).status, by_people(i, judged))
        for i in strategy.indicators
    )
    return _summary(strategy, _in_order(counts), judged)


def _summary(strategy: StrategyFile, statuses: dict[Status, int], judged: int | None) -> Summary:
    period = strategy.strategy.period
    return Summary(
        strategy.strategy.title,
        strategy.language,
        (period.start, period.end) if period else None,
        statuses,
        InitiativeTally.of(strategy.initiatives, judged),
    )


def status_report(
    strategies: Sequence[tuple[str, StrategyFile]],
    as_of: int | None = None,
    method: Method | None = None,
    today: int | None = None,
) -> StatusReport:
    return StatusReport(
        as_of, method, tuple(strategy_status(n, s, as_of, method, today) for n, s in strategies)
    )
