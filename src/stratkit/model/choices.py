"""The fixed choices of the file format, free of pydantic so the command line starts fast."""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"

    @property
    def sign(self) -> int:
        return 1 if self is Direction.INCREASE else -1


class Method(StrEnum):
    LINEAR = "linear"
    CAGR = "cagr"


class Language(StrEnum):
    SV = "sv"
    FI = "fi"
    EN = "en"


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"
