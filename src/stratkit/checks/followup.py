"""Checks of what the yearly follow-up writes down (format 1.1): assessments by people that
differ from the rules, deadlines passed, and red lights without an analysis."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from stratkit.diagnostics import Finding
from stratkit.messages import Message
from stratkit.model.choices import InitiativeStatus
from stratkit.model.strategy import StrategyFile
from stratkit.progress.assess import assess


def assessment_agrees(strategy: StrategyFile) -> Iterator[Finding]:
    """STK308: people assessed a status other than the one the rules compute for that year."""
    period = strategy.strategy.period
    for i, ind in enumerate(strategy.indicators):
        for year, appraisal in sorted(ind.assessment.items()):
            result = assess(ind, year, period=period)
            if not result.disagrees:
                continue
            yield Finding(
                "STK308",
                ("indicators", i, "assessment", str(year), "status"),
                Message(
                    "indicator '{id}' is assessed '{assessed}' for {year}, but its values "
                    "give '{computed}'",
                    id=ind.id,
                    assessed=appraisal.status,
                    year=year,
                    computed=result.computed_status.value,
                ),
                Message(
                    "both are shown; say in the motivation why the assessment differs, or "
                    "correct the status"
                ),
            )


_FINISHED = (InitiativeStatus.DONE, InitiativeStatus.CANCELLED)


def deadlines_passed(strategy: StrategyFile, year: int) -> Iterator[Finding]:
    """STK404: a deadline whose year is over, and the initiative is not done (nor cancelled).

    Judged by the year, as freshness is, so that the answer is the same all year long.
    """
    for i, initiative in enumerate(strategy.initiatives):
        deadline = initiative.deadline
        if deadline is None or int(deadline[:4]) >= year:
            continue
        status = initiative.status_in(None)
        if status in _FINISHED:
            continue
        yield Finding(
            "STK404",
            ("initiatives", i, "deadline"),
            Message(
                "initiative '{id}' was due by {deadline} and is not done",
                id=initiative.id,
                deadline=deadline,
            ),
            Message(
                "report its status for {year} (done, ongoing or cancelled), or give the "
                "new deadline with the decision that moved it",
                year=year - 1,
            ),
        )


def analysis_required(strategy: StrategyFile, statuses: Collection[str]) -> Iterator[Finding]:
    """STK405: with `require_analysis`, an indicator whose latest year has one of `statuses`
    needs an analysis for that year: a red light must be explained."""
    if not statuses:
        return
    period = strategy.strategy.period
    for i, ind in enumerate(strategy.indicators):
        years = [*ind.actual, *ind.assessment]
        if not years:
            continue
        latest = max(years)
        status = assess(ind, latest, period=period).status
        if status.value not in statuses or latest in ind.analysis:
            continue
        yield Finding(
            "STK405",
            ("indicators", i, "id"),
            Message(
                "indicator '{id}' is '{status}' in {year} but has no analysis for {year}",
                id=ind.id,
                status=status.value,
                year=latest,
            ),
            Message(
                "add 'analysis:' (analys, analyysi) with a line '{year}: …' saying why",
                year=latest,
            ),
        )
