"""Roll indicator assessments and initiatives up to goals and to the whole strategy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratkit.choices import Method
from stratkit.model import Goal, Initiative, StrategyFile
from stratkit.progress import Assessment, Status, assess


@dataclass(frozen=True, slots=True)
class InitiativeTally:
    """Initiatives by status, each entry weighted by its `count`."""

    done: int = 0
    ongoing: int = 0
    planned: int = 0
    cancelled: int = 0
    unknown: int = 0  # entries whose status the source does not give

    @property
    def total(self) -> int:
        return self.done + self.ongoing + self.planned + self.cancelled + self.unknown

    @property
    def share_done(self) -> float | None:
        return self.done / self.total if self.total else None

    @classmethod
    def of(cls, initiatives: Iterable[Initiative]) -> InitiativeTally:
        counts: Counter[str] = Counter()
        for initiative in initiatives:
            status = initiative.status.value if initiative.status else "unknown"
            counts[status] += initiative.count
        return cls(**counts)


def count_statuses(assessments: Iterable[Assessment]) -> dict[Status, int]:
    """Indicators per status, in the order of `Status`, leaving out statuses with none."""
    counts = Counter(a.status for a in assessments)
    return {status: counts[status] for status in Status if counts[status]}


@dataclass(frozen=True, slots=True)
class GoalStatus:
    goal: Goal | None  # None: the indicators and initiatives not linked to any goal
    assessments: tuple[Assessment, ...]
    initiatives: tuple[Initiative, ...]

    @property
    def statuses(self) -> dict[Status, int]:
        return count_statuses(self.assessments)

    @property
    def tally(self) -> InitiativeTally:
        return InitiativeTally.of(self.initiatives)


@dataclass(frozen=True, slots=True)
class StrategyStatus:
    name: str
    strategy: StrategyFile
    assessments: tuple[Assessment, ...]  # every indicator once, in file order
    goals: tuple[GoalStatus, ...]  # every goal in file order, then the unlinked group if any

    @property
    def statuses(self) -> dict[Status, int]:
        # Each indicator counts once, even when it measures several goals.
        return count_statuses(self.assessments)

    @property
    def tally(self) -> InitiativeTally:
        return InitiativeTally.of(self.strategy.initiatives)


@dataclass(frozen=True, slots=True)
class StatusReport:
    as_of: int | None
    method: Method | None  # None: each indicator's own method (linear by default)
    strategies: tuple[StrategyStatus, ...]


def strategy_status(
    name: str, strategy: StrategyFile, as_of: int | None = None, method: Method | None = None
) -> StrategyStatus:
    assessments = tuple(assess(i, as_of, method) for i in strategy.indicators)
    groups = [
        GoalStatus(
            goal,
            tuple(a for a in assessments if goal.id in a.indicator.goals),
            tuple(i for i in strategy.initiatives if goal.id in i.goals),
        )
        for goal in strategy.goals
    ]
    unlinked = GoalStatus(
        None,
        tuple(a for a in assessments if not a.indicator.goals),
        tuple(i for i in strategy.initiatives if not i.goals),
    )
    if unlinked.assessments or unlinked.initiatives:
        groups.append(unlinked)
    return StrategyStatus(name, strategy, assessments, tuple(groups))


def status_report(
    strategies: Sequence[tuple[str, StrategyFile]],
    as_of: int | None = None,
    method: Method | None = None,
) -> StatusReport:
    return StatusReport(
        as_of, method, tuple(strategy_status(n, s, as_of, method) for n, s in strategies)
    )
