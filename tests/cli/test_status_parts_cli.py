"""`status --format json|csv` through the command line, its parts cached by the workers'
checking: a part is reused only for the same format, --as-of, --method and year; names come
from the files; files with errors are left out as before."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from stratkit.cache.store import Cache
from stratkit.cli.app import app
from tests.conftest import FIXTURES, ROOT, StrictRunner

runner = StrictRunner()


def status(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["status", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cache:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STRATKIT_CACHE_DIR", str(folder))
    return Cache(folder)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The examples and the valid fixtures: periods over and running, both languages."""
    found = tmp_path / "strategier"
    found.mkdir()
    for path in [*(ROOT / "strategies").glob("*.yaml"), *(FIXTURES / "valid").glob("*.yaml")]:
        shutil.copy(path, found / path.name)
    return found


RUNS = [
    ["--format", "json"],
    ["--format", "json", "--as-of", "2012"],
    ["--format", "json", "--as-of", "2025"],
    ["--format", "json", "--method", "cagr"],
    ["--format", "json", "--as-of", "2025", "--method", "cagr"],
    ["--format", "csv"],
    ["--format", "csv", "--as-of", "2012"],
    ["--format", "csv", "--method", "cagr"],
    ["--format", "csv", "--excel"],
    ["--format", "csv", "--excel", "--as-of", "2012"],
]


def test_a_cached_part_serves_only_the_same_options(folder: Path, cache: Cache) -> None:
    """Each run after the first finds the parts of the others in the cache; were any option
    missing from a part's name, it would get parts made another way and differ."""
    uncached = {}
    for args in RUNS:
        code, stdout, _ = status("--dir", str(folder), "--no-cache", *args)
        uncached[tuple(args)] = (code, stdout)
    assert len({stdout for _, stdout in uncached.values()}) == len(RUNS), "runs that differ"
    for args in RUNS:
        assert status("--dir", str(folder), *args)[:2] == uncached[tuple(args)], args
    kept = len(cache.stored_keys())
    # A part per file for each run made of parts; the --excel runs are written of the models
    # (their words follow the reader's language), which one entry per file serves.
    made_of_parts = [args for args in RUNS if "--excel" not in args]
    assert kept == (len(made_of_parts) + 1) * len(list(folder.glob("*.yaml")))
    for args in reversed(RUNS):  # now every part comes from the cache
        assert status("--dir", str(folder), *args)[:2] == uncached[tuple(args)], args
    assert len(cache.stored_keys()) == kept


def test_a_cached_part_serves_only_the_same_year(
    folder: Path, cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The current year tells whether a period is over (kasko's runs to 2030)."""
    outputs = {}
    for year in (2026, 2031, 2026):
        monkeypatch.setattr("stratkit.cli.options.default_year", lambda year=year: year)
        for output_format in ("json", "csv"):
            _, cached, _ = status("--dir", str(folder), "-f", output_format)
            _, uncached, _ = status("--dir", str(folder), "-f", output_format, "--no-cache")
            assert cached == uncached, (year, output_format)
            outputs[year, output_format] = cached
    assert outputs[2026, "json"] != outputs[2031, "json"]


def test_a_renamed_copy_gets_its_own_name_from_the_cache(tmp_path: Path, cache: Cache) -> None:
    shutil.copy(ROOT / "strategies" / "kasko.yaml", tmp_path / "kasko.yaml")
    status("--dir", str(tmp_path), "--format", "json")
    status("--dir", str(tmp_path), "--format", "csv")
    (tmp_path / "kasko.yaml").rename(tmp_path / "=kaskö-kopia.yaml")
    _, stdout, _ = status("--dir", str(tmp_path), "--format", "json")
    assert [s["name"] for s in json.loads(stdout)["strategies"]] == ["=kaskö-kopia"]
    _, table, _ = status("--dir", str(tmp_path), "--format", "csv")
    # A name is a cell like any other: never a formula.
    assert {row["strategy"] for row in csv.DictReader(io.StringIO(table))} == {"'=kaskö-kopia"}


@pytest.mark.parametrize("output_format", ["json", "csv"])
def test_a_file_with_errors_is_left_out_with_exit_1(tmp_path: Path, output_format: str) -> None:
    shutil.copy(ROOT / "strategies" / "kasko.yaml", tmp_path / "kasko.yaml")
    (tmp_path / "trasig.yaml").write_text("municipality: {name: X, country: Sverige}\n")
    code, stdout, stderr = status("--dir", str(tmp_path), "-f", output_format, "--no-cache")
    assert code == 1
    assert stderr.startswith("left out, because of the errors below: ")
    assert "trasig.yaml" in stderr
    assert "kasko" in stdout
    (tmp_path / "kasko.yaml").unlink()
    code, stdout, stderr = status("--dir", str(tmp_path), "-f", output_format, "--no-cache")
    assert (code, stdout) == (1, "")
    assert "trasig.yaml" in stderr


def test_parts_made_by_worker_processes_are_the_same(tmp_path: Path, cache: Cache) -> None:
    """40 files are checked by worker processes, which make the parts there."""
    examples = sorted((ROOT / "strategies").glob("*.yaml"))
    for number in range(40):
        source = examples[number % len(examples)]
        shutil.copy(source, tmp_path / f"{source.stem}-{number:02}.yaml")
    for args in (["-f", "json"], ["-f", "csv"], ["-f", "csv", "--excel"]):
        few = status("--dir", str(tmp_path), *args, "kasko-02", "kristinehamn-03")
        _, everything, _ = status("--dir", str(tmp_path), *args)
        if args[1] == "json":
            shown = {s["name"]: s for s in json.loads(everything)["strategies"]}
            assert len(shown) == 40
            picked = [shown["kasko-02"], shown["kristinehamn-03"]]
            assert json.loads(few[1])["strategies"] == picked
        else:
            assert everything.count("kristinehamn-03") == few[1].count("kristinehamn-03") > 0
