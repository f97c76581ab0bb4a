"""A year's actual as a mapping {value, preliminary, women, men, note} (issue 12, item 1)."""

from __future__ import annotations

from stratkit.diff.revisions import Kind, compare_strategy
from stratkit.model.choices import Language
from stratkit.model.reported import Reported, value_of
from stratkit.model.strategy import StrategyFile
from stratkit.progress.assess import assess
from stratkit.reporters.diff.cells import describe
from stratkit.reporters.status.cells import value as shown
from stratkit.reporters.status.json import assessment_dict
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES


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
