"""The long table: every row what the rules of `status --as-of YEAR` say, cell by cell, and
the seam for format 1.1's values with preliminary, women and men."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from stratkit.exchange.rows import ActualPoint, actual_point
from stratkit.progress.assess import verdict
from stratkit.reporters.exchange.long_table import COLUMNS, long_document, long_part
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT

FILES = [
    *sorted((ROOT / "strategies").glob("*.yaml")),
    *sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.yaml")),
]


@pytest.mark.parametrize("style_name", ["plain", "excel"])
def test_every_row_is_the_status_as_of_its_year(style_name: str) -> None:
    style = CsvStyle.excel() if style_name == "excel" else CsvStyle.plain()
    rows = 0
    for path in FILES:
        strategy = check_file(path).usable
        if strategy is None:
            continue
        got = "".join(long_document([("ett namn", long_part(style_name, strategy))], style))
        expected = [style.start + csv_line(COLUMNS, style)]
        for ind in strategy.indicators:
            direction = ind.inferred_direction
            for year in sorted(ind.actual):
                cells = ["ett namn", strategy.municipality.code, strategy.municipality.name]
                cells += [ind.id, ind.title, ind.unit, direction.value if direction else None]
                for point in (ind.baseline, ind.target):
                    cells += [point.year, point.value] if point else [None, None]
                cells += [year, ind.actual[year], "false", None, None]
                cells.append(verdict(ind, year).status.value)
                expected.append(csv_line(cells, style))
                rows += 1
        assert got == "".join(line + style.newline for line in expected), path.name
    assert rows > 30


def test_a_years_actual_in_either_shape() -> None:
    assert actual_point(30180) == ActualPoint(30180)
    mapping = {"value": 60, "preliminary": True, "women": 31, "men": 29, "note": "prel."}
    assert actual_point(mapping) == ActualPoint(60, True, 31, 29, "prel.")
    model_like = SimpleNamespace(value=1.5, preliminary=False, women=None, men=None, note=None)
    assert actual_point(model_like) == ActualPoint(1.5)


def test_the_rows_keep_no_name_of_their_own(tmp_path: Path) -> None:
    strategy = check_file(ROOT / "strategies" / "karlskoga.yaml").usable
    assert strategy is not None
    part = long_part("plain", strategy)
    assert "karlskoga" not in part.lower().replace("karlskoga,", "")  # only the municipality
    text = "".join(long_document([("kopia", part)], CsvStyle.plain()))
    assert all(line.startswith("kopia,") for line in text.splitlines()[1:])
