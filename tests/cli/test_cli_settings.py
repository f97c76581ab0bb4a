"""--fail-on, --select, --ignore, settings files and their precedence, and freshness dates."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from stratkit.checks.freshness import due_year
from stratkit.cli.app import app
from stratkit.model.strategy import Indicator
from tests.conftest import FIXTURES, StrictRunner

CI = FIXTURES / "ci"
TODAY = "2026-11-23"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A strategy repository: a warning-only file, a file with errors, a clean file."""
    (tmp_path / ".git").mkdir()
    shutil.copy(CI / "overdue.yaml", tmp_path / "overdue.yaml")  # STK402 (warning) only
    shutil.copy(CI / "tricky.yaml", tmp_path / "tricky.yaml")  # STK208, STK103, STK201
    shutil.copy(CI / "clean.yaml", tmp_path / "clean.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def validate(*args: str) -> tuple[int, str, str]:
    result = StrictRunner().invoke(app, ["validate", "--today", TODAY, "--format", "json", *args])
    return result.exit_code, result.stdout, result.stderr


def codes(*args: str) -> tuple[int, list[str]]:
    code, stdout, _ = validate(*args)
    return code, [d["code"] for d in json.loads(stdout)["diagnostics"]]


# --- fail-on -------------------------------------------------------------------------------


def test_warnings_pass_by_default_and_fail_with_fail_on_warning(repo: Path) -> None:
    assert codes("overdue.yaml") == (0, ["STK402"])
    assert codes("--fail-on", "warning", "overdue.yaml") == (1, ["STK402"])
    assert codes("--fail-on", "WARNING", "overdue.yaml")[0] == 1
    assert codes("--strict", "overdue.yaml")[0] == 1
    assert codes("--fail-on", "error", "overdue.yaml")[0] == 0
    assert codes("--fail-on", "error", "tricky.yaml")[0] == 1
    assert codes("--fail-on", "warning", "clean.yaml") == (0, [])


def test_contradicting_and_unknown_fail_on_exit_2(repo: Path) -> None:
    code, _, stderr = validate("--strict", "--fail-on", "error", "overdue.yaml")
    assert code == 2
    assert "--strict and --fail-on error contradict each other" in stderr
    assert validate("--fail-on", "never", "overdue.yaml")[0] == 2


# --- select and ignore --------------------------------------------------------------------


def test_select_and_ignore_filter_what_is_shown_and_what_fails(repo: Path) -> None:
    files = ("tricky.yaml", "overdue.yaml")
    assert codes(*files) == (1, ["STK208", "STK103", "STK201", "STK402"])
    assert codes("--select", "STK4", *files) == (0, ["STK402"])
    assert codes("--select", "stk103,STK402", *files) == (1, ["STK103", "STK402"])
    assert codes("--select", "STK103", "--select", "STK208", *files) == (1, ["STK208", "STK103"])
    assert codes("--ignore", "STK2,STK1", *files) == (0, ["STK402"])
    # ignore wins over select
    assert codes("--select", "STK2", "--ignore", "STK208", *files) == (1, ["STK201"])
    exit_code, stdout, _ = validate("--ignore", "STK2,STK1", *files)
    assert exit_code == 0
    assert '"summary": {\n    "files": 2,\n    "errors": 0,\n    "warnings": 1\n  }' in stdout


def test_unknown_codes_are_refused(repo: Path) -> None:
    code, stdout, stderr = validate("--select", "STK999", "overdue.yaml")
    assert (code, stdout) == (2, "")
    assert "unknown diagnostic code 'STK999' in --select" in stderr
    assert "hint: use codes such as STK103" in stderr
    assert validate("--ignore", "E501", "overdue.yaml")[0] == 2


# --- settings files -----------------------------------------------------------------------


def test_settings_file_over_defaults_and_command_line_over_file(repo: Path) -> None:
    (repo / "stratkit.toml").write_text('fail-on = "warning"\nignore = ["STK2"]\n')
    assert codes("overdue.yaml") == (1, ["STK402"])
    assert codes("--fail-on", "error", "overdue.yaml") == (0, ["STK402"])
    assert codes("tricky.yaml") == (1, ["STK103"])
    # A list on the command line replaces the file's list.
    assert codes("--ignore", "STK1", "tricky.yaml") == (1, ["STK208", "STK201"])
    (repo / "stratkit.toml").write_text('select = ["STK402"]\n')
    assert codes("tricky.yaml", "overdue.yaml") == (0, ["STK402"])
    assert codes("--select", "STK208", "tricky.yaml", "overdue.yaml") == (1, ["STK208"])


def test_pyproject_section_and_stratkit_toml_winning_over_it(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.stratkit]\nfail-on = "warning"\n'
    )
    assert codes("overdue.yaml")[0] == 1
    (repo / "stratkit.toml").write_text('fail-on = "error"\n')
    assert codes("overdue.yaml")[0] == 0


def test_settings_are_found_from_a_sub_folder_but_not_above_the_repository(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "stratkit.toml").write_text('fail-on = "warning"\n')
    (repo / "strategies").mkdir()
    shutil.copy(CI / "overdue.yaml", repo / "strategies" / "overdue.yaml")
    monkeypatch.chdir(repo / "strategies")
    assert codes("overdue.yaml")[0] == 1
    # A pyproject.toml without a stratkit section does not stop the search.
    (repo / "strategies" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert codes("overdue.yaml")[0] == 1
    # Settings above the repository root (the folder with .git) do not apply.
    inner = repo / "inner"
    (inner / ".git").mkdir(parents=True)
    shutil.copy(CI / "overdue.yaml", inner / "overdue.yaml")
    monkeypatch.chdir(inner)
    assert codes("overdue.yaml")[0] == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail_on = "warning"\n', "unknown setting 'fail_on' (did you mean 'fail-on'?)"),
        ('fail-on = "sometimes"\n', 'fail-on must be "error" or "warning", not \'sometimes\''),
        ('select = "STK401"\n', "select must be a list of codes, not 'STK401'"),
        ('ignore = ["STK4O1"]\n', "unknown diagnostic code 'STK4O1'"),
        ("fail-on = warning\n", "is not valid TOML"),
    ],
)
def test_a_bad_settings_file_stops_with_exit_2(repo: Path, text: str, message: str) -> None:
    (repo / "stratkit.toml").write_text(text)
    code, stdout, stderr = validate("clean.yaml")
    assert (code, stdout) == (2, "")
    assert message in stderr
    assert "stratkit.toml" in stderr
    assert "hint: " in stderr


def test_a_bad_pyproject_section_names_the_section(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.stratkit]\nselect = [1]\n")
    code, _, stderr = validate("clean.yaml")
    assert code == 2
    assert "pyproject.toml [tool.stratkit]: select must be a list of codes" in stderr


# --- freshness at chosen dates --------------------------------------------------------------


def examples(today: str) -> list[str]:
    from tests.conftest import ROOT

    result = StrictRunner().invoke(
        app,
        [
            "validate",
            "--lang",
            "en",
            "--today",
            today,
            "--select",
            "STK402",
            str(ROOT / "strategies"),
        ],
    )
    assert result.exit_code == 0
    return [
        line.split(": warning STK402 ")[1]
        for line in result.stdout.splitlines()
        if "STK402" in line
    ]


def test_examples_are_up_to_date_on_the_day_this_was_written() -> None:
    assert examples("2026-11-23") == []


def test_karlskoga_2025_figure_is_overdue_from_new_year_2027() -> None:
    assert examples("2026-12-31") == []
    assert examples("2027-01-01") == [
        "indicator 'invanare' has no value for 2025 yet; it was due by the end of 2026 (lag: 1)"
    ]


def test_follow_up_ends_with_the_target_year_or_the_period() -> None:
    # Karlskoga's target year is 2025, Kaskö's period ends 2030, Kristinehamn's ended 2012.
    assert examples("2040-01-01") == [
        "indicator 'invanare' has no value for 2025 yet; it was due by the end of 2026 (lag: 1)",
        "indicator 'invanare' has no values for 2026-2030 yet; the value for 2026 was due by "
        "the end of 2027 (lag: 1)",
    ]


def test_without_today_the_current_date_is_used(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: 2024)
    result = StrictRunner().invoke(app, ["validate", "overdue.yaml"])
    assert result.stdout.endswith("Checked 1 file: no problems found.\n")
    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: 2025)
    result = StrictRunner().invoke(app, ["validate", "overdue.yaml"])
    assert "has no value for 2023 yet; it was due by the end of 2024" in result.stdout


def test_a_bad_today_is_refused(repo: Path) -> None:
    result = StrictRunner().invoke(app, ["validate", "--today", "23.11.2026", "clean.yaml"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr or "%Y-%m-%d" in result.stderr


@pytest.mark.parametrize(
    ("today", "lag", "due"),
    [
        ("2026-01-01", 1, 2024),
        ("2026-12-31", 1, 2024),
        ("2027-01-01", 1, 2025),
        ("2027-01-01", 0, 2026),
        ("2027-01-01", 3, 2023),
    ],
)
def test_due_year(today: str, lag: int, due: int) -> None:
    indicator = Indicator.model_validate({"id": "a", "title": "A", "lag": lag})
    year = datetime.date.fromisoformat(today).year
    assert due_year(indicator, year) == due
    assert due_year(indicator, year, end=2020) == 2020
