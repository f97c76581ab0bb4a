"""Text that a spreadsheet would run as a formula is written so that it is shown instead, in
every CSV for Excel and in the workbook, and read back as the person wrote it."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stratkit.cli.app import app
from stratkit.exchange.formulas import neutralise, unneutralise
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line
from tests.conftest import ROOT, StrictRunner

runner = StrictRunner()

HOSTILE = [
    '=HYPERLINK("http://example.invalid","klicka")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_gets_an_apostrophe_and_comes_back(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert unneutralise(neutralise(text)) == text


@pytest.mark.parametrize("text", ["-12", "+5", "-1,5", "-1.5e3", "- 3", "Minska", "", "'=x"])
def test_numbers_and_plain_text_are_left_alone(text: str) -> None:
    expected = text if text != "- 3" else "'- 3"
    assert neutralise(text) == expected


def test_excel_csv_cells_are_neutralised_but_plain_csv_is_not() -> None:
    row = ["=1+1", -2.5, "-2,5", None]
    assert csv_line(row, CsvStyle.excel()) == "'=1+1;-2,5;-2,5;"
    assert csv_line(row, CsvStyle.plain()) == '=1+1,-2.5,"-2,5",'


def test_a_hostile_title_in_every_excel_output(tmp_path: Path) -> None:
    folder = tmp_path / "strategies"
    folder.mkdir()
    text = (ROOT / "strategies" / "karlskoga.yaml").read_text(encoding="utf-8")
    hostile = text.replace(
        "title: Minst 32 000 invånare år 2025", 'title: "=HYPERLINK(\\"http://x.invalid\\")"', 1
    )
    assert hostile != text
    (folder / "karlskoga.yaml").write_text(hostile, encoding="utf-8")
    args = ["--dir", str(folder), "--no-cache"]
    for command in (
        ["status", "--format", "csv", "--excel", *args],
        ["export", "--format", "csv", "--excel", *args],
        ["export", "--long", "--format", "csv", "--excel", *args],
    ):
        result = runner.invoke(app, command, catch_exceptions=False)
        cells = [
            cell
            for row in csv.reader(
                io.StringIO(result.stdout.lstrip("\ufeff"), newline=""), delimiter=";"
            )
            for cell in row
        ]
        assert '\'=HYPERLINK("http://x.invalid")' in cells, command
        assert not any(cell.startswith("=") for cell in cells), command
    book = tmp_path / "out.xlsx"
    runner.invoke(app, ["export", "--output", str(book), *args], catch_exceptions=False)
    # openpyxl writes a text beginning with '=' as a formula: the workbook must not.
    sheet = load_workbook(book)["Förverkligats"]
    assert sheet["C2"].data_type == "s"
    shutil.copy(book, tmp_path / "back.xlsx")
    result = runner.invoke(app, ["import", str(tmp_path / "back.xlsx"), *args])
    assert result.stdout == "The sheet changes nothing.\n"


def test_diff_csv_for_excel(in_root: Path) -> None:
    # In English the headers are the codes of the plain CSV (the Swedish ones: test_excel_words).
    args = ["diff", "2023", "2024", "--format", "csv", "--excel", "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    text = result.stdout_bytes.decode("utf-8")
    assert text.startswith("\ufeffstrategy;indicator;title;")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    header = rows[0]
    karlskoga = dict(zip(header, next(r for r in rows if r[0] == "karlskoga"), strict=True))
    assert karlskoga["change"] == "-98"
    assert karlskoga["change_relative"].startswith("-0,003")
