"""Status as JSON: every number a plain JSON number, every judgement with its reason.

Imports no model: reporters.status.json_parts, which the command imports before its workers
start, joins the parts without one (the workers import the model to check the files).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from stratkit.model.choices import Method
from stratkit.reporters import RenderOptions

if TYPE_CHECKING:
    from stratkit.model.strategy import Initiative
    from stratkit.progress.assess import Assessment, Value
    from stratkit.progress.overview import InitiativeTally
    from stratkit.progress.rollup import StatusReport, StrategyStatus


def render(report: StatusReport, options: RenderOptions) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def to_dict(report: StatusReport) -> dict[str, object]:
    return {
        "as_of": report.as_of,
        "method": method_used(report.method, [a for s in report.strategies for a in s.assessments]),
        "strategies": [strategy_dict(s) for s in report.strategies],
    }


def method_used(forced: Method | None, assessments: list[Assessment]) -> str | None:
    """The method every indicator was judged by: the forced one, the one they all share
    (linear when none says otherwise), or None when they differ (see each indicator's)."""
    if forced is not None:
        return forced.value
    methods = {a.method.value for a in assessments} or {Method.LINEAR.value}
    return methods.pop() if len(methods) == 1 else None


def strategy_dict(status: StrategyStatus, indicators: bool = True) -> dict[str, object]:
    """One strategy; without `indicators` their list is left empty (reporters.status.json_parts
    writes them from a template)."""
    info = status.file.strategy
    return {
        "name": status.name,
        "title": info.title,
        "municipality": status.file.municipality.name,
        "language": status.file.language.value,
        "period": {"start": info.period.start, "end": info.period.end} if info.period else None,
        "judged_at": status.judged_at,
        "period_ended": status.period_ended,
        "statuses": {s.value: n for s, n in status.statuses.items()},
        "indicators": [assessment_dict(a) for a in status.assessments] if indicators else [],
        "goals": [
            {
                "id": group.goal.id,
                "title": group.goal.title,
                "statuses": {s.value: n for s, n in group.statuses.items()},
                "initiatives": {"done": group.tally.done, "total": group.tally.total},
            }
            for group in status.goals
            if group.goal is not None
        ],
        "initiatives": tally_dict(status.tally),
        "initiative_list": [initiative_dict(i, status.judged_at) for i in status.file.initiatives],
    }


def assessment_dict(a: Assessment) -> dict[str, object]:
    ind = a.indicator
    return {
        "id": ind.id,
        "title": ind.title,
        "goals": list(ind.goals),
        "metric": ind.metric,
        "unit": ind.unit,
        "direction": a.direction.value if a.direction else None,
        "method": a.method.value,
        "baseline": _value(a.baseline),
        "baseline_inferred": a.baseline_inferred,
        "target": _value(a.target),
        "target_decision": ind.target.decision if ind.target else None,
        "latest": _value(a.latest),
        "after_period": _value(a.after_period),
        "progress": a.progress,
        "expected": a.expected,
        "pace": a.pace,
        "cagr_observed": a.cagr_observed,
        "cagr_required": a.cagr_required,
        "status": a.status.value,
        "reason": a.reason.value if a.reason else None,
        # Format 1.1: what people wrote. `status` is the assessed one when the rules cannot
        # judge (`assessed`: true); `computed_status` is always the rules' own.
        "computed_status": a.computed_status.value,
        "assessed": a.assessed,
        "assessment": (
            {
                "year": a.judged.year,
                "status": a.judged.status.value,
                "motivation": a.judged.motivation,
            }
            if a.judged
            else None
        ),
        "analysis": {"year": a.analysis.year, "text": a.analysis.text} if a.analysis else None,
    }


def initiative_dict(initiative: Initiative, year: int | None) -> dict[str, object]:
    """One initiative with the status known in `year` and, with a history, the whole of it."""
    status = initiative.status_in(year)
    history = initiative.status if isinstance(initiative.status, dict) else None
    budget = initiative.budget
    return {
        "id": initiative.id,
        "title": initiative.title,
        "goals": list(initiative.goals),
        "status": status.value if status else None,
        "status_history": {str(y): s.value for y, s in history.items()} if history else None,
        "date": initiative.date,
        "count": initiative.count,
        "responsible": initiative.responsible,
        "budget": {"amount": budget.amount, "currency": budget.currency} if budget else None,
        "deadline": initiative.deadline,
    }


def tally_dict(tally: InitiativeTally) -> dict[str, int]:
    return {
        "done": tally.done,
        "ongoing": tally.ongoing,
        "planned": tally.planned,
        "cancelled": tally.cancelled,
        "unknown": tally.unknown,
        "total": tally.total,
    }


def _value(value: Value | None) -> dict[str, object] | None:
    if value is None:
        return None
    point: dict[str, object] = {"year": value.year, "value": value.value}
    if value.preliminary:
        point["preliminary"] = True
    if value.women is not None or value.men is not None:
        point["women"], point["men"] = value.women, value.men
    return point
