"""What moved between two years: the state as of one year against the state as of another.

Both states come from the same engine as `stratkit status --as-of`, so a diff never says
anything status would not.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stratkit.model.choices import InitiativeStatus, Language, Method
from stratkit.model.strategy import Initiative, StrategyFile
from stratkit.progress.assess import Assessment, Value, assess


class Movement(StrEnum):
    IMPROVED = "improved"  # moved in the desired direction (towards the target)
    WORSENED = "worsened"
    UNCHANGED = "unchanged"
    CHANGED = "changed"  # moved, but the indicator has no known direction
    NEW = "new"  # no value at the first year, a value at the second
    NO_DATA = "no_data"  # no value at the second year: still missing


@dataclass(frozen=True, slots=True)
class IndicatorMove:
    before: Assessment  # as of the first year
    after: Assessment  # as of the second year
    movement: Movement
    change: float | None  # after - before, in the indicator's unit
    change_relative: float | None  # change / |before|

    @property
    def updated(self) -> bool:
        """Whether a newer value than the first year's was reported by the second year."""
        before, after = known(self.before), known(self.after)
        return before is not None and after is not None and before.year != after.year

    @property
    def status_changed(self) -> bool:
        return self.before.status is not self.after.status


@dataclass(frozen=True, slots=True)
class InitiativeMove:
    """An initiative whose status history gives another status in the second year."""

    initiative: Initiative
    before: InitiativeStatus | None
    after: InitiativeStatus | None


@dataclass(frozen=True, slots=True)
class StrategyMoves:
    name: str
    strategy: StrategyFile
    indicators: tuple[IndicatorMove, ...]
    # Initiatives dated between the two years: they reached their current status then.
    initiatives: tuple[Initiative, ...]
    # Initiatives with a status history whose status differs between the two years.
    initiative_moves: tuple[InitiativeMove, ...] = ()

    def count(self, movement: Movement) -> int:
        return sum(1 for move in self.indicators if move.movement is movement)


@dataclass(frozen=True, slots=True)
class YearDiff:
    first: int
    second: int
    strategies: tuple[StrategyMoves, ...]
    method: Method | None  # None: each indicator's own
    left_out: tuple[str, ...] = ()  # files with errors, not compared
    languages: tuple[Language, ...] = ()  # of the strategies compared


def compare_years(
    strategies: list[tuple[str, StrategyFile]],
    first: int,
    second: int,
    method: Method | None = None,
) -> YearDiff:
    """Compare as of `first` with as of `second`; a later `first` simply runs backwards."""
    return YearDiff(
        first,
        second,
        tuple(_strategy(name, s, first, second, method) for name, s in strategies),
        method,
        languages=tuple(s.language for _, s in strategies),
    )


def _strategy(
    name: str, strategy: StrategyFile, first: int, second: int, method: Method | None
) -> StrategyMoves:
    period = strategy.strategy.period
    moves = tuple(
        move(assess(i, first, method, period), assess(i, second, method, period))
        for i in strategy.indicators
    )
    low, high = sorted((first, second))
    dated = tuple(
        sorted(
            (i for i in strategy.initiatives if i.date and low < int(i.date[:4]) <= high),
            key=lambda i: i.date or "",
        )
    )
    changed = tuple(
        InitiativeMove(i, i.status_in(first), i.status_in(second))
        for i in strategy.initiatives
        if isinstance(i.status, dict) and i.status_in(first) is not i.status_in(second)
    )
    return StrategyMoves(name, strategy, moves, dated, changed)


def known(a: Assessment) -> Value | None:
    """The indicator's value as of the assessment's year: the newest reported one, or the
    baseline the file gives when it is newer. `nuläge: {år: 2022, värde: 30 180}` is the value
    of 2022 even when 2022 is not among the reported years."""
    latest, baseline = a.latest, a.baseline
    if baseline is None or a.baseline_inferred or a.as_of is None or baseline.year > a.as_of:
        return latest
    return baseline if latest is None or latest.year < baseline.year else latest


def from_baseline(a: Assessment) -> bool:
    """Whether the value shown for `a` is its baseline (said beside it as such)."""
    value = known(a)
    return value is not None and value is not a.latest


def move(before: Assessment, after: Assessment) -> IndicatorMove:
    if after.latest is None:
        return IndicatorMove(before, after, Movement.NO_DATA, None, None)
    first, last = known(before), known(after)
    if first is None or last is None:
        return IndicatorMove(before, after, Movement.NEW, None, None)
    change = last.value - first.value
    relative = change / abs(first.value) if first.value else None
    direction = after.direction or before.direction
    if change == 0:
        movement = Movement.UNCHANGED
    elif direction is None:
        movement = Movement.CHANGED
    else:
        movement = Movement.IMPROVED if change * direction.sign > 0 else Movement.WORSENED
    return IndicatorMove(before, after, movement, change, relative)
