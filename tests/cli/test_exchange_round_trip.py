"""Export every example to a workbook, change it with openpyxl as a person would in Excel,
import it, and check the exact changes reported; and the same through CSV for Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stratkit.cli.app import app
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT, StrictRunner
from tests.sheets import copied, diff, exported, imported, row_of, with_years

runner = StrictRunner()
EXAMPLES = sorted((ROOT / "strategies").glob("*.yaml"))
# The examples with reported values, which a person can correct in the sheet (an example
# that has none, such as karlskoga-hallbarhet, is checked by the untouched export only).
MEASURED = [
    path
    for path in EXAMPLES
    if any(i.actual for i in getattr(check_file(path).strategy, "indicators", ()))
]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def export(name: str, target: Path) -> None:
    code, _, stderr = run(
        "export", name, "--output", str(target), "--dir", str(ROOT / "strategies")
    )
    assert code == 0, stderr


def import_(sheet: Path, *extra: str) -> tuple[int, str, str]:
    return run("import", str(sheet), "--dir", str(ROOT / "strategies"), *extra)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_an_untouched_export_changes_nothing(path: Path, tmp_path: Path) -> None:
    export(path.stem, tmp_path / "out.xlsx")
    assert import_(tmp_path / "out.xlsx") == (0, "The sheet changes nothing.\n", "")


def test_most_examples_have_values_to_edit() -> None:
    assert len(MEASURED) >= len(EXAMPLES) - 1, "the round trip would test too few examples"


@pytest.mark.parametrize("path", MEASURED, ids=lambda p: p.stem)
def test_round_trip_with_a_persons_edits(path: Path, tmp_path: Path) -> None:
    strategy = check_file(path).strategy
    assert strategy is not None
    indicator = next(i for i in strategy.indicators if i.actual)
    years = sorted(indicator.actual)
    folder = tmp_path / "strategies"
    target = copied(path, folder)
    original = target.read_text(encoding="utf-8")
    book_path = tmp_path / "out.xlsx"
    book = exported(target, book_path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = {h.rsplit(" ", 1)[-1]: i + 1 for i, h in enumerate(header) if h[-4:].isdigit()}
    row = row_of(sheet, indicator.id)
    last_known, first_known = years[-1], years[0]
    next_year = last_known + 1
    old_last, new_last = indicator.actual[last_known], indicator.actual[last_known] + 7
    sheet.cell(row, column[str(next_year)]).value = 1234  # a new year
    sheet.cell(row, column[str(last_known)]).value = new_last  # corrected
    sheet.cell(row, column[str(years[1])]).value = "12,5"  # a comma decimal typed as text
    sheet.cell(row, column[str(first_known)]).value = None  # a cleared cell
    sheet.cell(row, 3).value = "En ny titel"  # a changed title
    # The row moved to the bottom: the hidden file and id go with it.
    bottom = sheet.max_row + 1
    for number in range(1, sheet.max_column + 1):
        sheet.cell(bottom, number).value = sheet.cell(row, number).value
    sheet.delete_rows(row)
    book.save(book_path)
    result = imported(book_path, folder)
    assert result.exit_code == 0
    moved = bottom - 1  # after the deletion above it
    name = sheet.title
    cell = {y: f"{name}!{_letter(column[str(y)])}{moved}" for y in (next_year, last_known)}
    cell[years[1]] = f"{name}!{_letter(column[str(years[1])])}{moved}"
    cell[first_known] = f"{name}!{_letter(column[str(first_known)])}{moved}"
    expected = [
        path.name,
        f"  [{indicator.id}] title changed in the sheet: '{indicator.title}' → 'En ny titel' "
        f"(not applied: edit titles in the strategy file)  ({name}!C{moved})",
    ]
    old_first = _sv(indicator.actual[first_known])
    expected.append(
        f"  [{indicator.id}] {first_known}: emptied in the sheet, kept as {old_first} "
        f"(--allow-delete deletes it)  ({cell[first_known]})"
    )
    expected.append(
        f"  [{indicator.id}] {years[1]}: {_sv(indicator.actual[years[1]])} → 12,5"
        f"  ({cell[years[1]]})"
    )
    expected.append(
        f"  [{indicator.id}] {last_known}: {_sv(old_last)} → {_sv(new_last)}  ({cell[last_known]})"
    )
    expected.append(f"  [{indicator.id}] {next_year}: new value 1\u00a0234  ({cell[next_year]})")
    # The file as the person meant it: the emptied year stays until --allow-delete.
    values: dict[int, str | None] = {years[1]: "12.5", last_known: str(new_last)}
    meant = with_years(original, indicator.id, values, (last_known, next_year, "1234"))
    listed = list(expected)
    expected += diff(original, meant, target)
    expected.append("Changes to write: 3. Run again with --write to make them.")
    assert result.stdout.splitlines() == expected
    assert target.read_text(encoding="utf-8") == original  # shown, not written

    deleting = imported(book_path, folder, "--allow-delete", "--write")
    assert deleting.exit_code == 0, deleting.stderr
    listed[2] = (
        f"  [{indicator.id}] {first_known}: {old_first} deleted (emptied in the sheet)"
        f"  ({cell[first_known]})"
    )
    after = with_years(meant, indicator.id, {first_known: None})
    # Every change and the whole diff are shown before the line that says they were written.
    shown = [*listed, *diff(original, after, target), "Changes written: 4."]
    assert deleting.stdout.splitlines() == shown
    assert target.read_text(encoding="utf-8") == after
    assert check_file(target).errors == 0


def _sv(value: float) -> str:
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def test_a_cell_that_is_not_a_number_names_sheet_and_cell(tmp_path: Path) -> None:
    book_path = tmp_path / "out.xlsx"
    export("karlskoga", book_path)
    book = load_workbook(book_path)
    sheet = book["Förverkligats"]
    sheet["G2"] = "ca 30 000"
    book.save(book_path)
    code, stdout, _ = import_(book_path, "--write")
    assert code == 1
    assert "error: Förverkligats!G2: 'ca 30 000' is not a number" in stdout
    assert stdout.splitlines()[-1] == "Nothing was written: fix the cells above and import again."


def test_write_changes_only_the_bytes_of_the_new_value(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "strategies"
    shutil.copytree(ROOT / "strategies", folder)
    before = (folder / "karlskoga.yaml").read_bytes()
    book_path = tmp_path / "out.xlsx"
    run("export", "karlskoga", "--output", str(book_path), "--dir", str(folder))
    book = load_workbook(book_path)
    sheet = book["Förverkligats"]
    headers = [cell.value for cell in sheet[1]]
    column = next(i for i, h in enumerate(headers, 1) if str(h).endswith("2023"))
    sheet.cell(row=2, column=column, value=30300)  # 2023 has no figure in the file
    book.save(book_path)
    code, stdout, _ = run("import", str(book_path), "--dir", str(folder), "--write")
    assert code == 0, stdout
    after = (folder / "karlskoga.yaml").read_bytes()
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [b"      2023: 30300"]
    assert len(after.splitlines()) == len(before.splitlines()) + 1
    assert run("validate", str(folder / "karlskoga.yaml"))[0] == 0


def test_an_initiative_status_chosen_from_the_list(tmp_path: Path) -> None:
    book_path = tmp_path / "out.xlsx"
    export("kristinehamn", book_path)
    book = load_workbook(book_path)
    sheet = book["Satsning"]
    assert sheet.data_validations.dataValidation[0].type == "list"
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 6).value != "Klar")
    before = sheet.cell(row, 6).value
    sheet.cell(row, 6).value = "Klar"
    book.save(book_path)
    _, stdout, _ = import_(book_path)
    assert f"status: {before} → Klar" in stdout


def test_the_workbook_protects_ids_and_keeps_numbers_as_numbers(tmp_path: Path) -> None:
    book_path = tmp_path / "out.xlsx"
    export("karlskoga", book_path)
    sheet = load_workbook(book_path)["Förverkligats"]
    assert sheet.protection.sheet
    assert sheet.column_dimensions["A"].hidden
    assert sheet.column_dimensions["B"].hidden
    assert sheet.freeze_panes == "D2"
    assert [c.value for c in sheet[1]][:6] == [
        "file",
        "id",
        "Nytta",
        "Mätare",
        "Nuläge",
        "Målsättning",
    ]
    assert sheet["A2"].protection.locked
    assert sheet["C2"].protection.locked
    assert not sheet["G2"].protection.locked
    assert isinstance(sheet["E2"].value, int)
    assert sheet["E2"].number_format == 'General" (2019)"'
    [check] = sheet.data_validations.dataValidation
    assert check.type == "decimal"


def test_excel_csv_round_trip(tmp_path: Path) -> None:
    code, stdout, _ = run(
        "export", "karlskoga", "--format", "csv", "--excel", "--dir", str(ROOT / "strategies")
    )
    assert code == 0
    text = stdout.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:3] == ["file", "id", "Nytta"]
    year = rows[0].index("Förverkligats 2024")
    rows[1][year] = "30 190,5"  # as a Swedish Excel writes it
    target = tmp_path / "back.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    _, shown, _ = import_(target)
    assert "2024: 30\u00a0180 → 30\u00a0190,5" in shown


def test_a_csv_in_another_encoding_is_refused_clearly(tmp_path: Path) -> None:
    target = tmp_path / "back.csv"
    target.write_bytes(
        "file;id;Nytta\nkarlskoga.yaml;invanare;Minst 32 000 invånare\n".encode("cp1252")
    )
    result = runner.invoke(app, ["import", str(target)])
    assert result.exit_code == 2
    assert "is not UTF-8 text (it looks like Windows-1252" in result.stderr
    assert "CSV UTF-8" in result.stderr


@pytest.mark.parametrize(("lang", "marked"), [("sv", "prel."), ("fi", "ennakko"), ("en", "prel.")])
def test_a_preliminary_value_is_marked_in_the_sheets_language(
    tmp_path: Path, lang: str, marked: str
) -> None:
    folder = tmp_path / "strategies"
    folder.mkdir()
    fixture = ROOT / "tests" / "fixtures" / "valid" / "reported_values.yaml"
    (folder / "reported.yaml").write_bytes(fixture.read_bytes())
    book = tmp_path / "book.xlsx"
    code, _, stderr = run(
        "export", "reported", "--output", str(book), "--dir", str(folder), "--lang", lang
    )
    assert code == 0, stderr
    formats = {
        cell.number_format
        for sheet in load_workbook(book).worksheets
        for row in sheet.iter_rows()
        for cell in row
    }
    assert f'General" {marked}"' in formats


def sheets_of(tmp_path: Path, *args: str) -> list[str]:
    target = tmp_path / f"{len(list(tmp_path.iterdir()))}.xlsx"
    code, _, stderr = run(
        "export", *args, "--output", str(target), "--dir", str(ROOT / "strategies")
    )
    assert code == 0, stderr
    return load_workbook(target).sheetnames


def test_the_readme_names_the_sheets_an_export_writes(tmp_path: Path) -> None:
    """The README once called the initiatives' sheet Initiativ, a name no export gives."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for language in ("fi", "en", "sv"):
        sheets = sheets_of(tmp_path, "karlskoga", "--lang", language)
        assert len(sheets) == 2, sheets
        for sheet in sheets:
            assert f"`{sheet}`" in readme, sheet
    cited = set(re.findall(r"(\w+)![A-Z]+\d+\b", readme))  # (Satsning!F4), Förverkligats!G2
    assert cited, "the README cites no cell"
    assert cited <= set(sheets), cited - set(sheets)  # karlskoga is Swedish
    pair = sheets_of(tmp_path, "karlskoga", "kasko")[:2]
    assert f"(`{pair[0]}` and `{pair[1]}`)" in readme


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["--output", "k.csv"], "csv"),
        (["--output", "k.xlsx"], "xlsx"),
        (["--output", "k.CSV"], "csv"),
        (["--long", "--output", "k.parquet"], "parquet"),
        (["--output", "k.txt"], "xlsx"),  # an ending that names no format: the default
    ],
)
def test_the_files_ending_chooses_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], written: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("export", "karlskoga", "--dir", str(ROOT / "strategies"), *args)
    assert code == 0, stderr
    starts = {"xlsx": b"PK\x03\x04", "parquet": b"PAR1", "csv": b"file"}  # csv: its header
    assert (tmp_path / args[-1]).read_bytes()[:4] == starts[written]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "error: --format csv does not fit the file name k.xlsx"),
        ("sv", "fel: --format csv passar inte filnamnet k.xlsx"),
        ("fi", "virhe: --format csv ei sovi tiedostonimeen k.xlsx"),
    ],
)
def test_a_format_that_does_not_fit_the_ending_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(
        "--lang",
        lang,
        "export",
        "karlskoga",
        "--format",
        "csv",
        "--output",
        "k.xlsx",
        "--dir",
        str(ROOT / "strategies"),
    )
    assert code == 2
    assert said in stderr
    assert not (tmp_path / "k.xlsx").exists()
