"""Women and men in the exported sheet (issue 14): two locked grey rows under an indicator
that has them, in the xlsx and the wide CSV, shown only: import never applies them and
reports a figure typed into them.

Real workbooks made by `stratkit export`, changed with openpyxl as a person would in Excel.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import FIXTURES, ROOT
from tests.sheets import copied, exported, imported, row_of, run, year_column

REPORTED = FIXTURES / "valid" / "reported_values.yaml"


def test_the_rows_of_women_and_men_are_under_their_indicator_locked_and_grey(
    tmp_path: Path,
) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    sheet = exported(target, tmp_path / "out.xlsx").worksheets[0]
    assert sheet.protection.sheet
    ids = [sheet.cell(r, 2).value for r in range(2, sheet.max_row + 1)]
    shown = [(i, f"{i}#women", f"{i}#men") for i in ("en", "sv", "fi")]
    assert ids == [ident for three in shown for ident in three]
    y2020, y2021 = year_column(sheet, 2020), year_column(sheet, 2021)
    for ident, label, figure in (
        ("en#women", "varav kvinnor", 6),
        ("en#men", "varav män", 6),
        ("fi#women", "varav kvinnor", 600),
        ("fi#men", "varav män", 600),
    ):
        line = row_of(sheet, ident)
        assert sheet.cell(line, 1).value == "reported_values.yaml"
        assert sheet.cell(line, 3).value == label
        assert sheet.cell(line, y2021).value == figure
        assert isinstance(sheet.cell(line, y2021).value, int)
        assert sheet.cell(line, y2020).value is None  # 2020 is a plain number: no women, no men
        for column in range(3, sheet.max_column + 1):
            cell = sheet.cell(line, column)
            assert cell.protection.locked
            assert cell.font.italic
            assert cell.font.color.rgb.endswith("808080")
    # The indicator's own value cells stay open to fill in.
    assert not sheet.cell(row_of(sheet, "en"), y2021).protection.locked


def test_the_labels_follow_the_language(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    for language, women, men in (
        ("fi", "joista naisia", "joista miehiä"),
        ("en", "of which women", "of which men"),
    ):
        book = tmp_path / f"{language}.xlsx"
        result = run(
            "export",
            target.stem,
            "--output",
            str(book),
            "--dir",
            str(target.parent),
            "--lang",
            language,
        )
        assert result.exit_code == 0, result.stderr
        sheet = load_workbook(book).worksheets[0]
        assert sheet.cell(row_of(sheet, "sv#women"), 3).value == women
        assert sheet.cell(row_of(sheet, "sv#men"), 3).value == men


def test_an_indicator_without_women_and_men_has_no_such_rows(tmp_path: Path) -> None:
    target = copied(ROOT / "strategies" / "karlskoga.yaml", tmp_path / "strategies")
    sheet = exported(target, tmp_path / "out.xlsx").worksheets[0]
    ids = [str(sheet.cell(r, 2).value) for r in range(2, sheet.max_row + 1)]
    assert ids
    assert not [i for i in ids if "#" in i]


def test_an_untouched_export_changes_nothing(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    book = tmp_path / "out.xlsx"
    exported(target, book)
    result = imported(book, target.parent, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "The sheet changes nothing.\n"


def test_a_figure_typed_into_a_women_row_is_reported_and_not_applied(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "back.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    line, column = row_of(sheet, "sv#women"), year_column(sheet, 2021)
    sheet.cell(line, column).value = 7
    sheet.cell(row_of(sheet, "fi#men"), column).value = None
    book.save(book_path)

    result = imported(book_path, target.parent, "--write", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    where = f"{sheet.title}!{sheet.cell(line, column).coordinate}"
    assert (
        "[sv] 2021, women: 6 → 7 in the sheet "
        f"(not applied: edit women and men in the strategy file)  ({where})"
    ) in result.stdout
    assert "[fi] 2021, men: 600 → – in the sheet" in result.stdout
    assert "not in the strategy file" not in result.stdout
    assert "Nothing to write: the changes above are not applied." in result.stdout
    assert target.read_text(encoding="utf-8") == original

    swedish = imported(book_path, target.parent, "--lang", "sv")
    assert "ändra kvinnor och män i strategifilen" in swedish.stdout
    finnish = imported(book_path, target.parent, "--lang", "fi")
    assert "muuta naiset ja miehet strategiatiedostossa" in finnish.stdout


def test_the_csv_has_the_rows_and_a_figure_typed_there_is_not_applied(tmp_path: Path) -> None:
    target = copied(REPORTED, tmp_path / "strategies")
    original = target.read_text(encoding="utf-8")
    result = run("export", target.stem, "--format", "csv", "--excel", "--dir", str(target.parent))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"), newline=""), delimiter=";"))
    year = rows[0].index("Förverkligats 2021")
    women = next(r for r in rows if r[1] == "fi#women")
    assert women[:3] == ["reported_values.yaml", "fi#women", "varav kvinnor"]
    assert women[year] == "600"
    untouched = tmp_path / "untouched.csv"
    untouched.write_text(result.stdout, encoding="utf-8")
    assert imported(untouched, target.parent, "--lang", "en").stdout == (
        "The sheet changes nothing.\n"
    )

    women[year] = "650"
    back = tmp_path / "back.csv"
    with back.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    shown = imported(back, target.parent, "--write", "--lang", "en")
    assert shown.exit_code == 0, shown.stderr
    assert "[fi] 2021, women: 600 → 650 in the sheet (not applied" in shown.stdout
    assert target.read_text(encoding="utf-8") == original


def test_the_plain_csv_has_the_rows_too() -> None:
    result = run("export", "reported_values", "--format", "csv", "--dir", str(REPORTED.parent))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    year = rows[0].index("Förverkligats 2021")
    by_id = {r[1]: r for r in rows[1:]}
    assert by_id["sv#women"][year] == "6"
    assert by_id["sv#men"][year] == "6"
