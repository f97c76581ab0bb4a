"""`import --write` deletes emptied values (with --allow-delete) and writes statuses and dates.

Real workbooks made by `stratkit export` from the examples and fixtures (English, Swedish and
Finnish keys, comments beside the values), changed with openpyxl as a person would in Excel,
imported through the command line; every test compares the whole strategy file afterwards.
"""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest

from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, ROOT
from tests.sheets import copied, diff, exported, imported, row_of, run, with_years, year_column

FINNISH = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
SWEDISH = FIXTURES / "languages" / "karlskoga_svenska.yaml"
EXAMPLES = ROOT / "strategies"
THIS_YEAR = datetime.date.today().year


@pytest.mark.parametrize(
    ("source", "indicator", "year"),
    [
        (EXAMPLES / "karlskoga.yaml", "invanare", 2024),  # comments above the year stay
        (EXAMPLES / "kasko.yaml", "invanare", 2023),  # a comment beside the value goes with it
        (EXAMPLES / "kristinehamn.yaml", "invanare", 2012),
        (FINNISH, "asukkaat", 2020),  # Finnish keys (toteuma), comments beside the values
        (FIXTURES / "languages" / "kaskinen_suomi.yaml", "asukkaat", 2025),  # the last year
        (SWEDISH, "invanare", 2019),  # Swedish keys (förverkligats)
    ],
    ids=lambda v: v.stem if isinstance(v, Path) else str(v),
)
def test_an_emptied_cell_is_deleted_only_with_allow_delete(
    tmp_path: Path, source: Path, indicator: str, year: int
) -> None:
    target = copied(source, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    sheet.cell(row_of(sheet, indicator), year_column(sheet, year)).value = None
    book.save(book_path)

    kept = imported(book_path, target.parent, "--write")
    assert kept.exit_code == 0, kept.stderr
    assert kept.stdout.splitlines()[-1] == "Nothing to write: the changes above are not applied."
    assert "(--allow-delete deletes it)" in kept.stdout
    assert target.read_text(encoding="utf-8") == original

    deleted = imported(book_path, target.parent, "--allow-delete", "--write")
    assert deleted.exit_code == 0, deleted.stderr
    expected = with_years(original, indicator, {year: None})
    assert len(expected.splitlines()) == len(original.splitlines()) - 1
    assert target.read_text(encoding="utf-8") == expected
    assert deleted.stdout.splitlines()[2:] == [
        *diff(original, expected, target),
        "Changes written: 1.",
    ]
    assert check_file(target).errors == 0


def test_every_value_emptied_leaves_an_empty_mapping(tmp_path: Path) -> None:
    target = copied(FINNISH, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    for year in (2019, 2020, 2023, 2025):
        sheet.cell(row_of(sheet, "asukkaat"), year_column(sheet, year)).value = None
    book.save(book_path)
    result = imported(book_path, target.parent, "--allow-delete", "--write")
    assert result.exit_code == 0, result.stderr
    start, end = original.index("    toteuma:\n"), original.index("    lähde:")
    assert target.read_text(encoding="utf-8") == (
        original[:start] + "    toteuma: {}\n" + original[end:]
    )
    assert check_file(target).errors == 0


@pytest.mark.parametrize(
    ("source", "initiative", "chosen", "old", "new"),
    [
        (
            EXAMPLES / "kristinehamn.yaml",
            "delprojekt-pagar",
            "Klar",
            "status: pågår",
            "status: klar",
        ),
        (FINNISH, "tori", "Valmis", "tila: käynnissä ", "tila: valmis "),
        (
            SWEDISH,
            "ws-kommunstyrelsen",
            "Avbruten",
            "status: {2019: klar}",
            f"status: {{2019: klar, {THIS_YEAR}: avbruten}}",
        ),
    ],
    ids=["kristinehamn", "finnish", "swedish-history"],
)
def test_a_status_chosen_in_the_sheet_changes_that_word(
    tmp_path: Path, source: Path, initiative: str, chosen: str, old: str, new: str
) -> None:
    target = copied(source, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[1]
    sheet.cell(row_of(sheet, initiative), 6).value = chosen
    book.save(book_path)
    result = imported(book_path, target.parent, "--write")
    assert result.exit_code == 0, result.stderr
    start, end = original.index(f"- id: {initiative}\n"), original.index(old)
    assert start < end
    expected = original[:end] + new + original[end + len(old) :]
    assert target.read_text(encoding="utf-8") == expected
    assert check_file(target).errors == 0


def test_a_deletion_a_status_and_a_date_in_one_import(tmp_path: Path) -> None:
    target = copied(FINNISH, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    values, initiatives = book.worksheets
    values.cell(row_of(values, "asukkaat"), year_column(values, 2023)).value = None
    initiatives.cell(row_of(initiatives, "tori"), 6).value = "Valmis"
    # A date typed into a cell Excel took for a date: it comes back as a datetime.
    initiatives.cell(row_of(initiatives, "kirjasto"), 5).value = datetime.datetime(2025, 9, 1)
    book.save(book_path)
    result = imported(book_path, target.parent, "--allow-delete", "--write", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    expected = (
        with_years(original, "asukkaat", {2023: None})
        .replace("tila: käynnissä ", "tila: valmis ")
        .replace(
            "    tila: {2024: ei aloitettu}\n",
            "    tila: {2024: ei aloitettu}\n    päivämäärä: 2025-09-01\n",
        )
    )
    assert target.read_text(encoding="utf-8") == expected
    assert result.stdout.splitlines() == [
        "kaskinen_hankkeet.yaml",
        "  [asukkaat] 2023: 1,208 deleted (emptied in the sheet)  (Toteutunut!K2)",
        "  [tori] status: Ongoing → Done  (Hanke!F2)",
        "  [kirjasto] date: new date 2025-09-01  (Hanke!E3)",
        *diff(original, expected, target),
        "Changes written: 3.",
    ]
    assert check_file(target).errors == 0


def test_a_date_emptied_is_kept_unless_allow_delete(tmp_path: Path) -> None:
    target = copied(EXAMPLES / "kristinehamn.yaml", tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[1]
    sheet.cell(row_of(sheet, "delprojekt-klara"), 5).value = None
    book.save(book_path)
    kept = imported(book_path, target.parent, "--write")
    assert "date: emptied in the sheet, kept as 2012 (--allow-delete deletes it)" in kept.stdout
    assert target.read_text(encoding="utf-8") == original
    imported(book_path, target.parent, "--write", "--allow-delete")
    line = "    date: 2012\n"
    start = original.index("- id: delprojekt-klara")
    at = original.index(line, start)
    assert target.read_text(encoding="utf-8") == original[:at] + original[at + len(line) :]


def test_a_status_emptied_and_a_date_that_is_not_one(tmp_path: Path) -> None:
    target = copied(EXAMPLES / "kristinehamn.yaml", tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[1]
    sheet.cell(row_of(sheet, "delprojekt-klara"), 6).value = None
    book.save(book_path)
    emptied = imported(book_path, target.parent, "--write")
    assert emptied.exit_code == 0
    assert (
        "  [delprojekt-klara] status emptied in the sheet, kept as Klar "
        "(not applied: take a status out in the strategy file)"
    ) in emptied.stdout
    sheet.cell(row_of(sheet, "delprojekt-pagar"), 5).value = "våren 2026"
    book.save(book_path)
    refused = imported(book_path, target.parent, "--write")
    assert refused.exit_code == 1
    where = f"Satsning!E{row_of(sheet, 'delprojekt-pagar')}"
    assert f"error: {where}: 'våren 2026' is not a date" in refused.stdout
    assert target.read_text(encoding="utf-8") == original


def test_the_workbook_lets_status_and_date_be_filled_in_as_text(tmp_path: Path) -> None:
    book = exported(EXAMPLES / "kristinehamn.yaml", tmp_path / "out.xlsx")
    sheet = book["Satsning"]
    for column in ("E", "F"):
        assert not sheet[f"{column}2"].protection.locked
    assert sheet["E2"].number_format == "@"
    assert sheet["E2"].value == "2012"  # as the file writes it, text
    assert sheet["D2"].protection.locked


def test_csv_from_excel_deletes_and_changes_statuses(tmp_path: Path) -> None:
    target = copied(FINNISH, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    result = run("export", "--format", "csv", "--excel", "--dir", str(target.parent))
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"), newline=""), delimiter=";"))
    rows[1][rows[0].index("Toteutunut 2019")] = ""
    values = tmp_path / "values.csv"
    _save_as_excel(values, rows)
    # The initiatives sheet saved as "CSV UTF-8" from Excel: semicolons and a byte order mark.
    book = exported(target, tmp_path / "out.xlsx")
    sheet = book.worksheets[1]
    grid = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    grid[row_of(sheet, "tori") - 1][5] = "Peruttu"
    initiatives = tmp_path / "initiatives.csv"
    _save_as_excel(initiatives, grid)

    first = imported(values, target.parent, "--allow-delete", "--write")
    assert first.exit_code == 0, first.stderr
    second = imported(initiatives, target.parent, "--write")
    assert second.exit_code == 0, second.stderr
    expected = with_years(original, "asukkaat", {2019: None}).replace(
        "tila: käynnissä ", "tila: peruttu "
    )
    assert target.read_text(encoding="utf-8") == expected


def _save_as_excel(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
