"""Checks of single indicators: is the row complete and does it make sense as a whole?"""

from __future__ import annotations

from collections.abc import Iterator

from stratkit.diagnostics import Finding
from stratkit.model.choices import Direction
from stratkit.model.strategy import Indicator, StrategyFile


def _indicators(strategy: StrategyFile) -> Iterator[tuple[int, Indicator]]:
    return enumerate(strategy.indicators)


def target_after_baseline(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.baseline and ind.target and ind.target.year <= ind.baseline.year:
            yield Finding(
                "STK304",
                ("indicators", i, "target", "year"),
                f"the target year {ind.target.year} is not after the baseline year "
                f"{ind.baseline.year}",
                "the target must lie in the future of the baseline; check both years",
            )


def direction_matches_target(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if not (ind.direction and ind.baseline and ind.target):
            continue
        gap = ind.target.value - ind.baseline.value
        if gap * ind.direction.sign < 0:
            wanted = (
                Direction.DECREASE if ind.direction is Direction.INCREASE else Direction.INCREASE
            )
            yield Finding(
                "STK303",
                ("indicators", i, "direction"),
                f"direction is '{ind.direction}' but the target ({ind.target.value}) is "
                f"{'below' if gap < 0 else 'above'} the baseline ({ind.baseline.value})",
                f"write 'direction: {wanted}' if that is what the target means, "
                "or correct the target",
            )


def direction_known(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.actual and ind.inferred_direction is None:
            yield Finding(
                "STK305",
                ("indicators", i, "id"),
                f"indicator '{ind.id}' does not say whether higher or lower values are better",
                "add 'direction: increase' (öka) or 'direction: decrease' (minska)",
            )


def baseline_matches_actual(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.baseline is None or ind.baseline.year not in ind.actual:
            continue
        reported = ind.actual[ind.baseline.year]
        if reported != ind.baseline.value:
            yield Finding(
                "STK306",
                ("indicators", i, "baseline", "value"),
                f"the baseline for {ind.baseline.year} is {ind.baseline.value} but the value "
                f"reported for {ind.baseline.year} is {reported}",
                "make the two agree, or note why they differ in a comment",
            )


_COLUMNS = (
    ("metric", "Mätare (metric)"),
    ("baseline", "Nuläge (baseline)"),
    ("target", "Målsättning (target)"),
    ("actual", "Förverkligats (actual values)"),
)


def indicator_complete(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.assessment:
            continue  # judged by people (format 1.1): empty figure columns are deliberate
        missing = [label for name, label in _COLUMNS if not getattr(ind, name)]
        if missing:
            listed = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
            yield Finding(
                "STK401",
                ("indicators", i, "id"),
                f"indicator '{ind.id}' has no {listed} yet",
                "fill in the missing columns when the figures are known",
            )
