"""Checks of single indicators: is the row complete and does it make sense as a whole?"""

from __future__ import annotations

from collections.abc import Iterator

from stratkit.diagnostics import Finding
from stratkit.i18n import N_
from stratkit.messages import Message, Spelt, Written
from stratkit.model import vocabulary
from stratkit.model.choices import Direction
from stratkit.model.reported import Reported, value_of
from stratkit.model.strategy import Indicator, StrategyFile


def _indicators(strategy: StrategyFile) -> Iterator[tuple[int, Indicator]]:
    return enumerate(strategy.indicators)


def target_after_baseline(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.baseline and ind.target and ind.target.year <= ind.baseline.year:
            yield Finding(
                "STK304",
                ("indicators", i, "target", "year"),
                Message(
                    "the target year {target} is not after the baseline year {baseline}",
                    target=ind.target.year,
                    baseline=ind.baseline.year,
                ),
                Message("the target must lie in the future of the baseline; check both years"),
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
            where = ("indicators", i, "direction")
            written = {
                "key": Written(where, "key", "direction", "Indicator"),
                "value": Written(where, "value", str(ind.direction)),
                "target": ind.target.value,
                "baseline": ind.baseline.value,
            }
            below = N_(
                "{key} is '{value}' but the target ({target}) is below the baseline ({baseline})"
            )
            above = N_(
                "{key} is '{value}' but the target ({target}) is above the baseline ({baseline})"
            )
            yield Finding(
                "STK303",
                where,
                Message(below if gap < 0 else above, **written),
                Message(
                    "write '{key}: {wanted}' if that is what the target means, "
                    "or correct the target",
                    key=written["key"],
                    wanted=Spelt(vocabulary.DIRECTIONS, str(wanted)),
                ),
            )


def direction_known(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.actual and ind.inferred_direction is None:
            yield Finding(
                "STK305",
                ("indicators", i, "id"),
                Message(
                    "indicator '{id}' does not say whether higher or lower values are better",
                    id=ind.id,
                ),
                Message(
                    "add '{key}: {increase}' or '{key}: {decrease}'",
                    key=Written(("indicators", i, "direction"), "key", "direction", "Indicator"),
                    increase=Spelt(vocabulary.DIRECTIONS, "increase"),
                    decrease=Spelt(vocabulary.DIRECTIONS, "decrease"),
                ),
            )


def baseline_matches_actual(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.baseline is None or ind.baseline.year not in ind.actual:
            continue
        reported = value_of(ind.actual[ind.baseline.year])
        if reported != ind.baseline.value:
            yield Finding(
                "STK306",
                ("indicators", i, "baseline", "value"),
                Message(
                    "the baseline for {year} is {baseline} but the value reported for {year} "
                    "is {reported}",
                    year=ind.baseline.year,
                    baseline=ind.baseline.value,
                    reported=reported,
                ),
                Message("make the two agree, or note why they differ in a comment"),
            )


_COLUMNS = ("metric", "baseline", "target", "actual")


def indicator_complete(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        if ind.assessment:
            continue  # judged by people (format 1.1): empty figure columns are deliberate
        missing = [
            Written(("indicators", i, name), "key", name, "Indicator")
            for name in _COLUMNS
            if not getattr(ind, name)
        ]
        if missing:
            yield Finding(
                "STK401",
                ("indicators", i, "id"),
                _missing(ind.id, missing),
                Message("fill in the missing columns when the figures are known"),
            )


# One sentence per number of missing columns (metric, baseline, target, actual: at most four),
# so that each language joins the names its own way.
_MISSING = (
    N_("indicator '{id}' has no '{a}' yet"),
    N_("indicator '{id}' has no '{a}' or '{b}' yet"),
    N_("indicator '{id}' has no '{a}', '{b}' or '{c}' yet"),
    N_("indicator '{id}' has no '{a}', '{b}', '{c}' or '{d}' yet"),
)


def _missing(indicator: str, keys: list[Written]) -> Message:
    """'has no 'mätare' or 'nuläge' yet', with the keys as the file would write them."""
    return Message(_MISSING[len(keys) - 1], id=indicator, **dict(zip("abcd", keys, strict=False)))


def women_and_men_add_up(strategy: StrategyFile) -> Iterator[Finding]:
    for i, ind in _indicators(strategy):
        # Most years are a bare number; asked for all at once, they cost a national run little.
        if Reported not in map(type, ind.actual.values()):
            continue
        for year, entry in ind.actual.items():
            if not isinstance(entry, Reported) or entry.women is None or entry.men is None:
                continue
            # Each figure may be rounded by half a unit of its last digit, no more.
            slack = sum(_half_unit(n) for n in (entry.value, entry.women, entry.men))
            if abs(entry.women + entry.men - entry.value) > slack + 1e-9:
                yield Finding(
                    "STK320",
                    ("indicators", i, "actual", str(year)),
                    Message(
                        "women ({women}) and men ({men}) add up to {total}, but the value "
                        "for {year} is {value}",
                        women=entry.women,
                        men=entry.men,
                        total=entry.women + entry.men,
                        year=year,
                        value=entry.value,
                    ),
                    Message(
                        "check the three figures against the source; note why they differ if "
                        "the source says so (SCB adds noise to its figures from 2025)"
                    ),
                )


def _half_unit(number: int | float) -> float:
    if isinstance(number, int) or float(number).is_integer():
        return 0.5
    decimals = len(repr(float(number)).split(".")[1])
    return 0.5 * 10.0**-decimals
