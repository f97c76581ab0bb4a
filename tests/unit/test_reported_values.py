"""A year's actual as a mapping {value, preliminary, women, men, note} (issue 12, item 1)."""

from __future__ import annotations

from pathlib import Path

from stratkit.diff.revisions import Kind, compare_strategy
from stratkit.model.choices import Language
from stratkit.model.reported import Reported, value_of
from stratkit.model.strategy import StrategyFile
from stratkit.progress.assess import assess
from stratkit.reporters.diff.cells import describe
from stratkit.reporters.status.cells import value as shown
from stratkit.reporters.status.json import assessment_dict
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, StrictRunner


def _strategy(actual: str) -> StrategyFile:
    from stratkit.validation.one_file import check_text

    text = (
        "municipality: {name: T, country: SE}\nstrategy: {title: T}\nindicators:\n"
        "  - id: a\n    nytta: x\n    direction: increase\n    förverkligats:\n" + actual
    )
    report = check_text("t.yaml", text)
    assert report.errors == 0, report.diagnostics
    assert report.strategy is not None
    return report.strategy


def test_the_three_vocabularies_read_the_same() -> None:
    report = check_file(FIXTURES / "valid" / "reported_values.yaml")
    assert report.usable is not None
    en, sv, fi = (ind.actual for ind in report.usable.indicators)
    assert en[2020] == 10
    assert en[2022] == Reported(value=13.5, preliminary=True, note="from the key figures")
    assert sv[2021] == Reported(value=12, women=6, men=6, preliminary=True, note="prel. siffra")
    assert fi[2021] == Reported(value=1200, women=600, men=600, preliminary=True, note="ennakko")
    assert [value_of(v) for v in en.values()] == [10, 12, 13.5]


def test_status_judges_by_value_and_marks_preliminary() -> None:
    strategy = _strategy("      2020: 100\n      2021: {värde: 110, preliminär: true}\n")
    assessment = assess(strategy.indicators[0])
    assert assessment.latest is not None
    assert assessment.latest.value == 110
    assert shown(assessment.latest, Language.SV) == "110 prel. (2021)"
    assert assessment_dict(assessment)["latest"] == {
        "year": 2021,
        "value": 110,
        "preliminary": True,
    }


def test_women_and_men_are_shown_and_carried_in_json() -> None:
    strategy = _strategy("      2021: {värde: 110, kvinnor: 60, män: 50}\n")
    latest = assess(strategy.indicators[0]).latest
    assert latest is not None
    assert shown(latest, Language.SV) == "110 (2021; kvinnor 60, män 50)"
    assert assessment_dict(assess(strategy.indicators[0]))["latest"] == {
        "year": 2021,
        "value": 110,
        "women": 60,
        "men": 50,
    }


def test_final_replacing_preliminary_is_not_a_rewrite() -> None:
    old = _strategy("      2021: {värde: 110, preliminär: true}\n      2020: 100\n")
    new = _strategy("      2021: 112\n      2020: 101\n")
    changes = {c.field: c for c in compare_strategy("t", old, new)}
    assert changes["actual.2021"].kind is Kind.ACTUAL_FINALISED
    assert changes["actual.2020"].kind is Kind.ACTUAL_REWRITTEN
    assert describe(changes["actual.2021"], Language.EN) == (
        "value for 2021 preliminary → final: 110 prel. → 112"
    )


def test_women_and_men_that_do_not_add_up_are_a_warning() -> None:
    report = check_file(FIXTURES / "invalid" / "women_men_mismatch.yaml")
    assert [d.code for d in report.diagnostics] == ["STK320"]
    assert report.usable is not None


def test_diff_between_years_carries_preliminary_women_and_men(tmp_path: Path) -> None:
    import json

    from stratkit.cli.app import app

    (tmp_path / "t.yaml").write_text(
        "municipality: {name: T, country: SE}\nstrategy: {title: T}\nindicators:\n"
        "  - id: a\n    nytta: x\n    direction: increase\n    förverkligats:\n"
        "      2020: 100\n      2024: {värde: 110, kvinnor: 56, män: 54, preliminär: ja}\n",
        encoding="utf-8",
    )
    runner = StrictRunner()
    args = ["diff", "2020", "2024", "t", "--dir", str(tmp_path), "--no-cache"]
    result = runner.invoke(app, [*args, "-f", "json"], catch_exceptions=False)
    side = json.loads(result.stdout)["strategies"][0]["indicators"][0]["to"]
    assert side == {
        "year": 2024,
        "value": 110,
        "status": side["status"],
        "preliminary": True,
        "women": 56,
        "men": 54,
    }
    result = runner.invoke(app, [*args, "-f", "csv"], catch_exceptions=False)
    header, row = result.stdout.splitlines()
    columns = dict(zip(header.split(","), row.split(","), strict=True))
    assert (columns["from_preliminary"], columns["to_preliminary"]) == ("false", "true")
    assert (columns["to_women"], columns["to_men"]) == ("56", "54")
