"""Every fixture file gives exactly the diagnostics it declares, at the declared position."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.diagnostics import Severity
from stratkit.validation.one_file import check_file
from stratkit.validation.report import CheckOptions
from tests.conftest import FIXTURES, files_in, read_expectations, read_year

VALID = files_in(FIXTURES / "valid")
INVALID = files_in(FIXTURES / "invalid")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_has_no_diagnostics(path: Path) -> None:
    report = check_file(path)
    assert report.diagnostics == ()
    assert report.usable is not None


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_fixture_reports_declared_codes_and_lines(path: Path) -> None:
    expected = read_expectations(path)
    assert expected, f"{path.name} declares no '# expect:' line"
    report = check_file(path, options=CheckOptions(year=read_year(path)))
    found = [f"{d.code} {d.line}:{d.column}" for d in report.diagnostics]
    assert found == expected
    for diagnostic in report.diagnostics:
        assert diagnostic.message
        assert diagnostic.hint, f"{diagnostic.code} in {path.name} gives no hint"


def test_every_error_code_in_the_catalogue_has_an_invalid_fixture() -> None:
    from stratkit.codes import CATALOGUE

    covered = {line.split()[0] for path in INVALID for line in read_expectations(path)}
    # Codes that need a situation a single file cannot show are tested elsewhere:
    # STK001 (unreadable path), STK005 (huge file), STK006 (two files, one name),
    # STK007 (a link out of the folder: tests/system/test_paths.py), STK009 (a worker that
    # crashes: tests/system/test_signals.py), STK110 (generated deep nesting), STK405 (needs
    # the require_analysis setting: tests/unit/test_followup_checks.py).
    elsewhere = {"STK001", "STK005", "STK006", "STK007", "STK009", "STK110", "STK405"}
    assert set(CATALOGUE) - covered - elsewhere == set()


def test_warnings_do_not_make_a_strategy_unusable() -> None:
    report = check_file(FIXTURES / "invalid" / "incomplete_indicator.yaml")
    assert [d.severity for d in report.diagnostics] == [Severity.WARNING]
    assert report.usable is not None


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        (
            "unclosed_quote_runs_on.yaml",
            'add the closing quote: title: "Teststrategi: Läge för ny start"',
        ),
        ("no_space_after_colon.yaml", "write metric: Antal"),
        ("indented_too_far.yaml", "start this line in column 3, like 'title:' on line 6"),
        (
            "syntax_colon.yaml",
            'put the whole value in double quotes: title: "Teststrategi: Läge för ny start"',
        ),
        ("decimal_comma_in_braces.yaml", 'write value: "1 300,5" in quotes'),
        (
            "decimal_comma_and_unit_fi.yaml",
            "write arvo: \"9,4\" in quotes, and put % under 'yksikkö:' of the indicator",
        ),
        ("finnish_and_english_key.yaml", "keep only one of 'target' and 'tavoite'"),
        (
            "year_indented_too_far_fi.yaml",
            "move the line to the left, so that '2024:' starts in column 7 like '2023:' on line 19",
        ),
        (
            "year_indented_too_little.yaml",
            "move the line to the right, so that '2024:' starts in column 7 "
            "like '2023:' on line 20",
        ),
        ("tab_before_year.yaml", "replace the tab with spaces"),
        ("missing_colon_after_key.yaml", "write enhet: invånare"),
        ("dash_without_space.yaml", "write - id: centrum"),
    ],
)
def test_slips_get_the_fix_for_the_users_own_line(name: str, hint: str) -> None:
    [diagnostic] = [d for d in check_file(FIXTURES / "invalid" / name).diagnostics if d.is_error]
    assert diagnostic.hint is not None
    assert hint in diagnostic.hint


def test_a_comment_after_the_value_stays_out_of_the_quotes() -> None:
    report = check_file(FIXTURES / "invalid" / "syntax_colon_comment.yaml")
    [diagnostic] = [d for d in report.diagnostics if d.is_error]
    assert diagnostic.hint is not None
    assert diagnostic.hint.endswith('in double quotes: title: "Teststrategi: Läge för ny start"')
