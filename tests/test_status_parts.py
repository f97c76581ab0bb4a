"""`status --format json|csv` made of per-strategy parts: the same document as from the
models, from workers and from the cache alike; compact on a pipe; CSV for Excel."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stratkit.cli.app import app
from stratkit.model.choices import Method
from stratkit.progress.rollup import status_report
from stratkit.reading.discovery import strategy_name
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import csv as status_csv
from stratkit.reporters.status import json as status_json
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT

runner = CliRunner()
EXAMPLES = sorted((ROOT / "strategies").glob("*.yaml"))


def status(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["status", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def from_models(as_of: int | None, method: Method | None) -> tuple[str, str]:
    """JSON and CSV made the long way: every strategy a model, one report."""
    strategies = []
    for path in EXAMPLES:
        usable = check_file(path).usable
        assert usable is not None
        strategies.append((strategy_name(path), usable))
    report = status_report(strategies, as_of, method)
    options = RenderOptions()
    return status_json.render(report, options), status_csv.render(report, options)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STRATKIT_CACHE_DIR", str(folder))
    return folder


@pytest.mark.parametrize(("as_of", "method"), [(None, None), (2021, Method.CAGR), (2012, None)])
def test_parts_make_the_same_document_as_the_models_cold_and_warm(
    in_root: Path, cache: Path, as_of: int | None, method: Method | None
) -> None:
    extra = [] if as_of is None else ["--as-of", str(as_of)]
    extra += [] if method is None else ["--method", method.value]
    whole_json, whole_csv = from_models(as_of, method)
    for _ in ("cold", "warm"):
        code, piped, _ = status("--format", "json", *extra)
        assert code == 0
        assert json.loads(piped) == json.loads(whole_json)
        code, table, _ = status("--format", "csv", *extra)
        assert (code, table) == (0, whole_csv)
    assert any(cache.rglob("*")), "the parts were kept in the cache"


def test_json_on_a_pipe_is_one_strategy_a_line(in_root: Path) -> None:
    _, piped, _ = status("--format", "json")
    lines = piped.splitlines()
    assert lines[0] == '{"as_of": null, "method": "linear", "strategies": ['
    assert lines[-1] == "]}"
    names = [json.loads(line.rstrip(","))["name"] for line in lines[1:-1]]
    assert names == ["karlskoga-hallbarhet", "karlskoga", "kasko", "kristinehamn"]
    whole, _ = from_models(None, None)
    assert whole.startswith('{\n  "as_of": null,\n  "method": "linear",')  # for a terminal


def test_a_renamed_copy_gets_its_own_name_from_the_cache(tmp_path: Path, cache: Path) -> None:
    shutil.copy(ROOT / "strategies" / "kasko.yaml", tmp_path / "kasko.yaml")
    status("--dir", str(tmp_path), "--format", "json")
    (tmp_path / "kasko.yaml").rename(tmp_path / "kaskö-kopia.yaml")
    _, stdout, _ = status("--dir", str(tmp_path), "--format", "json")
    assert [s["name"] for s in json.loads(stdout)["strategies"]] == ["kaskö-kopia"]
    _, table, _ = status("--dir", str(tmp_path), "--format", "csv")
    assert {row["strategy"] for row in csv.DictReader(io.StringIO(table))} == {"kaskö-kopia"}


def test_a_broken_file_is_left_out_of_json_with_exit_1(tmp_path: Path) -> None:
    shutil.copy(ROOT / "strategies" / "kasko.yaml", tmp_path / "kasko.yaml")
    (tmp_path / "trasig.yaml").write_text("municipality: {name: X, country: Sverige}\n")
    code, stdout, stderr = status("--dir", str(tmp_path), "--format", "json", "--no-cache")
    assert code == 1
    assert [s["name"] for s in json.loads(stdout)["strategies"]] == ["kasko"]
    assert "trasig.yaml" in stderr


def test_excel_csv_is_the_plain_csv_in_swedish_conventions(in_root: Path) -> None:
    _, plain, _ = status("--format", "csv")
    result = runner.invoke(app, ["status", "--format", "csv", "--excel"], catch_exceptions=False)
    raw = result.stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    excel_rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    plain_rows = list(csv.reader(io.StringIO(plain, newline="")))
    assert len(excel_rows) == len(plain_rows)
    for excel_row, plain_row in zip(excel_rows, plain_rows, strict=True):
        for excel_cell, plain_cell in zip(excel_row, plain_row, strict=True):
            if "." in plain_cell and _is_float(plain_cell):
                assert excel_cell == plain_cell.replace(".", ",")
            else:
                assert excel_cell == plain_cell
    karlskoga = next(row for row in excel_rows if row[0] == "karlskoga")
    assert karlskoga[16].startswith("-0,12")  # progress, a decimal comma


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_excel_goes_with_csv_only(in_root: Path) -> None:
    result = runner.invoke(app, ["status", "--format", "json", "--excel"])
    assert result.exit_code == 2
    assert "--excel goes with --format csv" in result.stderr


def test_the_fast_json_part_is_the_encoded_dict() -> None:
    """json_part writes from templates what encoding strategy_dict would give, byte for
    byte, for every valid fixture and example, also with --as-of and --method."""
    from stratkit.progress.rollup import strategy_status
    from stratkit.reporters.status.parts import json_part, strategy_dict

    files = [*EXAMPLES, *sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.yaml"))]
    checked = 0
    for path in files:
        usable = check_file(path).usable
        if usable is None:
            continue
        for as_of, method in ((None, None), (2012, Method.CAGR), (2021, Method.LINEAR)):
            status = strategy_status("", usable, as_of, method)
            _, _, body = json_part(status).partition("\t")
            expected = json.dumps(strategy_dict(status), ensure_ascii=False)
            assert body == expected, path.name
            checked += 1
    assert checked >= 12


def test_yearly_verdicts_are_the_verdicts_as_of_each_year() -> None:
    from stratkit.progress.assess import verdict, yearly_verdicts

    files = [*EXAMPLES, *sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.yaml"))]
    compared = 0
    for path in files:
        usable = check_file(path).usable
        for indicator in usable.indicators if usable else []:
            for method in (None, Method.CAGR, Method.LINEAR):
                expected = [(y, verdict(indicator, y, method)) for y in sorted(indicator.actual)]
                assert yearly_verdicts(indicator, method) == expected
                compared += len(expected)
    assert compared > 50
