"""An initiative linked to no goal, in a strategy whose indicators all have goals: shown with
the initiatives, not under an empty "Utan koppling till mål (inga indikatorer)" heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import StrictRunner

runner = StrictRunner()

STRATEGY = """\
municipality: {name: Testby, country: SE}
language: sv
strategy: {title: Testbys strategi}
goals:
  - {id: fler, title: Fler invånare}
indicators:
  - id: inv
    title: Invånare
    goals: [fler]
    direction: increase
    baseline: {year: 2020, value: 100}
    target: {year: 2030, value: 120}
    actual: {2022: 104}
initiatives:
  - {id: park, title: Ny park, status: ongoing}
"""
UNLINKED = {"sv": "Utan koppling till mål", "fi": "Ei kytketty tavoitteeseen"}
NONE = {"sv": "inga indikatorer", "fi": "ei mittareita"}


@pytest.fixture
def testby(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "strategies").mkdir()
    (tmp_path / "strategies" / "testby.yaml").write_text(STRATEGY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("lang", ["sv", "fi"])
@pytest.mark.parametrize("output_format", ["table", "markdown"])
def test_status_shows_the_initiative_without_an_empty_section(
    testby: Path, lang: str, output_format: str
) -> None:
    result = runner.invoke(app, ["status", "testby", "--lang", lang, "-f", output_format])
    assert result.exit_code == 0, result.output
    assert NONE[lang] not in result.stdout.lower()
    assert "Ny park" in result.stdout
    # Said once, with the initiatives ("Utan koppling till mål: 0 av 1 klara"), in the table.
    expected = 1 if output_format == "table" else 0
    assert result.stdout.count(UNLINKED[lang]) == expected


def test_the_report_has_no_empty_unlinked_section(testby: Path) -> None:
    result = runner.invoke(app, ["report", "testby", "--output", "-"])
    assert result.exit_code == 0, result.output
    assert "Utan koppling till mål" not in result.stdout
    assert 'id="goal-unlinked"' not in result.stdout
    assert "Ny park" in result.stdout
