"""Judgement within the strategy's period (issue 12, item 6; docs/progress.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.model.strategy import Indicator, Period, StrategyFile
from stratkit.progress.assess import Value, assess
from stratkit.progress.period import baseline_year, ended, judged_year
from stratkit.progress.rollup import strategy_status, summarize
from stratkit.progress.statuses import Reason, Status
from tests.conftest import StrictRunner
from tests.unit.test_rollup import load

runner = StrictRunner()


def population(actual: dict[int, int]) -> Indicator:
    return Indicator.model_validate(
        {"id": "x", "title": "X", "direction": "increase", "actual": actual}
    )


@pytest.mark.parametrize(
    ("years", "start", "expected"),
    [
        ([2019, 2020, 2023, 2025], None, 2019),  # no period: the earliest, as before
        ([2019, 2020, 2023, 2025], 2024, 2023),  # the latest at or before the start
        ([2019, 2024, 2025], 2024, 2024),  # the start year itself
        ([2026, 2025, 2027], 2024, 2025),  # none before: the first inside the period
    ],
)
def test_the_inferred_baseline_lies_at_the_period_start(
    years: list[int], start: int | None, expected: int
) -> None:
    assert baseline_year(years, start) == expected


def test_kasko_is_no_longer_judged_from_2019() -> None:
    status = strategy_status("kasko", load("kasko"))
    invanare = status.assessments[0]
    assert invanare.baseline == Value(2023, 1208)
    assert invanare.baseline_inferred
    assert invanare.latest == Value(2025, 1248)
    assert invanare.status is Status.ON_TRACK  # 1 208 -> 1 248 in two years: 1.6 % a year
    # The period runs: judged at the newest value, not at 2030, which nothing is judged at.
    assert (status.judged_at, status.period_ended) == (None, False)
    assert invanare.as_of is None


def test_the_report_draws_the_as_of_line_at_the_year_judged(in_root: Path, tmp_path: Path) -> None:
    """Before: "Lägesåret 2030" on every chart and "judged_at": 2030 beside 2025's figures."""
    out = tmp_path / "kasko.html"
    result = runner.invoke(app, ["report", "kasko", "--output", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Lägesår 2025." in page
    assert "Lägesår 2030." not in page
    as_json = runner.invoke(app, ["status", "kasko", "--format", "json"]).stdout
    assert '"judged_at": null' in as_json
    assert '"judged_at": 2030' not in as_json


def test_kasko_as_of_2024_has_nothing_to_judge_yet() -> None:
    """Before: Försämring, from 1 278 (2020) down to 1 208 (2023), both before the period."""
    invanare = strategy_status("kasko", load("kasko"), as_of=2024).assessments[0]
    assert invanare.baseline == Value(2023, 1208)
    assert invanare.reason is Reason.NO_ACTUAL_AFTER_BASELINE


def test_kristinehamn_is_judged_at_2012_with_later_values_after_the_period() -> None:
    status = strategy_status("kristinehamn", load("kristinehamn"))
    assert (status.judged_at, status.period_ended) == (2012, True)
    [invanare] = status.assessments
    assert invanare.latest == Value(2012, 23729)  # +31, as the final report says
    assert invanare.after_period == Value(2024, 23756)
    assert invanare.cagr_observed == pytest.approx(23729 / 23698 - 1)
    assert invanare.status is Status.LIMITED_PROGRESS
    assert [v.year for v in invanare.series] == [2010, 2011, 2012]


def test_as_of_overrides_the_period_end() -> None:
    status = strategy_status("kristinehamn", load("kristinehamn"), as_of=2024)
    assert (status.judged_at, status.period_ended) == (2024, False)
    assert status.assessments[0].latest == Value(2024, 23756)
    assert status.assessments[0].after_period is None


def test_the_calendar_ends_a_period_that_has_no_later_values() -> None:
    strategy = load("kasko")
    assert not ended(strategy, None, 2030)
    assert ended(strategy, None, 2031)
    assert not ended(strategy, 2031, 2031)  # --as-of decides


def test_without_a_period_todays_rules_stand() -> None:
    karlskoga = load("karlskoga")
    assert karlskoga.strategy.period is None
    assert judged_year(None, None) is None
    status = strategy_status("karlskoga", karlskoga, today=2040)
    assert (status.judged_at, status.period_ended) == (None, False)
    assert status.assessments[0].latest == Value(2024, 30180)
    ind = population({2010: 1, 2015: 2})
    assert assess(ind).baseline == assess(ind, period=None).baseline == Value(2010, 1)
    assert assess(ind, period=Period(start=2012, end=2020)).baseline == Value(2010, 1)


def test_the_overview_judges_like_the_detail() -> None:
    for name in ("kasko", "kristinehamn"):
        strategy: StrategyFile = load(name)
        assert summarize(strategy) == strategy_status(name, strategy).summary


def test_status_says_it_judges_at_the_period_end(in_root: Path) -> None:
    result = runner.invoke(app, ["status", "kristinehamn"], catch_exceptions=False)
    assert "Bedömt vid periodens slut (2012); senare värden visas som efter perioden." in (
        result.stdout
    )
    assert "Efter perioden: Öka befolkningstillväxten i kommunen 23\u00a0756 (2024)" in (
        result.stdout
    )
    english = runner.invoke(app, ["status", "kristinehamn", "--lang", "en"]).stdout
    assert "Judged at the end of the period (2012)" in english
    finnish = runner.invoke(app, ["status", "kristinehamn", "--lang", "fi"]).stdout
    assert "Arvioitu kauden lopussa (2012)" in finnish
    markdown = runner.invoke(app, ["status", "kristinehamn", "--format", "markdown"]).stdout
    assert "_Bedömt vid periodens slut (2012)" in markdown
    assert "- Efter perioden: Öka" in markdown
    kasko = runner.invoke(app, ["status", "kasko"]).stdout
    assert "periodens slut" not in kasko


def test_a_later_analysis_or_initiative_status_also_ends_the_period() -> None:
    base = {
        "municipality": {"name": "T", "country": "SE"},
        "strategy": {"title": "T", "period": {"start": 2020, "end": 2022}},
    }
    assert not ended(StrategyFile.model_validate(base), None, None)
    analysed = {**base, "indicators": [{"id": "a", "title": "A", "analysis": {2023: "Efteråt."}}]}
    assert ended(StrategyFile.model_validate(analysed), None, None)
    history = {**base, "initiatives": [{"id": "b", "title": "B", "status": {2023: "done"}}]}
    assert ended(StrategyFile.model_validate(history), None, None)
