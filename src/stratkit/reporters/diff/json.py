"""Diffs as JSON: year comparisons and revision comparisons."""

from __future__ import annotations

import json
from dataclasses import asdict

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import Movement, YearDiff, from_baseline, known
from stratkit.model.choices import InitiativeStatus
from stratkit.progress.assess import Assessment
from stratkit.reporters import RenderOptions
from stratkit.reporters.status.json import method_used


def render_years(result: YearDiff, options: RenderOptions) -> str:
    return json.dumps(years(result), ensure_ascii=False, indent=2) + "\n"


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    return json.dumps(revisions(result), ensure_ascii=False, indent=2) + "\n"


def years(diff: YearDiff) -> dict[str, object]:
    return {
        "from": diff.first,
        "to": diff.second,
        "method": method_used(
            diff.method, [m.after for s in diff.strategies for m in s.indicators]
        ),
        "strategies": [
            {
                "name": s.name,
                "title": s.strategy.strategy.title,
                "summary": {m.value: s.count(m) for m in Movement},
                "indicators": [
                    {
                        "id": m.after.indicator.id,
                        "title": m.after.indicator.title,
                        "unit": m.after.indicator.unit,
                        "from": _side(m.before),
                        "to": _side(m.after),
                        "change": m.change,
                        "change_relative": m.change_relative,
                        "movement": m.movement.value,
                        "updated": m.updated,
                        "status_changed": m.status_changed,
                        # Format 1.1: the analysis known in the second year, if any.
                        "analysis": (
                            {"year": m.after.analysis.year, "text": m.after.analysis.text}
                            if m.after.analysis
                            else None
                        ),
                    }
                    for m in s.indicators
                ],
                "initiatives": [
                    {
                        "id": i.id,
                        "title": i.title,
                        "status": _status(i.status_in(diff.second)),
                        "date": i.date,
                        "count": i.count,
                    }
                    for i in s.initiatives
                ],
                "initiative_changes": [
                    {
                        "id": m.initiative.id,
                        "title": m.initiative.title,
                        "from": _status(m.before),
                        "to": _status(m.after),
                        "count": m.initiative.count,
                    }
                    for m in s.initiative_moves
                ],
            }
            for s in diff.strategies
        ],
    }


def _status(status: InitiativeStatus | None) -> str | None:
    return status.value if status else None


def _side(a: Assessment) -> dict[str, object]:
    value = known(a)
    side: dict[str, object] = {
        "year": value.year if value else None,
        "value": value.value if value else None,
        "status": a.status.value,
    }
    if from_baseline(a):
        side["baseline"] = True  # the file's baseline is the value of that year
    if value is not None and value.preliminary:
        side["preliminary"] = True
    if value is not None and (value.women is not None or value.men is not None):
        side["women"], side["men"] = value.women, value.men
    return side


def revisions(diff: RevisionDiff) -> dict[str, object]:
    return {
        "from": {"revision": diff.first, "commit": diff.first_commit},
        "to": {"revision": diff.second, "commit": diff.second_commit},
        "changes": [
            asdict(c) | {"kind": c.kind.value, "fails": diff.fails(c)} for c in diff.changes
        ],
        "unreadable": list(diff.unreadable),
        "fail_on": list(diff.fail_on),
        "failed": len(diff.failing),
    }
