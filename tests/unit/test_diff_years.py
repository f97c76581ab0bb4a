"""`stratkit diff YEAR_A YEAR_B`: the state as of one year against another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.diff.years import Movement, compare_years, move
from stratkit.model.strategy import Indicator, StrategyFile
from stratkit.progress.assess import assess
from stratkit.progress.statuses import Status
from tests.conftest import StrictRunner

runner = StrictRunner()


def indicator(actual: dict[int, float], **extra: object) -> Indicator:
    data = {"id": "x", "title": "X", "actual": actual, "direction": "increase"} | extra
    return Indicator.model_validate(data)


@pytest.mark.parametrize(
    ("actual", "movement", "change"),
    [
        ({2023: 10, 2024: 12}, Movement.IMPROVED, 2),
        ({2023: 10, 2024: 9}, Movement.WORSENED, -1),
        ({2023: 10, 2024: 10}, Movement.UNCHANGED, 0),
        ({2024: 10}, Movement.NEW, None),
        ({2025: 10}, Movement.NO_DATA, None),
    ],
)
def test_movements(actual: dict[int, float], movement: Movement, change: float | None) -> None:
    ind = indicator(actual)
    result = move(assess(ind, 2023), assess(ind, 2024))
    assert result.movement is movement
    assert result.change == change


def test_a_decreasing_indicator_improves_when_it_falls() -> None:
    ind = indicator({2023: 10, 2024: 8}, direction="minska")
    result = move(assess(ind, 2023), assess(ind, 2024))
    assert result.movement is Movement.IMPROVED
    assert result.change_relative == pytest.approx(-0.2)


def test_without_a_direction_a_move_is_only_a_change() -> None:
    ind = Indicator.model_validate({"id": "x", "title": "X", "actual": {2023: 1, 2024: 2}})
    assert move(assess(ind, 2023), assess(ind, 2024)).movement is Movement.CHANGED


def test_nothing_newer_reported_is_unchanged_and_not_updated() -> None:
    ind = indicator({2022: 10})
    result = move(assess(ind, 2023), assess(ind, 2024))
    assert result.movement is Movement.UNCHANGED
    assert not result.updated


def test_status_change_and_reversed_years() -> None:
    ind = indicator(
        {2020: 10, 2022: 13, 2024: 11},
        baseline={"year": 2020, "value": 10},
        target={"year": 2030, "value": 20},
    )
    forward = move(assess(ind, 2022), assess(ind, 2024))
    assert (forward.before.status, forward.after.status) == (
        Status.ON_TRACK,
        Status.LIMITED_PROGRESS,
    )
    assert forward.status_changed
    backward = move(assess(ind, 2024), assess(ind, 2022))
    assert backward.change == -forward.change  # type: ignore[operator]
    assert backward.movement is Movement.IMPROVED


def test_initiatives_dated_between_the_years() -> None:
    strategy = StrategyFile.model_validate(
        {
            "municipality": {"name": "T", "country": "SE"},
            "strategy": {"title": "T"},
            "initiatives": [
                {"id": "a", "title": "A", "status": "klar", "date": "2024-03-01"},
                {"id": "b", "title": "B", "status": "klar", "date": "2023"},
                {"id": "c", "title": "C"},
            ],
        }
    )
    [moves] = compare_years([("t", strategy)], 2023, 2024).strategies
    assert [i.id for i in moves.initiatives] == ["a"]
    [reverse] = compare_years([("t", strategy)], 2024, 2023).strategies
    assert [i.id for i in reverse.initiatives] == ["a"]


def test_cli_json_on_the_examples(in_root: Path) -> None:
    result = runner.invoke(app, ["diff", "2021", "2024", "karlskoga", "kasko", "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert (document["from"], document["to"]) == (2021, 2024)
    karlskoga, kasko = document["strategies"]
    [population] = karlskoga["indicators"]
    assert population["from"] == {"year": 2021, "value": 30437, "status": "limited_progress"}
    assert population["to"] == {"year": 2024, "value": 30180, "status": "deteriorating"}
    assert population["change"] == -257
    assert population["change_relative"] == pytest.approx(-257 / 30437)
    assert population["movement"] == "worsened"
    assert karlskoga["summary"]["worsened"] == 1
    assert kasko["summary"] == {
        "improved": 0,
        "worsened": 1,
        "unchanged": 0,
        "changed": 0,
        "new": 0,
        "no_data": 6,
    }


def test_cli_table_and_markdown(in_root: Path) -> None:
    table = runner.invoke(app, ["diff", "2023", "2024", "kristinehamn"])
    assert table.exit_code == 0
    first_row = table.stdout.splitlines()[3]
    assert "23\u00a0817" in first_row
    assert "23\u00a0756" in first_row
    assert "Sammanfattning: försämrad 1" in table.stdout
    markdown = runner.invoke(app, ["diff", "2023", "2024", "kristinehamn", "-f", "markdown"])
    assert (
        "| Öka befolkningstillväxten i kommunen | 23\u00a0817 (2023) | 23\u00a0756 (2024) |"
        in markdown.stdout
    )
    csv = runner.invoke(app, ["diff", "2023", "2024", "kristinehamn", "-f", "csv"])
    assert csv.stdout.splitlines()[1].startswith("kristinehamn,invanare,")


def test_cli_needs_two_years(in_root: Path) -> None:
    result = runner.invoke(app, ["diff", "2023"])
    assert result.exit_code == 2
    assert "give two years to compare" in result.stderr
    assert runner.invoke(app, ["diff", "2023", "kasko"]).exit_code == 2
    assert runner.invoke(app, ["diff", "2023", "2024", "--fail-on", "any"]).exit_code == 2


@pytest.mark.parametrize(
    ("years", "lang", "said"),
    [
        # A year, but not one a file may hold: said as parse_year says it.
        (["1800", "2024"], "en", "error: year 1800 is outside 1900-2100"),
        (["1800", "2024"], "sv", "fel: året 1800 ligger utanför 1900–2100"),
        (["1800", "2024"], "fi", "virhe: vuosi 1800 ei ole välillä 1900–2100"),
        # A strategy's name where the second year goes: the user forgot a year.
        (
            ["2023", "kasko"],
            "en",
            "error: 'kasko' is not a year: give two years to compare, e.g. stratkit diff",
        ),
        (
            ["2023", "kasko"],
            "sv",
            "fel: 'kasko' är inget år: ange två år att jämföra, t.ex. stratkit diff",
        ),
        (
            ["2023", "kasko"],
            "fi",
            "virhe: 'kasko' ei ole vuosi: anna kaksi verrattavaa vuotta, esim. stratkit diff",
        ),
    ],
)
def test_cli_names_the_argument_that_is_not_a_year(
    in_root: Path, years: list[str], lang: str, said: str
) -> None:
    result = runner.invoke(app, ["diff", *years, "--lang", lang])
    assert result.exit_code == 2
    assert said in result.stderr
