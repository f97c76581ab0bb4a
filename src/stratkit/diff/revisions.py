"""What changed in the strategy itself between two versions of its files, item by item.

Over a council term goals and targets get reworded, dropped or lowered until the follow-up
means nothing. This module finds every such change between two loaded versions, classifies
target changes and flags those that make a goal easier (`target_weakened`), so that a
strategy repository can require a human decision for them in review.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from stratkit.diff import followup
from stratkit.diff.kinds import Change, Kind
from stratkit.model.choices import Direction, Language
from stratkit.model.reported import Reported, is_preliminary
from stratkit.model.strategy import Indicator, Initiative, StrategyFile


class _Item(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RevisionDiff:
    first: str  # the revision as the user named it
    first_commit: str
    second: str | None  # None: the working tree
    second_commit: str | None
    changes: tuple[Change, ...]
    # "name at revision" for files that could not be read into a strategy.
    unreadable: tuple[str, ...] = ()
    fail_on: tuple[str, ...] = ()
    languages: tuple[Language, ...] = ()  # of the strategies as they are after

    def fails(self, change: Change) -> bool:
        """Whether --fail-on asks a human to decide on this change."""
        return any(FAIL_ON[name](change) for name in self.fail_on)

    @property
    def failing(self) -> list[Change]:
        return [c for c in self.changes if self.fails(c)]


# --fail-on names and the changes they catch.
FAIL_ON: dict[str, Callable[[Change], bool]] = {
    "target-weakened": lambda c: c.target_weakened,
    "actual-rewritten": lambda c: c.kind is Kind.ACTUAL_REWRITTEN,
    "actual-deleted": lambda c: c.kind is Kind.ACTUAL_DELETED,
    "baseline-changed": lambda c: c.kind is Kind.BASELINE_CHANGED,
    "undecided-target-change": lambda c: c.undecided,
    "indicator-removed": lambda c: (
        (c.kind is Kind.REMOVED and c.section == "indicator")
        or (c.kind is Kind.FILE_REMOVED and bool(c.old))
    ),
    "goal-removed": lambda c: c.kind is Kind.REMOVED and c.section == "goal",
    "file-removed": lambda c: c.kind is Kind.FILE_REMOVED,
    "any": lambda c: True,
}


def compare_versions(old: dict[str, StrategyFile], new: dict[str, StrategyFile]) -> list[Change]:
    """Every change between two sets of strategies, keyed by strategy name."""
    changes: list[Change] = []
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            # `old` holds how many indicators went with the file, for --fail-on.
            changes.append(Change(name, Kind.FILE_REMOVED, "file", old=len(old[name].indicators)))
        elif name not in old:
            changes.append(Change(name, Kind.FILE_ADDED, "file", new=len(new[name].indicators)))
        else:
            changes.extend(compare_strategy(name, old[name], new[name]))
    return changes


def compare_strategy(name: str, old: StrategyFile, new: StrategyFile) -> Iterator[Change]:
    before, after = old.strategy, new.strategy
    for field in ("title", "motto", "vision", "period"):
        if getattr(before, field) != getattr(after, field):
            yield Change(
                name,
                Kind.STRATEGY_CHANGED,
                "strategy",
                field=field,
                old=_plain(getattr(before, field)),
                new=_plain(getattr(after, field)),
            )
    yield from _items(name, "value", old.values, new.values, None)
    yield from _items(name, "goal", old.goals, new.goals, None)
    yield from _items(name, "indicator", old.indicators, new.indicators, _indicator)
    yield from _items(name, "initiative", old.initiatives, new.initiatives, _initiative)


def _items(
    name: str,
    section: str,
    old: Sequence[_Item],
    new: Sequence[_Item],
    contents: Callable[[str, _Item, _Item], Iterator[Change]] | None,
) -> Iterator[Change]:
    for before, after in _match(old, new):
        if before is None and after is not None:
            yield Change(name, Kind.ADDED, section, after.id, new=after.title)
        elif after is None and before is not None:
            yield Change(name, Kind.REMOVED, section, before.id, old=before.title)
        elif before is not None and after is not None:
            if before.id != after.id:
                yield Change(name, Kind.ID_CHANGED, section, after.id, "id", before.id, after.id)
            elif before.title != after.title:
                yield Change(
                    name, Kind.RENAMED, section, after.id, "title", before.title, after.title
                )
            if contents is not None:
                yield from contents(name, before, after)


def _match(old: Sequence[_Item], new: Sequence[_Item]) -> list[tuple[_Item | None, _Item | None]]:
    """Pair items by id, then the rest by identical title (an id that was changed)."""
    new_by_id = {item.id: item for item in new}
    pairs: list[tuple[_Item | None, _Item | None]] = []
    unmatched_old = []
    for item in old:
        if item.id in new_by_id:
            pairs.append((item, new_by_id.pop(item.id)))
        else:
            unmatched_old.append(item)
    by_title = {item.title: item for item in new_by_id.values()}
    for item in unmatched_old:
        partner = by_title.pop(item.title, None)
        if partner is not None:
            del new_by_id[partner.id]
        pairs.append((item, partner))
    pairs.extend((None, item) for item in new if item.id in new_by_id)
    return pairs


def _indicator(name: str, old: _Item, new: _Item) -> Iterator[Change]:
    assert isinstance(old, Indicator)
    assert isinstance(new, Indicator)

    def change(
        kind: Kind, field: str, before: object, after: object, weak: bool = False, **decided: Any
    ) -> Change:
        return Change(name, kind, "indicator", new.id, field, before, after, weak, **decided)

    if old.metric != new.metric:
        yield change(Kind.METRIC_CHANGED, "metric", old.metric, new.metric)
    if old.unit != new.unit:
        yield change(Kind.UNIT_CHANGED, "unit", old.unit, new.unit)
    old_direction, new_direction = old.inferred_direction, new.inferred_direction
    if old_direction != new_direction:
        yield change(
            Kind.DIRECTION_CHANGED, "direction", _plain(old_direction), _plain(new_direction)
        )
    if old.baseline != new.baseline:
        yield change(Kind.BASELINE_CHANGED, "baseline", _plain(old.baseline), _plain(new.baseline))
    yield from _target(change, old, new, new_direction or old_direction)
    for year in sorted(old.actual.keys() | new.actual.keys()):
        field = f"actual.{year}"
        before, after = old.actual.get(year), new.actual.get(year)
        if after is None:
            yield change(Kind.ACTUAL_DELETED, field, _entry(before), None)
        elif before is None:
            yield change(Kind.ACTUAL_ADDED, field, None, _entry(after))
        elif before != after:
            finalised = is_preliminary(before) and not is_preliminary(after)
            kind = Kind.ACTUAL_FINALISED if finalised else Kind.ACTUAL_REWRITTEN
            yield change(kind, field, _entry(before), _entry(after))
    yield from followup.indicator_changes(change, old, new)


def _entry(entry: float | Reported | None) -> object:
    """A year's value as a change carries it: the number, or the mapping's given keys."""
    if isinstance(entry, Reported):
        return entry.model_dump(exclude_defaults=True)
    return entry


def _target(
    change: Callable[..., Change], old: Indicator, new: Indicator, direction: Direction | None
) -> Iterator[Change]:
    before, after = old.target, new.target
    if before == after:
        return
    if after is None:
        yield change(Kind.TARGET_REMOVED, "target", _plain(before), None, True)
        return
    if before is None:
        yield change(Kind.TARGET_ADDED, "target", None, _plain(after))
        return
    # A changed target must cite the decision behind it: a new one, not the old one again.
    decided = {
        "undecided": after.decision is None or after.decision == before.decision,
        "decision": after.decision,
    }
    if after.value != before.value:
        raised = after.value > before.value
        # Easier is lower when more is better, higher when less is better.
        easier = direction is not None and raised == (direction is Direction.DECREASE)
        kind = Kind.TARGET_RAISED if raised else Kind.TARGET_LOWERED
        yield change(kind, "target.value", before.value, after.value, easier, **decided)
    if after.year != before.year:
        later = after.year > before.year
        kind = Kind.TARGET_POSTPONED if later else Kind.TARGET_BROUGHT_FORWARD
        yield change(kind, "target.year", before.year, after.year, later, **decided)


def _initiative(name: str, old: _Item, new: _Item) -> Iterator[Change]:
    assert isinstance(old, Initiative)
    assert isinstance(new, Initiative)
    for kind, field in (
        (Kind.STATUS_CHANGED, "status"),
        (Kind.COUNT_CHANGED, "count"),
        (Kind.DATE_CHANGED, "date"),
    ):
        before, after = getattr(old, field), getattr(new, field)
        if field == "status" and (isinstance(before, dict) or isinstance(after, dict)):
            continue  # a status history is compared year by year in diff.followup
        if before != after:
            yield Change(name, kind, "initiative", new.id, field, _plain(before), _plain(after))
    yield from followup.initiative_changes(name, old, new)


def _plain(value: object) -> object:
    """A JSON-ready form of a model value (Point, Period, enum) for the change record."""
    if isinstance(value, Enum):
        return value.value
    dump = getattr(value, "model_dump", None)
    return dump() if dump is not None else value
