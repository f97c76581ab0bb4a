"""What changed between two revisions in what the follow-up writes down (format 1.1):
analyses, assessments by people, a target's decision, and an initiative's status history,
responsible body, budget and deadline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from stratkit.diff.kinds import Change, Kind

if TYPE_CHECKING:
    from stratkit.model.strategy import Indicator, Initiative


def indicator_changes(
    change: Callable[..., Change], old: Indicator, new: Indicator
) -> Iterator[Change]:
    for year in sorted(old.analysis.keys() | new.analysis.keys()):
        before, after = old.analysis.get(year), new.analysis.get(year)
        field = f"analysis.{year}"
        if before is None:
            yield change(Kind.ANALYSIS_ADDED, field, None, after)
        elif after is None:
            yield change(Kind.ANALYSIS_REMOVED, field, before, None)
        elif before != after:
            yield change(Kind.ANALYSIS_CHANGED, field, before, after)
    for year in sorted(old.assessment.keys() | new.assessment.keys()):
        was, now = old.assessment.get(year), new.assessment.get(year)
        if was != now:
            yield change(
                Kind.ASSESSMENT_CHANGED,
                f"assessment.{year}",
                was.model_dump() if was else None,
                now.model_dump() if now else None,
            )
    before_target, after_target = old.target, new.target
    if (
        before_target is not None
        and after_target is not None
        and (before_target.year, before_target.value) == (after_target.year, after_target.value)
        and before_target.decision != after_target.decision
    ):
        yield change(
            Kind.DECISION_CHANGED, "target.decision", before_target.decision, after_target.decision
        )


def initiative_changes(name: str, old: Initiative, new: Initiative) -> Iterator[Change]:
    def change(kind: Kind, field: str, before: Any, after: Any) -> Change:
        return Change(name, kind, "initiative", new.id, field, before, after)

    if isinstance(old.status, dict) or isinstance(new.status, dict):
        yield from _history(change, old, new)
    for kind, field in (
        (Kind.RESPONSIBLE_CHANGED, "responsible"),
        (Kind.BUDGET_CHANGED, "budget"),
        (Kind.DEADLINE_CHANGED, "deadline"),
    ):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            yield change(kind, field, _plain(before), _plain(after))


def _history(change: Callable[..., Change], old: Initiative, new: Initiative) -> Iterator[Change]:
    """A status history compared year by year; a status without a history stands for its
    newest entry."""
    before = old.status if isinstance(old.status, dict) else {}
    after = new.status if isinstance(new.status, dict) else {}
    for year in sorted(before.keys() | after.keys()):
        if before.get(year) != after.get(year):
            yield change(
                Kind.STATUS_CHANGED,
                f"status.{year}",
                _plain(before.get(year)),
                _plain(after.get(year)),
            )
    if not (before and after) and old.status_in(None) != new.status_in(None):
        yield change(
            Kind.STATUS_CHANGED, "status", _plain(old.status_in(None)), _plain(new.status_in(None))
        )


def _plain(value: object) -> object:
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump()
    return getattr(value, "value", value)
