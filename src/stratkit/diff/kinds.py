"""The changes `diff --rev` reports, free of the model so that their labels load fast."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    FILE_ADDED = "file_added"
    FILE_REMOVED = "file_removed"
    STRATEGY_CHANGED = "strategy_changed"  # title, motto, vision or period
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"  # same id, new title
    ID_CHANGED = "id_changed"  # same title, new id
    METRIC_CHANGED = "metric_changed"
    UNIT_CHANGED = "unit_changed"
    DIRECTION_CHANGED = "direction_changed"
    BASELINE_CHANGED = "baseline_changed"
    TARGET_ADDED = "target_added"
    TARGET_REMOVED = "target_removed"
    TARGET_RAISED = "target_raised"
    TARGET_LOWERED = "target_lowered"
    TARGET_POSTPONED = "target_postponed"
    TARGET_BROUGHT_FORWARD = "target_brought_forward"
    ACTUAL_ADDED = "actual_added"
    ACTUAL_REWRITTEN = "actual_rewritten"  # a past year's value changed: a data revision
    ACTUAL_FINALISED = "actual_finalised"  # a final value replaced a preliminary one
    ACTUAL_DELETED = "actual_deleted"
    STATUS_CHANGED = "status_changed"  # an initiative's
    COUNT_CHANGED = "count_changed"  # an initiative entry's count
    DATE_CHANGED = "date_changed"  # an initiative's
    # Format 1.1 (see diff.followup)
    ANALYSIS_ADDED = "analysis_added"
    ANALYSIS_CHANGED = "analysis_changed"
    ANALYSIS_REMOVED = "analysis_removed"
    ASSESSMENT_CHANGED = "assessment_changed"  # added, changed or removed for a year
    DECISION_CHANGED = "decision_changed"  # a target's decision, the target itself unchanged
    RESPONSIBLE_CHANGED = "responsible_changed"
    BUDGET_CHANGED = "budget_changed"
    DEADLINE_CHANGED = "deadline_changed"


@dataclass(frozen=True, slots=True)
class Change:
    strategy: str
    kind: Kind
    section: str  # file, strategy, value, goal, indicator or initiative
    id: str | None = None  # the item's id (the new one when the id changed)
    field: str | None = None  # e.g. "target.value", "actual.2019", "title"
    old: object = None
    new: object = None
    # The change makes a goal easier: a lower target for an increase, a higher one for a
    # decrease, a later target year, or no target at all any more.
    target_weakened: bool = False
    # A target's value or year changed and the new target cites no decision, or the same
    # decision as before; `decision` is the one the new target cites.
    undecided: bool = False
    decision: str | None = None
