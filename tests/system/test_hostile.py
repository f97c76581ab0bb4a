"""The hostile and broken inputs of issue 6: each gives a clear diagnostic, never a traceback.

Most items are fixture files under tests/fixtures/invalid (checked line by line by
test_fixtures.py); the ones that must be generated (huge, deep, explosive) or that are not
files at all (a folder, a loop, a file that cannot be read) are made here, in tmp_path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from stratkit.reading.files import MAX_FILE_BYTES
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, files_in, read_expectations

INVALID = FIXTURES / "invalid"
MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")

# Every item of the catalogue that a fixture file covers, with that file.
CATALOGUE = {
    "YAML syntax error": "syntax_colon.yaml",
    "unclosed list": "unclosed_list.yaml",
    "unclosed quote": "unclosed_quote.yaml",
    "tabs": "tab_indent.yaml",
    "duplicate key at the top": "duplicate_top_key.yaml",
    "duplicate keys at every level": "duplicate_keys_everywhere.yaml",
    "misspelt key": "unknown_key.yaml",
    "wrong type": "not_a_number.yaml",
    "a list where text belongs": "list_for_text.yaml",
    "a list where a mapping belongs": "list_at_top.yaml",
    "a scalar where a mapping belongs": "scalar_at_top.yaml",
    "text where a mapping belongs": "mapping_expected.yaml",
    "empty file": "empty.yaml",
    "only comments": "only_comments.yaml",
    "multiple documents": "multi_document.yaml",
    "Latin-1 Kaskö": "latin1.yaml",
    "UTF-16": "utf16.yaml",
    "control character": "control_char.yaml",
    "!!python/object": "python_tag.yaml",
    "unknown tag": "custom_tag.yaml",
    "anchor and alias": "alias.yaml",
    "NaN": "nan_value.yaml",
    ".inf": "inf_value.yaml",
    "huge integer": "huge_integer.yaml",
    "negative year": "negative_year.yaml",
    "year 10000": "year_out_of_range.yaml",
}


@pytest.mark.parametrize("name", CATALOGUE.values(), ids=list(CATALOGUE))
def test_catalogue_fixture_gives_errors_where_declared(name: str) -> None:
    report = check_file(INVALID / name)
    assert report.errors >= 1
    assert [f"{d.code} {d.line}:{d.column}" for d in report.diagnostics] == read_expectations(
        INVALID / name
    )


def test_yaml_1_1_traps_bom_and_crlf_stay_text() -> None:
    # NO, yes, on, off, 08, 1:20 and 2024-02-12 stay the text written (valid fixtures).
    for name in ("yaml11_traps.yaml", "bom_crlf.yaml"):
        report = check_file(FIXTURES / "valid" / name)
        assert report.diagnostics == ()
        assert report.strategy is not None
    traps = check_file(FIXTURES / "valid" / "yaml11_traps.yaml").strategy
    assert traps is not None
    assert (traps.municipality.country, traps.municipality.code) == ("NO", "08")
    assert (traps.strategy.title, traps.strategy.adopted) == ("on", "2024-02-12")
    assert traps.strategy.vision == "1:20"


def billion_laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels + 1):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly_and_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(billion_laughs(), encoding="utf-8")
    tracemalloc.start()
    started = time.perf_counter()
    report = check_file(bomb)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 200 * 1024 * 1024
    assert {d.code for d in report.diagnostics} >= {"STK109"}
    assert report.diagnostics[0].line == 1


DEEP = {
    "flow": "x: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "block": "".join(" " * i + "a:\n" for i in range(3_000)),  # 4.5 MB, below the limit
    "compact list": "- " * 20_000 + "x\n",
    "flow in extension": MINIMAL + "x-a: " + "{a: " * 70 + "1" + "}" * 70 + "\n",
}


@pytest.mark.parametrize("text", DEEP.values(), ids=list(DEEP))
def test_very_deep_nesting_is_a_diagnostic_not_a_crash(tmp_path: Path, text: str) -> None:
    # In a child process: a parser that overflows its stack would kill the test run.
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", "--format", "json", "--no-cache", str(path))
    assert result.returncode == 1, result.stderr
    codes = {d["code"] for d in json.loads(result.stdout)["diagnostics"]}
    assert codes & {"STK110", "STK101"}
    assert "Traceback" not in result.stderr


def test_a_50_mb_file_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.write(MINIMAL.encode())
        handle.truncate(50 * 1024 * 1024)
    assert huge.stat().st_size > MAX_FILE_BYTES
    report = check_file(huge)
    assert [(d.code, d.line) for d in report.diagnostics] == [("STK005", 1)]


def test_an_unreadable_file_is_a_diagnostic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_text(MINIMAL, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the read fail as it would
        original = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)
    report = check_file(locked)
    assert [d.code for d in report.diagnostics] == ["STK001"]
    assert "permission denied" in report.diagnostics[0].message


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "stratkit", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_one_run_over_everything_hostile_checks_every_file(tmp_path: Path) -> None:
    """Broken files, a folder, a loop and a huge file in one run: exit 1, no traceback,
    a diagnostic for each broken file and none for the good one checked beside them."""
    folder = tmp_path / "strategies"
    folder.mkdir()
    for path in files_in(INVALID):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "bomb.yaml").write_text(billion_laughs(), encoding="utf-8")
    (folder / "deep.yaml").write_text("x: " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    (folder / "folder.yaml").mkdir()
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    with (folder / "huge.yaml").open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run_cli("validate", "--format", "json", "--today", "2024-06-30", str(folder))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    document = json.loads(result.stdout)
    files = sorted(p.name for p in folder.iterdir())
    assert document["summary"]["files"] == len(files)
    with_errors = {
        Path(d["path"]).name for d in document["diagnostics"] if d["severity"] == "error"
    }
    assert with_errors == set(files) - {"good.yaml"} - {
        p.name for p in files_in(INVALID) if check_file(p).errors == 0
    }
    assert all(d["message"] and d["hint"] for d in document["diagnostics"])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["validate", "missing.yaml"], 2),
        (["validate", "empty-folder"], 2),
        # named on the command line, a folder is a folder, even with a .yaml name
        (["validate", "strategies/folder.yaml"], 2),
    ],
)
def test_paths_that_are_not_strategy_files(tmp_path: Path, args: list[str], code: int) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "strategies" / "folder.yaml").mkdir(parents=True)
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert result.stderr or result.stdout
