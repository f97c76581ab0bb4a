"""`status`: what a command must load for the answer asked for, and the answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from stratkit.model.choices import Language
from stratkit.validation.batch import UNCACHED, Checking, Source
from stratkit.validation.loading import Answer, load
from stratkit.validation.report import Need

if TYPE_CHECKING:
    from stratkit.model.choices import Method
    from stratkit.progress.overview import Overview
    from stratkit.progress.rollup import StatusReport
    from stratkit.validation.products import Product


@dataclass(frozen=True, slots=True)
class StatusParts:
    """`status` in a format made of one part per strategy (JSON, CSV): each part was made
    where its file was validated (validation.products), and a renderer joins them."""

    as_of: int | None
    method: Method | None  # None: each indicator's own method (linear by default)
    # (name, part) of every usable strategy; a part starts with its strategy's language and
    # a tab (reporters.status.json_parts, csv_parts).
    parts: tuple[tuple[str, str], ...]
    left_out: tuple[str, ...] = ()  # files with errors, not judged

    @property
    def languages(self) -> list[Language]:
        return [Language(part[: part.index("\t")]) for _, part in self.parts]


def status(
    sources: Sequence[tuple[str, Source]],
    *,
    overview: bool,
    as_of: int | None = None,
    method: Method | None = None,
    year: int | None = None,
    checking: Checking = UNCACHED,
    product: Product | None = None,
) -> Answer[StatusReport | Overview | StatusParts]:
    """Every strategy in detail, or (`overview`) one line per strategy, or with `product`
    the part of the output each strategy is made into where its file is validated.

    `year` is the current year, which tells whether a strategy's period is over. A plain
    overview needs no models: the cache (or the workers) give each file's line, so
    600 municipalities take about as long as `validate`. Judged as of a year or by another
    method, the lines are computed from the strategies.
    """
    from stratkit.progress.overview import Overview

    if product is not None:
        made = load(sources, Need.PRODUCTS, checking, product)
        names = tuple(report.path for report in made.left_out)
        return Answer(StatusParts(as_of, method, tuple(made.products), names), made.left_out)
    quick = overview and as_of is None and method is None
    loaded = load(sources, Need.OVERVIEWS if quick else Need.STRATEGIES, checking)
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
