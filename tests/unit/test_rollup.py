from __future__ import annotations

from stratkit.model.strategy import Initiative, StrategyFile
from stratkit.progress.overview import InitiativeTally
from stratkit.progress.rollup import strategy_status
from stratkit.progress.statuses import Status
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT


def load(name: str) -> StrategyFile:
    strategy = check_file(ROOT / "strategies" / f"{name}.yaml").usable
    assert strategy is not None
    return strategy


def test_kristinehamn_shows_38_of_46_done() -> None:
    status = strategy_status("kristinehamn", load("kristinehamn"))
    tally = status.tally
    assert (tally.done, tally.ongoing, tally.planned, tally.total) == (38, 6, 2, 46)
    assert round(100 * (tally.share_done or 0)) == 83


def test_tally_weights_entries_by_count_and_keeps_unknown_status() -> None:
    entries = [
        Initiative.model_validate({"id": "a", "title": "A", "status": "klar", "count": 3}),
        Initiative.model_validate({"id": "b", "title": "B"}),
        Initiative.model_validate({"id": "c", "title": "C", "status": "avbruten"}),
    ]
    tally = InitiativeTally.of(entries)
    assert (tally.done, tally.unknown, tally.cancelled, tally.total) == (3, 1, 1, 5)
    assert tally.share_done == 0.6
    assert InitiativeTally.of([]).share_done is None


def test_goals_get_their_indicators_and_initiatives_and_the_rest_is_grouped() -> None:
    status = strategy_status("karlskoga", load("karlskoga"))
    by_goal = {g.goal.id if g.goal else None: g for g in status.goals}
    assert list(by_goal) == ["minst-32000-invanare", "visionsarbetet"]  # nothing unlinked
    main = by_goal["minst-32000-invanare"]
    assert main.statuses == {Status.DETERIORATING: 1}
    assert (main.tally.done, main.tally.total) == (0, 8)
    assert (by_goal["visionsarbetet"].tally.done, by_goal["visionsarbetet"].tally.total) == (1, 10)


def test_strategy_counts_each_indicator_once() -> None:
    status = strategy_status("kasko", load("kasko"))
    # Judged from 1 208 (2023), the last value before the period 2024-2030: see test_period.
    assert status.statuses == {Status.ON_TRACK: 1, Status.NOT_AVAILABLE: 6}
    unlinked = status.goals[-1]
    assert unlinked.goal is None
    assert len(unlinked.assessments) == 7


def test_an_indicator_of_two_goals_counts_in_both_goals_but_once_in_the_strategy() -> None:
    strategy = StrategyFile.model_validate(
        {
            "municipality": {"name": "T", "country": "SE"},
            "strategy": {"title": "T"},
            "goals": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
            "indicators": [
                {
                    "id": "i",
                    "title": "I",
                    "goals": ["a", "b"],
                    "baseline": {"year": 2020, "value": 1},
                    "target": {"year": 2030, "value": 2},
                    "actual": {2030: 2},
                }
            ],
        }
    )
    status = strategy_status("t", strategy)
    assert [g.statuses for g in status.goals] == [{Status.ACHIEVED: 1}] * 2
    assert status.statuses == {Status.ACHIEVED: 1}
