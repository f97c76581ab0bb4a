"""What the progress rules can conclude, free of pydantic so that cached answers load fast."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATING = "deteriorating"
    MISSED = "missed"
    NOT_AVAILABLE = "not_available"


class Reason(StrEnum):
    """Why an indicator could not be judged (`not_available`)."""

    NO_ACTUAL = "no_actual"
    NO_DIRECTION = "no_direction"
    DIRECTION_CONTRADICTS_TARGET = "direction_contradicts_target"
    NO_ACTUAL_AFTER_BASELINE = "no_actual_after_baseline"
    OPPOSITE_SIGNS = "opposite_signs"
    TARGET_NOT_AFTER_BASELINE = "target_not_after_baseline"
