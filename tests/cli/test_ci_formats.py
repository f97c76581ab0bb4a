"""`stratkit validate` in CI: every format byte for byte on messages and file names that need
escaping, `--format auto`, and well-formed JUnit XML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from stratkit.cli.app import app
from stratkit.diagnostics import Diagnostic, Severity
from stratkit.reporters import RenderOptions
from stratkit.reporters.diagnostics import github, junit
from stratkit.validation.report import FileReport, ValidationRun
from tests.conftest import FIXTURES, StrictRunner

CI = FIXTURES / "ci"
# A colon, a comma, a per cent sign, a space and an å: everything a property must escape.
TRICKY = "mål: 50%, utkast.yaml"
TODAY = "2026-11-23"


@pytest.fixture
def in_ci_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(CI / "tricky.yaml", tmp_path / TRICKY)
    shutil.copy(CI / "overdue.yaml", tmp_path / "overdue.yaml")
    shutil.copy(CI / "clean.yaml", tmp_path / "clean.yaml")
    (tmp_path / ".git").mkdir()  # a repository root: no settings from folders above apply
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = StrictRunner().invoke(app, ["validate", "--today", TODAY, *args])
    return result.exit_code, result.stdout, result.stderr


def run_all(output_format: str) -> str:
    code, stdout, stderr = run("--format", output_format, TRICKY, "overdue.yaml", "clean.yaml")
    assert (code, stderr) == (1, "")
    return stdout


OVERDUE = (
    "indicator 'invanare' has no values for 2023-2024 yet; the value for 2023 was due by the "
    "end of 2024 (lag: 1)"
)
OVERDUE_HINT = (
    "add the values for 2023-2024 under 'förverkligats', or set 'lag:' to how many "
    "years after the year its figures are published"
)
UNIT_HINT = "write only the number; put the unit (%, kr, invånare) under 'unit:'"
KEY_HINT = "allowed keys here: name, country, code (or an 'x-' extension key)"


def test_text(in_ci_folder: Path) -> None:
    assert run_all("text") == (
        "mål: 50%, utkast.yaml:5:12: error STK208 'se' is not an ISO 3166-1 alpha-2 country code\n"
        "  5 |   country: se\n"
        "    |            ^^\n"
        "  hint: write it in capitals: SE\n"
        # A line break in a value is shown as a space: a value never starts a line.
        "mål: 50%, utkast.yaml:6:3: error STK103 unknown key 'kod: 50%, ny'\n"
        '  6 |   "kod: 50%,\\nny": 1\n'
        "    |   ^^^^^^^^^^^^^^^\n"
        f"  hint: {KEY_HINT}\n"
        "mål: 50%, utkast.yaml:14:33: error STK201 '50 %' is not a number\n"
        '  14 |     target: {year: 2030, value: "50 %"}\n'
        "     |                                 ^^^^^^\n"
        f"  hint: {UNIT_HINT}\n"
        f"overdue.yaml:13:5: warning STK402 {OVERDUE}\n"
        "  13 |     förverkligats:\n"
        "     |     ^^^^^^^^^^^^^\n"
        f"  hint: {OVERDUE_HINT}\n"
        "Checked 3 files: 3 errors, 1 warning.\n"
    )


def test_json(in_ci_folder: Path) -> None:
    def entry(
        path: str, span: tuple[int, int, int], severity: str, code: str, message: str, hint: str
    ) -> dict[str, object]:
        line, column, end_column = span
        return {
            "path": path,
            "line": line,
            "column": column,
            "end_line": line,
            "end_column": end_column,
            "severity": severity,
            "code": code,
            "message": message,
            "hint": hint,
        }

    expected = {
        "summary": {"files": 3, "errors": 3, "warnings": 1},
        "diagnostics": [
            entry(
                TRICKY,
                (5, 12, 14),
                "error",
                "STK208",
                "'se' is not an ISO 3166-1 alpha-2 country code",
                "write it in capitals: SE",
            ),
            entry(TRICKY, (6, 3, 18), "error", "STK103", "unknown key 'kod: 50%,\nny'", KEY_HINT),
            entry(TRICKY, (14, 33, 39), "error", "STK201", "'50 %' is not a number", UNIT_HINT),
            entry("overdue.yaml", (13, 5, 18), "warning", "STK402", OVERDUE, OVERDUE_HINT),
        ],
    }
    assert run_all("json") == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_github(in_ci_folder: Path) -> None:
    file = "file=mål%3A 50%25%2C utkast.yaml"
    assert run_all("github") == (
        f"::error {file},line=5,col=12,endLine=5,endColumn=14,title=STK208::"
        "'se' is not an ISO 3166-1 alpha-2 country code%0Ahint: write it in capitals: SE\n"
        f"::error {file},line=6,col=3,endLine=6,endColumn=18,title=STK103::"
        f"unknown key 'kod: 50%25,%0Any'%0Ahint: {KEY_HINT}\n"
        f"::error {file},line=14,col=33,endLine=14,endColumn=39,title=STK201::"
        "'50 %25' is not a number"
        "%0Ahint: write only the number; put the unit (%25, kr, invånare) under 'unit:'\n"
        "::warning file=overdue.yaml,line=13,col=5,endLine=13,endColumn=18,title=STK402::"
        f"{OVERDUE}%0Ahint: {OVERDUE_HINT}\n"
        "Checked 3 files: 3 errors, 1 warning.\n"
    )


def test_junit(in_ci_folder: Path) -> None:
    tricky_case = f'classname="{TRICKY}" name="STK{{}} at {TRICKY}:{{}}" file="{TRICKY}"'
    assert run_all("junit") == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="stratkit validate" tests="5" failures="4" errors="0">\n'
        f'  <testsuite name="{TRICKY}" tests="3" failures="3" errors="0" skipped="0">\n'
        f'    <testcase {tricky_case.format("208", "5:12")} line="5">\n'
        "      <failure message=\"'se' is not an ISO 3166-1 alpha-2 country code\" "
        'type="STK208">'
        f"{TRICKY}:5:12: error STK208 'se' is not an ISO 3166-1 alpha-2 country code\n"
        "hint: write it in capitals: SE</failure>\n"
        "    </testcase>\n"
        f'    <testcase {tricky_case.format("103", "6:3")} line="6">\n'
        '      <failure message="unknown key \'kod: 50%,&#10;ny\'" type="STK103">'
        f"{TRICKY}:6:3: error STK103 unknown key 'kod: 50%,\nny'\n"
        f"hint: {KEY_HINT}</failure>\n"
        "    </testcase>\n"
        f'    <testcase {tricky_case.format("201", "14:33")} line="14">\n'
        '      <failure message="\'50 %\' is not a number" type="STK201">'
        f"{TRICKY}:14:33: error STK201 '50 %' is not a number\n"
        f"hint: {UNIT_HINT}</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        '  <testsuite name="overdue.yaml" tests="1" failures="1" errors="0" skipped="0">\n'
        '    <testcase classname="overdue.yaml" name="STK402 at overdue.yaml:13:5" '
        'file="overdue.yaml" line="13">\n'
        f'      <failure message="{OVERDUE}" type="STK402">'
        f"overdue.yaml:13:5: warning STK402 {OVERDUE}\n"
        f"hint: {OVERDUE_HINT}</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        '  <testsuite name="clean.yaml" tests="1" failures="0" errors="0" skipped="0">\n'
        '    <testcase classname="clean.yaml" name="clean.yaml has no problems" '
        'file="clean.yaml" />\n'
        "  </testsuite>\n"
        "</testsuites>\n"
    )


def test_junit_parses_back_to_the_diagnostics(in_ci_folder: Path) -> None:
    root = ET.fromstring(run_all("junit"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [TRICKY, "overdue.yaml", "clean.yaml"]
    failures = root.findall("testsuite/testcase/failure")
    assert [f.get("type") for f in failures] == ["STK208", "STK103", "STK201", "STK402"]
    assert failures[1].get("message") == "unknown key 'kod: 50%,\nny'"
    passing = suites[2].findall("testcase")
    assert len(passing) == 1
    assert passing[0].find("failure") is None
    assert int(root.get("tests", "0")) == len(root.findall("testsuite/testcase"))


def test_format_auto_follows_github_actions(
    in_ci_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("clean.yaml", "overdue.yaml")[1].startswith("::warning file=overdue.yaml,line=13")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert run("overdue.yaml")[1].startswith("overdue.yaml:13:5: warning STK402")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("--format", "text", "overdue.yaml")[1].startswith("overdue.yaml:13:5: warning")


def diagnostic(line: int, end_line: int, path: str = "a.yaml") -> Diagnostic:
    return Diagnostic(path, line, 3, end_line, 7, Severity.ERROR, "STK105", "m", None)


def test_github_leaves_out_columns_for_an_annotation_over_several_lines() -> None:
    assert github.command(diagnostic(4, 9)) == (
        "::error file=a.yaml,line=4,endLine=9,title=STK105::m"
    )
    assert github.escape_data("100%\r\n") == "100%25%0D%0A"
    assert github.escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_junit_names_are_unique_and_text_is_always_valid_xml() -> None:
    path = "bad\x01name.yaml"
    report = FileReport(path, (diagnostic(4, 4, path), diagnostic(4, 4, path)))
    text = junit.render(ValidationRun((report,)), RenderOptions())
    cases = ET.fromstring(text).findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [
        "STK105 at bad\ufffdname.yaml:4:3",
        "STK105 at bad\ufffdname.yaml:4:3 (2)",
    ]
