"""Import changes a year's value and nothing else, and reads numbers by the file's own rules.

Real workbooks made by `stratkit export`, changed with openpyxl as a person would in Excel.
"""

from __future__ import annotations

from pathlib import Path

from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, ROOT
from tests.sheets import copied, exported, imported, row_of, year_column

REPORTED = FIXTURES / "valid" / "reported_values.yaml"


def _set(book_path: Path, target: Path, indicator: str, year: int, value: object) -> None:
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    sheet.cell(row_of(sheet, indicator), year_column(sheet, year)).value = value
    book.save(book_path)


def test_a_new_value_keeps_the_preliminary_mark_and_the_other_details(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    _set(book_path, target, "sv", 2021, 12.5)

    result = imported(book_path, target.parent, "--write", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "2021: 12 → 12.5 (preliminary, women and men, the note kept)" in result.stdout
    assert target.read_text(encoding="utf-8") == original.replace(
        "2021: {värde: 12, kvinnor", "2021: {värde: 12.5, kvinnor"
    )
    assert check_file(target).errors == 0


def test_a_block_mapping_keeps_its_lines(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    _set(book_path, target, "en", 2022, 14)

    result = imported(book_path, target.parent, "--write", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "2022: 13.5 → 14 (preliminary, the note kept)" in result.stdout
    assert target.read_text(encoding="utf-8") == original.replace(
        'value: "13,5"\n        preliminary: true', "value: 14\n        preliminary: true"
    )


def test_a_point_before_three_digits_is_refused_in_a_swedish_file(tmp_path: Path) -> None:
    target = copied(ROOT / "strategies" / "karlskoga.yaml", tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    cell = sheet.cell(row_of(sheet, "invanare"), year_column(sheet, 2023))
    cell.value = "30.250"
    book.save(book_path)

    result = imported(book_path, target.parent, "--write", "--lang", "en")
    assert result.exit_code == 1
    where = f"{sheet.title}!{cell.coordinate}"
    assert (
        f"{where}: '30.250' is ambiguous: 30 250 (a point between thousands) or 30,25 "
        "(a decimal point)"
    ) in result.stdout
    assert "type 30250 or 30,25 (with a decimal comma) in the cell" in result.stdout
    assert "→ 30" not in result.stdout
    assert target.read_text(encoding="utf-8") == original


def test_a_decimal_number_with_three_decimals_is_written_so_that_the_file_stays_valid(
    tmp_path: Path,
) -> None:
    target = copied(ROOT / "strategies" / "karlskoga.yaml", tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    _set(book_path, target, "invanare", 2024, 30.125)  # a number cell: no doubt what it is

    result = imported(book_path, target.parent, "--write", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    # 30.125 would be 30125 to a Swedish reader (STK201); the zero keeps it a decimal number.
    assert target.read_text(encoding="utf-8") == original.replace(
        "      2024: 30180\n", "      2024: 30.1250\n"
    )
    assert check_file(target).errors == 0
