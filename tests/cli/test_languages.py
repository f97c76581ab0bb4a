"""Whole strategies written in Swedish and in Finnish keys: they validate, and status and diff
speak their language."""

from __future__ import annotations

import pytest

from stratkit.cli.app import app
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, StrictRunner

LANGUAGES = FIXTURES / "languages"
runner = StrictRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["karlskoga_svenska", "kaskinen_suomi"])
def test_a_strategy_written_wholly_in_one_language_has_no_errors(name: str) -> None:
    report = check_file(LANGUAGES / f"{name}.yaml")
    assert [d for d in report.diagnostics if d.is_error] == []
    assert report.usable is not None


def test_the_swedish_file_is_the_example_with_swedish_keys() -> None:
    swedish = check_file(LANGUAGES / "karlskoga_svenska.yaml").usable
    english = check_file(FIXTURES.parent.parent / "strategies" / "karlskoga.yaml").usable
    assert swedish is not None
    assert swedish == english


def test_the_finnish_file_reads_finnish_keys_and_values() -> None:
    strategy = check_file(LANGUAGES / "kaskinen_suomi.yaml").usable
    assert strategy is not None
    assert strategy.language == "fi"
    assert strategy.strategy.period is not None
    assert (strategy.strategy.period.start, strategy.strategy.period.end) == (2024, 2030)
    people = strategy.indicators[0]
    assert people.direction == "increase"
    assert people.actual == {2019: 1246, 2020: 1278, 2023: 1208, 2025: 1248}
    assert [goal.benefit is not None for goal in strategy.goals] == [True] * 5


def test_status_in_finnish() -> None:
    code, stdout, _ = run("status", "--dir", str(LANGUAGES), "kaskinen_suomi")
    assert code == 0
    assert "Mittari" in stdout
    assert "Lähtötaso" in stdout
    assert "Toteutunut" in stdout
    assert "Asukasluku kasvaa" in stdout


def test_status_in_swedish() -> None:
    code, stdout, _ = run("status", "--dir", str(LANGUAGES), "karlskoga_svenska")
    assert code == 0
    assert "Mätare" in stdout
    assert "Nuläge" in stdout
    assert "Målsättning" in stdout
    assert "Försämring" in stdout


def test_diff_in_finnish() -> None:
    code, stdout, _ = run("diff", "2020", "2025", "--dir", str(LANGUAGES), "kaskinen_suomi")
    assert code == 0
    assert "Alku (2020)" in stdout
    assert "Loppu (2025)" in stdout
    assert "Yhteenveto: heikentynyt 1" in stdout


def test_diff_in_swedish() -> None:
    code, stdout, _ = run("diff", "2022", "2024", "--dir", str(LANGUAGES), "karlskoga_svenska")
    assert code == 0
    assert "Från (2022)" in stdout
    assert "försämrad" in stdout
    assert "Sammanfattning: försämrad 1" in stdout
