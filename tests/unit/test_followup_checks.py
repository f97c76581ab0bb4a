"""validate on format 1.1 (issue 12, items 3, 5 and 7): STK308, STK404 and require_analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli import settings as config
from stratkit.cli.app import app
from stratkit.validation.one_file import check_text
from stratkit.validation.report import CheckOptions
from tests.conftest import StrictRunner

runner = StrictRunner()

RED = """\
municipality: {name: Testby, country: SE}
strategy: {title: Teststrategi}
indicators:
  - id: invanare
    title: Fler invånare
    metric: Folkmängd
    direction: increase
    baseline: {year: 2020, value: 100}
    target: {year: 2030, value: 120}
    actual: {2024: 95}
  - id: trygghet
    title: Tryggheten ökar
    assessment:
      2025: {status: missed, motivation: Målet nåddes inte.}
    analysis:
      2025: Enkäten visar lägre trygghet i centrum.
"""


def codes(text: str, required: tuple[str, ...]) -> list[tuple[str, int]]:
    report = check_text("t.yaml", text, CheckOptions(require_analysis=required))
    return [(d.code, d.line) for d in report.diagnostics]


def test_a_red_light_without_analysis_is_an_error_only_when_asked_for() -> None:
    assert codes(RED, ()) == []
    assert codes(RED, ("missed", "deteriorating")) == [("STK405", 4)]
    report = check_text("t.yaml", RED, CheckOptions(require_analysis=("deteriorating",)))
    [error] = report.diagnostics
    assert error.is_error
    assert error.message == (
        "indicator 'invanare' is 'deteriorating' in 2024 but has no analysis for 2024"
    )
    assert error.hint == "add 'analysis:' (analys, analyysi) with a line '2024: …' saying why"
    explained = RED.replace(
        "    actual: {2024: 95}", "    actual: {2024: 95}\n    analys: {2024: Utflyttning.}"
    )
    assert codes(explained, ("deteriorating", "missed")) == []
    # The assessed one is red too, and explained for its year.
    assert codes(RED, ("missed",)) == []


def test_require_analysis_in_stratkit_toml_and_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    strategies = tmp_path / "strategies"
    strategies.mkdir()
    (strategies / "t.yaml").write_text(RED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate"], catch_exceptions=False)
    assert result.exit_code == 0
    (tmp_path / "stratkit.toml").write_text(
        'require_analysis = ["missed", "deteriorating"]\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", "--no-cache"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "error STK405 indicator 'invanare' is 'deteriorating' in 2024" in result.stdout
    # The option replaces the setting.
    result = runner.invoke(
        app, ["validate", "--no-cache", "--require-analysis", "missed"], catch_exceptions=False
    )
    assert result.exit_code == 0
    result = runner.invoke(app, ["validate", "--require-analysis", "misssed"])
    assert result.exit_code == 2
    assert "unknown status 'misssed' (did you mean 'missed'?)" in result.stderr


def test_settings_read_require_analysis_and_refuse_what_is_not_a_status(tmp_path: Path) -> None:
    source = tmp_path / "stratkit.toml"
    assert config.parse({"require_analysis": ["missed"]}, source).require_analysis == ("missed",)
    assert config.parse({"require-analysis": ["missed"]}, source).require_analysis == ("missed",)
    with pytest.raises(config.ConfigError, match="must be a list of statuses"):
        config.parse({"require_analysis": "missed"}, source)
    with pytest.raises(config.ConfigError, match="unknown status 'red'"):
        config.parse({"require_analysis": ["red"]}, source)
