"""`stratkit import` of a sheet whose strategy files are not in the folder: the sheet belongs
to another repository, which no cell can fix. One message per sheet naming the files, exit 2,
nothing written, in Swedish, Finnish and English; a file here that has errors is said once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.sheets import copied, exported, imported, row_of, run, year_column

SWEDISH = ROOT / "strategies" / "karlskoga.yaml"
FINNISH = FIXTURES / "languages" / "kaskinen_suomi.yaml"
ENGLISH = FIXTURES / "valid" / "minimal.yaml"
LOCALES = {"sv": "sv_SE.UTF-8", "fi": "fi_FI.UTF-8", "en": "C.UTF-8"}
# The message and hint for a sheet of one file, in the run's language.
ELSEWHERE = {
    "sv": (
        "fel: bladet gäller strategifilen {file}, som inte finns i mappen {folder}",
        "tips: kör import i det förråd där {file} finns, eller ange mappen den ligger i med "
        "--dir; inget skrevs",
    ),
    "fi": (
        "virhe: taulukko koskee strategiatiedostoa {file}, jota ei ole kansiossa {folder}",
        "vihje: suorita import siinä repositoriossa, jossa {file} on, tai anna sen kansio "
        "valitsimella --dir; mitään ei kirjoitettu",
    ),
    "en": (
        "error: the sheet is for the strategy file {file}, which is not in the folder {folder}",
        "hint: run import in the repository that has {file}, or give --dir with the folder "
        "it is in; nothing was written",
    ),
}


def _speak(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setenv("LC_ALL", LOCALES[language])


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
@pytest.mark.parametrize("source", [SWEDISH, FINNISH, ENGLISH], ids=["sv", "fi", "en"])
def test_a_sheet_from_another_repository_is_refused_once_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, source: Path
) -> None:
    strategy = copied(source, tmp_path / "home" / "strategies")
    book = tmp_path / "sheet.xlsx"
    exported(strategy, book)
    other = copied(SWEDISH if source != SWEDISH else FINNISH, tmp_path / "other" / "strategies")
    before = other.read_bytes()
    _speak(monkeypatch, language)
    result = imported(book, other.parent, "--write")
    assert result.exit_code == 2, result.stderr
    message, hint = ELSEWHERE[language]
    assert result.stderr.splitlines() == [
        message.format(file=strategy.name, folder=other.parent),
        hint.format(file=strategy.name),
    ]
    assert result.stdout == ""
    assert other.read_bytes() == before
    # In its own folder the same sheet imports (nothing changed: exit 0).
    assert imported(book, strategy.parent).exit_code == 0


def _two_strategies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A workbook of a Swedish and a Finnish strategy, with a new figure for the Swedish one."""
    folder = tmp_path / "home" / "strategies"
    swedish, finnish = copied(SWEDISH, folder), copied(FINNISH, folder)
    book_path = tmp_path / "both.xlsx"
    result = run(
        "export", "karlskoga", "kaskinen_suomi", "--output", str(book_path), "--dir", str(folder)
    )
    assert result.exit_code == 0, result.stderr
    from openpyxl import load_workbook

    book = load_workbook(book_path)
    sheet = next(s for s in book.worksheets if s.title.startswith("karlskoga"))
    sheet.cell(row_of(sheet, "invanare"), year_column(sheet, 2023)).value = 30000
    book.save(book_path)
    return book_path, swedish, finnish


def test_a_sheet_partly_for_files_not_here_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book, swedish, _finnish = _two_strategies(tmp_path)
    alone = copied(swedish, tmp_path / "alone" / "strategies")
    before = alone.read_bytes()
    for language, words in (
        ("sv", "bladet har också rader för strategifilen kaskinen_suomi.yaml, som inte finns"),
        ("fi", "taulukossa on myös rivejä strategiatiedostosta kaskinen_suomi.yaml, jota ei"),
        ("en", "the sheet also has rows of the strategy file kaskinen_suomi.yaml, which is not"),
    ):
        _speak(monkeypatch, language)
        result = imported(book, alone.parent, "--write")
        assert result.exit_code == 2, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 2, lines
        assert words in lines[0], lines
        assert "karlskoga.yaml" not in lines[0]  # the file that is here is not named missing
        assert "kaskinen_suomi.yaml" in lines[1]  # delete its rows, or give --dir
        assert alone.read_bytes() == before
    # Where both files are, the change is made.
    monkeypatch.setenv("LC_ALL", LOCALES["en"])
    result = imported(book, swedish.parent, "--write")
    assert result.exit_code == 0, result.stderr
    assert swedish.read_bytes() != SWEDISH.read_bytes()


def test_a_sheet_for_several_missing_files_names_each_once(tmp_path: Path) -> None:
    book, _swedish, _finnish = _two_strategies(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = imported(book, empty)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "error: the sheet is for the strategy files karlskoga.yaml, kaskinen_suomi.yaml, "
        f"which are not in the folder {empty}"
    )
    assert result.stderr.count("karlskoga.yaml") == 1
    # No folder at all: the same message, not a Python error.
    result = imported(book, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "which are not in the folder" in result.stderr


def test_a_file_here_with_errors_is_said_once_not_per_row(tmp_path: Path) -> None:
    book, swedish, finnish = _two_strategies(tmp_path)
    shutil.copyfile(FINNISH, finnish)
    swedish.write_text("municipality: {name: X}\n", encoding="utf-8")
    result = imported(book, swedish.parent, "--lang", "en")
    assert result.exit_code == 1
    said = "the rows of karlskoga.yaml were not compared: the file has errors (listed above)"
    assert result.stdout.count(said) == 1, result.stdout
    assert "Nothing was written" in result.stdout
