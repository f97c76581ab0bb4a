"""The one map from (kind of result, format) to the renderer that draws it.

Every result a command produces is of one kind below, and each kind has its enum of
formats. A renderer is named as "module:function" and imported only when it is used.
tests/unit/test_registry.py checks that every kind has a renderer for every format it offers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum, StrEnum
from typing import Any

from stratkit.reporters import Rendered, RenderOptions


class Kind(Enum):
    DIAGNOSTICS = "diagnostics"  # validation.report.ValidationRun
    STATUS = "status"  # progress.rollup.StatusReport
    STATUS_PARTS = "status_parts"  # validation.status.StatusParts
    OVERVIEW = "overview"  # progress.overview.Overview
    YEAR_DIFF = "year_diff"  # diff.years.YearDiff
    REVISION_DIFF = "revision_diff"  # diff.revisions.RevisionDiff


class DiagnosticsFormat(StrEnum):
    """The formats of `validate`: text for people, the rest for CI and programs."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    JUNIT = "junit"


class ReportFormat(StrEnum):
    """The formats of `status` and `diff`: a table for people, the rest for programs and
    documents."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ExcelFormat(StrEnum):
    """`--format csv --excel`: CSV that a Swedish or Finnish Excel opens by double-click."""

    CSV_EXCEL = "csv-excel"


# The kind of each result type, by class name, so that finding it imports nothing.
KIND_OF = {
    "ValidationRun": Kind.DIAGNOSTICS,
    "StatusReport": Kind.STATUS,
    "StatusParts": Kind.STATUS_PARTS,
    "Overview": Kind.OVERVIEW,
    "YearDiff": Kind.YEAR_DIFF,
    "RevisionDiff": Kind.REVISION_DIFF,
}

_R = "stratkit.reporters"
RENDERERS: dict[Kind, dict[StrEnum, str]] = {
    Kind.DIAGNOSTICS: {
        DiagnosticsFormat.TEXT: f"{_R}.diagnostics.text:render",
        DiagnosticsFormat.JSON: f"{_R}.diagnostics.json:render",
        DiagnosticsFormat.GITHUB: f"{_R}.diagnostics.github:render",
        DiagnosticsFormat.JUNIT: f"{_R}.diagnostics.junit:render",
    },
    Kind.STATUS: {
        ReportFormat.TABLE: f"{_R}.status.table:render",
        ReportFormat.JSON: f"{_R}.status.json:render",
        ReportFormat.CSV: f"{_R}.status.csv:render",
        ReportFormat.MARKDOWN: f"{_R}.status.markdown:render",
        ExcelFormat.CSV_EXCEL: f"{_R}.status.csv:render_excel",
    },
    # `status --format json|csv` as `status` makes it: each strategy's part made by the
    # workers (PART_MAKERS below), then joined; the same bytes as Kind.STATUS's renderers.
    Kind.STATUS_PARTS: {
        ReportFormat.JSON: f"{_R}.status.json_parts:render",
        ReportFormat.CSV: f"{_R}.status.csv_parts:render",
    },
    # The overview is for people; programs get the full status of every strategy instead.
    Kind.OVERVIEW: {
        ReportFormat.TABLE: f"{_R}.overview.table:render",
        ReportFormat.MARKDOWN: f"{_R}.overview.markdown:render",
    },
    Kind.YEAR_DIFF: {
        ReportFormat.TABLE: f"{_R}.diff.table:render_years",
        ReportFormat.JSON: f"{_R}.diff.json:render_years",
        ReportFormat.CSV: f"{_R}.diff.csv:render_years",
        ReportFormat.MARKDOWN: f"{_R}.diff.markdown:render_years",
        ExcelFormat.CSV_EXCEL: f"{_R}.diff.csv_excel:render_years",
    },
    Kind.REVISION_DIFF: {
        ReportFormat.TABLE: f"{_R}.diff.table:render_revisions",
        ReportFormat.JSON: f"{_R}.diff.json:render_revisions",
        ReportFormat.CSV: f"{_R}.diff.csv:render_revisions",
        ReportFormat.MARKDOWN: f"{_R}.diff.markdown:render_revisions",
        ExcelFormat.CSV_EXCEL: f"{_R}.diff.csv_excel:render_revisions",
    },
}

# The formats each kind must offer; the registry test holds RENDERERS to this.
FORMATS: dict[Kind, frozenset[StrEnum]] = {
    Kind.DIAGNOSTICS: frozenset(DiagnosticsFormat),
    Kind.STATUS: frozenset({*ReportFormat, ExcelFormat.CSV_EXCEL}),
    # --excel is for a person, in the person's language: made of the models, not of parts.
    Kind.STATUS_PARTS: frozenset({ReportFormat.JSON, ReportFormat.CSV}),
    Kind.OVERVIEW: frozenset({ReportFormat.TABLE, ReportFormat.MARKDOWN}),
    Kind.YEAR_DIFF: frozenset({*ReportFormat, ExcelFormat.CSV_EXCEL}),
    Kind.REVISION_DIFF: frozenset({*ReportFormat, ExcelFormat.CSV_EXCEL}),
}

# What makes each strategy's part of a kind made of parts, in each of its formats: called as
# maker(as_of, method, today, strategy) where the file is validated (validation.products).
PART_MAKERS: dict[Kind, dict[StrEnum, str]] = {
    Kind.STATUS_PARTS: {
        ReportFormat.JSON: f"{_R}.status.json_parts:part",
        ReportFormat.CSV: f"{_R}.status.csv_parts:part",
    },
}


def kind_of(result: object) -> Kind:
    return KIND_OF[type(result).__name__]


def offers(kind: Kind, output_format: StrEnum) -> bool:
    return output_format in RENDERERS[kind]


def renderer(kind: Kind, output_format: StrEnum) -> Callable[[Any, RenderOptions], Rendered]:
    render: Callable[[Any, RenderOptions], Rendered] = _named(RENDERERS[kind][output_format])
    return render


def part_maker(kind: Kind, output_format: StrEnum) -> Callable[..., str] | None:
    """What makes each strategy's part of `kind` in `output_format`; None when that output
    is not made of parts."""
    name = PART_MAKERS.get(kind, {}).get(output_format)
    return None if name is None else _named(name)


def _named(name: str) -> Any:
    module_name, _, function = name.partition(":")
    return getattr(importlib.import_module(module_name), function)


def render(result: object, output_format: StrEnum, options: RenderOptions) -> Rendered:
    """`result` drawn in `output_format`: the one way every command turns a result into text
    (or, for a large document, its pieces in order, written as they come)."""
    return renderer(kind_of(result), output_format)(result, options)
