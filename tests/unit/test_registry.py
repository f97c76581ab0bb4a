"""Every result kind has a renderer for every format it offers, and each renderer exists."""

from __future__ import annotations

import importlib
import inspect

import pytest

from stratkit.reporters.registry import (
    FORMATS,
    KIND_OF,
    PART_MAKERS,
    RENDERERS,
    Kind,
    part_maker,
    renderer,
)

RESULT_TYPES = {
    "stratkit.validation.report": "ValidationRun",
    "stratkit.progress.rollup": "StatusReport",
    "stratkit.progress.overview": "Overview",
    "stratkit.validation.status": "StatusParts",
    "stratkit.diff.years": "YearDiff",
    "stratkit.diff.revisions": "RevisionDiff",
}


def test_every_kind_has_exactly_its_formats() -> None:
    assert set(RENDERERS) == set(Kind) == set(FORMATS)
    for kind in Kind:
        assert set(RENDERERS[kind]) == FORMATS[kind], kind


def test_every_result_type_has_a_kind_and_every_kind_a_result_type() -> None:
    for module, name in RESULT_TYPES.items():
        assert inspect.isclass(getattr(importlib.import_module(module), name))
    assert set(KIND_OF) == set(RESULT_TYPES.values())
    assert set(KIND_OF.values()) == set(Kind)


@pytest.mark.parametrize(
    ("kind", "output_format"),
    [(kind, output_format) for kind in Kind for output_format in RENDERERS[kind]],
    ids=str,
)
def test_each_renderer_takes_a_result_and_options(kind: Kind, output_format: object) -> None:
    draw = renderer(kind, output_format)  # type: ignore[arg-type]
    assert list(inspect.signature(draw).parameters)[1:] == ["options"]


def test_a_kind_made_of_parts_has_a_maker_for_each_of_its_formats() -> None:
    for kind, makers in PART_MAKERS.items():
        assert set(makers) == FORMATS[kind], kind
        for output_format in makers:
            make = part_maker(kind, output_format)
            assert make is not None
            parameters = list(inspect.signature(make).parameters)
            assert parameters == ["as_of", "method", "today", "strategy"], (kind, output_format)
    assert part_maker(Kind.STATUS, next(iter(FORMATS[Kind.STATUS]))) is None
