"""Status as JSON: every number a plain JSON number, every judgement with its reason.

The document is made of one part per strategy (reporters.status.parts), which `status`
has the workers make; this renders a whole report the same way.
"""

from __future__ import annotations

from stratkit.model.choices import Language, Method
from stratkit.progress.assess import Assessment
from stratkit.progress.rollup import StatusReport
from stratkit.reporters import RenderOptions
from stratkit.reporters.status.parts import json_document, json_part


def render(report: StatusReport, options: RenderOptions, language: Language | None = None) -> str:
    parts = [(s.name, json_part(s)) for s in report.strategies]
    return "".join(json_document(report.as_of, report.method, parts, indent=True))


def method_used(forced: Method | None, assessments: list[Assessment]) -> str | None:
    """The method every indicator was judged by: the forced one, the one they all share
    (linear when none says otherwise), or None when they differ (see each indicator's)."""
    if forced is not None:
        return forced.value
    methods = {a.method.value for a in assessments} or {Method.LINEAR.value}
    return methods.pop() if len(methods) == 1 else None
