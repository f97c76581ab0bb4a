"""What people wrote about an indicator in the follow-up: an analysis and an assessment.

An indicator the rules cannot judge (qualitative, or without numbers) may be judged by
people: `assessment: {2025: {status, motivation}}`. Its status then comes from the latest
assessment at or before the year judged, marked as assessed; when the rules can judge it,
their status stands and a differing assessment is shown beside it (and `stratkit validate`
warns, STK308). The analysis shown is the latest one at or before the year judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from stratkit.progress.statuses import Status

if TYPE_CHECKING:
    from stratkit.model.strategy import Indicator


@dataclass(frozen=True, slots=True)
class Judged:
    """A status set by people for a year, with their motivation."""

    year: int
    status: Status
    motivation: str


@dataclass(frozen=True, slots=True)
class Analysis:
    year: int
    text: str


def latest_year(years: list[int], as_of: int | None) -> int | None:
    known = [year for year in years if as_of is None or year <= as_of]
    return max(known) if known else None


def judged(indicator: Indicator, as_of: int | None) -> Judged | None:
    """The latest assessment by people known in `as_of` (None: the newest)."""
    if not indicator.assessment:  # most indicators: nothing to look through
        return None
    year = latest_year(list(indicator.assessment), as_of)
    if year is None:
        return None
    appraisal = indicator.assessment[year]
    return Judged(year, Status(appraisal.status), appraisal.motivation)


def analysis(indicator: Indicator, as_of: int | None) -> Analysis | None:
    """The latest analysis known in `as_of` (None: the newest)."""
    if not indicator.analysis:
        return None
    year = latest_year(list(indicator.analysis), as_of)
    return None if year is None else Analysis(year, indicator.analysis[year])


def final_status(computed: Status, by_people: Judged | None) -> Status:
    """The rules' status, or the people's when the rules cannot judge."""
    if computed is Status.NOT_AVAILABLE and by_people is not None:
        return by_people.status
    return computed


def disagrees(computed: Status, by_people: Judged | None) -> bool:
    """Both the rules and people judged, differently: both are shown."""
    return (
        by_people is not None
        and computed is not Status.NOT_AVAILABLE
        and by_people.status is not computed
    )
