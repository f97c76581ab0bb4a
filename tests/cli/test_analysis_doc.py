"""The DuckDB query of docs/analysis.md, run on the long tables of the example strategies,
as CSV and as Parquet, against the statuses `stratkit status --as-of` gives."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from stratkit.cli.app import app
from stratkit.progress.assess import verdict
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT, StrictRunner

runner = StrictRunner()
EXAMPLES = sorted((ROOT / "strategies").glob("*.yaml"))
DOC = ROOT / "docs" / "analysis.md"


def the_query() -> str:
    [sql] = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return sql


def expected() -> list[tuple[str, int, int, int]]:
    counts: dict[tuple[str, int], list[int]] = {}
    for path in EXAMPLES:
        strategy = check_file(path).usable
        assert strategy is not None
        for indicator in strategy.indicators:
            for year in indicator.actual:
                period = strategy.strategy.period
                status = verdict(indicator, year, None, period).status.value
                if status == "not_available":
                    continue
                tally = counts.setdefault((strategy.municipality.name, year), [0, 0])
                tally[0] += status in ("achieved", "on_track")
                tally[1] += 1
    return sorted((m, y, a, b) for (m, y), (a, b) in counts.items())


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_the_documented_query_runs_over_many_exports(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    for path in EXAMPLES:
        result = runner.invoke(
            app,
            [
                "export",
                path.stem,
                "--long",
                "--format",
                kind,
                "--output",
                str(exports / f"{path.stem}.{kind}"),
                "--dir",
                str(ROOT / "strategies"),
                "--no-cache",
            ],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.stderr
    monkeypatch.chdir(tmp_path)
    sql = the_query()
    if kind == "parquet":
        sql = sql.replace("read_csv('exports/*.csv')", "read_parquet('exports/*.parquet')")
    rows = duckdb.sql(sql).fetchall()
    assert [(m, y, a, b) for m, y, a, b, _ in rows] == expected()
    assert all(share == round(a / b, 2) for _, _, a, b, share in rows)
    # Kaskö 2024–2030 is judged from its value at the start of the period (2023): 2025 on track.
    assert ("Kaskö", 2025, 1, 1, 1.0) in rows


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    result = runner.invoke(
        app, ["export", "--long", "--format", "parquet", "--output", str(tmp_path / "x.parquet")]
    )
    assert result.exit_code == 2
    assert "pip install 'stratkit[parquet]'" in result.stderr
    assert not (tmp_path / "x.parquet").exists()


def test_long_csv_for_excel(in_root: Path) -> None:
    result = runner.invoke(app, ["export", "karlskoga", "--long", "--format", "csv", "--excel"])
    text = result.stdout_bytes.decode("utf-8")
    assert text.startswith("\ufeffstrategy;municipality_code;municipality;")
    assert "\r\n" in text
