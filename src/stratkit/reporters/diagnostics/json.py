"""Diagnostics as JSON for programs: a summary and a flat list."""

from __future__ import annotations

import json

from stratkit.reporters import RenderOptions
from stratkit.reporters.diagnostics.language import translated
from stratkit.validation.report import ValidationRun


def render(run: ValidationRun, options: RenderOptions) -> str:
    run = translated(run, options)
    document = {
        "summary": {"files": len(run.reports), "errors": run.errors, "warnings": run.warnings},
        "diagnostics": [d.to_dict() for d in run.diagnostics],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
