"""`status`: what a command must load for the answer asked for, and the answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from stratkit.validation.batch import Progress, Source
from stratkit.validation.loading import Answer, load
from stratkit.validation.report import Need

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.model.choices import Method
    from stratkit.progress.overview import Overview
    from stratkit.progress.rollup import StatusReport


def status(
    sources: Sequence[tuple[str, Source]],
    *,
    overview: bool,
    as_of: int | None = None,
    method: Method | None = None,
    year: int | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> Answer[StatusReport | Overview]:
    """Every strategy in detail, or (`overview`) one line per strategy.

    `year` is the current year, which tells whether a strategy's period is over. A plain
    overview needs no models: the cache (or the workers) give each file's line, so
    600 municipalities take about as long as `validate`. Judged as of a year or by another
    method, the lines are computed from the strategies.
    """
    from stratkit.progress.overview import Overview

    quick = overview and as_of is None and method is None
    loaded = load(sources, Need.OVERVIEWS if quick else Need.STRATEGIES, cache, progress)
    left_out = tuple(report.path for report in loaded.left_out)
    if quick:
        return Answer(Overview(tuple(loaded.overviews), left_out=left_out), loaded.left_out)
    # The engine imports the model (pydantic): only when strategies are judged here.
    from stratkit.progress.rollup import status_report

    report = status_report(loaded.strategies, as_of, method, year)
    if overview:
        rows = tuple((s.name, s.summary) for s in report.strategies)
        return Answer(Overview(rows, as_of, method, left_out), loaded.left_out)
    return Answer(replace(report, left_out=left_out), loaded.left_out)
