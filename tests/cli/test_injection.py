"""Issue 16: what a strategy file says reaches every output as text, never as a command to
a terminal, to GitHub Actions, to a Markdown renderer or to a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import subprocess
from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.reporters.text import safe
from tests.conftest import FIXTURES, StrictRunner

MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
HOSTILE = (
    MINIMAL.replace("title: Teststrategi", 'title: "Befolkning\\n::error::Fake CI failure"')
    .replace("title: Ett mål", 'title: "[x](javascript:alert(1)) ![y](http://tracker)\\e[31m\\a"')
    .replace("title: En indikator", 'title: "=HYPERLINK(\\"http://x\\")\\r##[error]bad"')
    .replace("metric: Antal", 'metric: "@SUM(A1)\\0\\x9b2J"')
)
CONTROLS = ("\x1b", "\x07", "\x00", "\r", "\x9b")


def commands(output: str) -> list[str]:
    """The lines GitHub Actions would run as workflow commands."""
    return [line for line in output.splitlines() if line.lstrip().startswith(("::", "##["))]


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "strategies"
    folder.mkdir()
    (folder / "testby.yaml").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def run(*args: str) -> str:
    result = StrictRunner().invoke(app, [*args, "--no-cache"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("output_format", ["table", "markdown", "csv"])
@pytest.mark.parametrize("names", [[], ["testby"]], ids=["overview", "detail"])
def test_status_outputs_hold_no_command(hostile: Path, output_format: str, names: list[str]):
    out = run("status", *names, "--format", output_format)
    assert "Befolkning" in out or "testby" in out
    assert commands(out) == []
    assert not any(char in out for char in CONTROLS)
    if output_format == "markdown":
        assert "](" not in out.replace("\\](", "")  # no Markdown link or image


def test_status_csv_has_no_formula(hostile: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("status", "testby", "--format", "csv"))))
    assert rows[0]["title"].startswith("'=HYPERLINK")
    assert rows[0]["metric"].startswith("'@SUM")
    assert rows[0]["title"].count("\n") == 0
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@")), cell


def test_the_file_keeps_its_text_in_json(hostile: Path) -> None:
    import json

    document = json.loads(run("status", "testby", "--format", "json"))
    assert "::error::Fake CI failure" in json.dumps(document, ensure_ascii=False)


@pytest.mark.parametrize("output_format", ["text", "github", "junit"])
def test_validate_outputs_hold_no_command(tmp_path: Path, output_format: str) -> None:
    path = tmp_path / "x.yaml"
    # An unknown key with a line break and ESC, and a raw BEL (STK003) in a quoted line.
    path.write_text(MINIMAL + '"kod\\n::error::x\\e[2J": 1\nx-b: "a\x07b"\n', encoding="utf-8")
    result = StrictRunner().invoke(
        app, ["validate", "--no-cache", "--format", output_format, os.fspath(path)]
    )
    assert result.exit_code == 1
    out = result.stdout
    if output_format == "github":
        assert all(line.startswith(("::error ", "::warning ")) for line in commands(out))
    else:
        assert commands(out) == []
    assert not any(char in out for char in CONTROLS)


def diff_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    (tmp_path / "strategies").mkdir()
    (tmp_path / "strategies" / "testby.yaml").write_text(MINIMAL, encoding="utf-8")
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "x", "--allow-empty")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first")
    git("tag", "_x_<img>")  # git refuses [ ] : in names; < > _ it takes
    (tmp_path / "strategies" / "testby.yaml").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("output_format", ["table", "markdown", "csv"])
def test_diff_of_revisions_holds_no_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    diff_repo(tmp_path, monkeypatch)
    out = run("diff", "--rev", "_x_<img>", "--format", output_format)
    assert "Befolkning" in out
    assert commands(out) == []
    assert not any(char in out for char in CONTROLS)
    if output_format == "markdown":
        assert "](javascript" not in out.replace("\\](", "")
        assert "\\_x\\_\\<img>" in out  # the revision's name is text, not emphasis or HTML
    if output_format == "csv":
        cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
        assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_the_safe_functions() -> None:
    assert (
        safe.visible("a\x1b[31mb\x07\x00\x7f\x85\u202e")
        == "a\u241b[31mb\u2407\u2400\u2421\ufffd\ufffd"
    )
    assert safe.one_line("a\n::error::x") == "a ::error::x"
    assert safe.no_command("ok\n  ::error::x\n##[warning]y") == (
        "ok\n  \u200b::error::x\n\u200b##[warning]y"
    )
    assert safe.markdown("[x](javascript:a) ![y](http://t) |*_`<") == (
        "\\[x\\](javascript:a) !\\[y\\](http://t) \\|\\*\\_\\`\\<"
    )
    assert safe.csv_cell("=1+1") == "'=1+1"
    assert safe.csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe.csv_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert safe.csv_cell("-5") == "-5"
    assert safe.csv_cell("+1,5") == "+1,5"
    assert safe.csv_cell(-5) == -5
    assert safe.csv_cell("Antal") == "Antal"
