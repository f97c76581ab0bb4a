"""What the import tests share: a strategy file copied into a folder of its own, its export as
a real workbook, the cells of one indicator or initiative in it, and the text a strategy file
should have after its years' lines are edited."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import Result
from openpyxl import load_workbook
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from stratkit.cli.app import app
from tests.conftest import StrictRunner

runner = StrictRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def copied(source: Path, folder: Path) -> Path:
    """`source` alone in `folder` (made here), so that import may write it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def exported(strategy: Path, book: Path) -> Workbook:
    result = run("export", strategy.stem, "--output", str(book), "--dir", str(strategy.parent))
    assert result.exit_code == 0, result.stderr
    return load_workbook(book)


def row_of(sheet: Worksheet, ident: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == ident)


def year_column(sheet: Worksheet, year: int) -> int:
    headers = [cell.value for cell in sheet[1]]
    return next(i for i, h in enumerate(headers, 1) if str(h).endswith(str(year)))


def imported(sheet_file: Path, folder: Path, *extra: str) -> Result:
    return run("import", str(sheet_file), "--dir", str(folder), "--no-cache", *extra)


def block_of(text: str, ident: str) -> tuple[int, int]:
    """The offsets of the item `- id: IDENT` of a list, up to the next item at its indent."""
    match = re.search(rf"^( *)- id: {re.escape(ident)}\n", text, re.MULTILINE)
    assert match, ident
    after = re.compile(rf"^{match.group(1)}- |^\S", re.MULTILINE).search(text, match.end())
    return match.start(), after.start() if after else len(text)


def with_years(
    text: str, ident: str, values: dict[int, str | None], added: tuple[int, int, str] | None = None
) -> str:
    """`text` with the year lines of indicator `ident` (a block mapping) edited as a person
    expects: a year set to a new value keeps its comment, a year set to None loses its line,
    and `added` (after_year, year, value) puts a new line after the year before it."""
    start, end = block_of(text, ident)
    block = text[start:end]
    key = re.search(r"^( +)(actual|förverkligats|utfall|toteuma|toteutunut):\n", block, re.M)
    assert key, ident
    lines = block[key.end() :].splitlines(keepends=True)
    inside = next(
        (i for i, line in enumerate(lines) if len(line) - len(line.lstrip()) <= len(key.group(1))),
        len(lines),
    )
    result = []
    for line in lines[:inside]:
        match = re.match(r"^( +)(\d{4}): (\S+)(.*)$", line, re.DOTALL)
        year = int(match.group(2)) if match else None
        if match and year in values:
            new = values[year]
            if new is not None:
                result.append(f"{match.group(1)}{year}: {new}{match.group(4)}")
        else:
            result.append(line)
        if match and added and year == added[0]:
            result.append(f"{match.group(1)}{added[1]}: {added[2]}\n")
    edited = block[: key.end()] + "".join(result) + "".join(lines[inside:])
    return text[:start] + edited + text[end:]


def diff(before: str, after: str, path: Path) -> list[str]:
    """The unified diff import prints for `path`."""
    import difflib

    name = str(path)
    return list(
        difflib.unified_diff(
            before.splitlines(), after.splitlines(), f"a/{name}", f"b/{name}", lineterm=""
        )
    )
