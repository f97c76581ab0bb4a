"""Open what comes back from a person: an xlsx workbook or a CSV file (either kind stratkit
writes, or as a spreadsheet saved it), as grids of cell values for read_back."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.exchange.read_back import ReadBack, Vocabulary, read_grid
from stratkit.i18n import _


def read_sheets(path: Path, words: Vocabulary) -> ReadBack:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise CannotRun(
            _("file not found: {path}").format(path=path),
            _("give the .xlsx or .csv file that `stratkit export` wrote"),
        )
    found = ReadBack()
    if suffix in (".xlsx", ".xlsm"):
        for name, grid in _workbook(path):
            read_grid(name, grid, words, found)
    elif suffix in (".csv", ".txt"):
        read_grid(path.name, _csv(path), words, found)
    else:
        raise CannotRun(
            _("cannot read {path}: stratkit reads .xlsx and .csv files").format(path=path),
            _("save the sheet as an Excel workbook (.xlsx) or as CSV UTF-8"),
        )
    if not found.rows and not found.problems:
        raise CannotRun(
            _("{path} holds no sheet that stratkit exported").format(path=path),
            _("the first two columns (hidden in the workbook) must be 'file' and 'id'"),
        )
    return found


def _workbook(path: Path) -> list[tuple[str, list[list[object]]]]:
    # openpyxl is imported only by the commands that read or write workbooks (start-up time).
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        # Formulas as written (not their cached results): a value must be typed, not computed.
        book = load_workbook(path, read_only=True, data_only=False)
    except (BadZipFile, KeyError, OSError, ValueError):
        # The library's own words ("File is not a zip file") help nobody at a town hall.
        raise CannotRun(
            _("{path} is not an Excel workbook, although its name ends in {suffix}").format(
                path=path, suffix=path.suffix
            ),
            _(
                "open it in Excel and choose File > Save As > 'Excel Workbook (*.xlsx)', "
                "then import the file you saved"
            ),
        ) from None
    try:
        return [
            (sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)])
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _csv(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = _("it is UTF-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            encoding = _guess(raw, error.start)
        else:
            rows = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
            return [list(row) for row in rows]
    raise CannotRun(
        _("{path} is not UTF-8 text ({encoding})").format(path=path, encoding=encoding),
        _("in Excel choose File > Save As > 'CSV UTF-8 (comma delimited)' and import that file"),
    )


def _guess(raw: bytes, offset: int) -> str:
    byte = raw[offset : offset + 1].decode("cp1252", "replace")
    return _("it looks like Windows-1252, where byte 0x{code} is '{letter}'").format(
        code=f"{raw[offset]:02X}", letter=byte
    )


def _separator(text: str) -> str:
    """The separator of the header line: a semicolon from a Swedish or Finnish Excel, a
    comma from programs, a tab from a copy."""
    header = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=header.count)
