"""`stratkit diff` through Typer's runner: golden outputs for years and revisions, and every
option `--rev` accepts either honoured or refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import FIXTURES, StrictRunner, git_identity, golden

runner = StrictRunner()
FORMATS = {"table": "txt", "markdown": "md", "json": "json", "csv": "csv"}


@pytest.mark.parametrize("output_format", FORMATS)
def test_years_golden(in_root: Path, output_format: str) -> None:
    result = runner.invoke(app, ["diff", "2011", "2012", "kristinehamn", "-f", output_format])
    assert (result.exit_code, result.stderr) == (0, "")
    golden(f"diff_years_kristinehamn.{FORMATS[output_format]}", result.stdout)


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A strategy repository with two commits made at fixed times, so its hashes are fixed."""
    fixed = "2026-01-01T12:00:00+0100"
    git_identity(
        monkeypatch,
        GIT_AUTHOR_DATE=fixed,
        GIT_COMMITTER_DATE=fixed,
        STRATKIT_CACHE_DIR=str(tmp_path / "cache"),
    )
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "revisions", repo / "strategies")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "antagen")
    path = repo / "strategies" / "testby.yaml"
    text = path.read_text(encoding="utf-8")
    changed = text.replace("value: 20}", "value: 18}").replace("{2022: 12}", "{2022: 11, 2023: 13}")
    assert changed.count("\n") == text.count("\n")
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "lägre mål")
    monkeypatch.chdir(repo)
    return repo


def _git(where: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=where, check=True, capture_output=True)


@pytest.mark.parametrize("output_format", FORMATS)
def test_revisions_golden(history: Path, output_format: str) -> None:
    result = runner.invoke(
        app, ["diff", "--rev", "HEAD~1", "HEAD", "-f", output_format, "--fail-on", "any"]
    )
    assert (result.exit_code, result.stderr) == (1, "")
    golden(f"diff_revisions.{FORMATS[output_format]}", result.stdout)


def test_revisions_refuse_method(history: Path) -> None:
    result = runner.invoke(app, ["diff", "--rev", "HEAD~1", "--method", "cagr"])
    assert result.exit_code == 2
    assert "--method has no effect with --rev" in result.stderr


def test_revisions_use_the_cache_unless_told_not_to(history: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert runner.invoke(app, ["diff", "--rev", "HEAD~1", "--no-cache"]).exit_code == 0
    assert not cache.exists()
    assert runner.invoke(app, ["diff", "--rev", "HEAD~1"]).exit_code == 0
    assert list(cache.rglob("seg-*.bin"))


MORA = """\
language: sv
kommun: {namn: Mora, kod: "2062", land: SE}
strategi: {titel: Mora 2030, period: {från: 2022, till: 2030}}
mål:
  - id: fler
    titel: Fler invånare
indikatorer:
  - id: invanare
    nytta: Invånare
    mätare: Antal invånare
    mål: [fler]
    riktning: öka
    nuläge: {år: 2022, värde: 20100}
    målsättning: {år: 2030, värde: 21000}
    förverkligats:
      2024: 20300
"""


@pytest.mark.parametrize(
    ("output_format", "expected"),
    [
        ("table", "20 100 (2022, nuläge)"),
        ("markdown", "20 100 (2022, nuläge)"),
        ("json", '"from": {"year": 2022, "value": 20100, "status": "not_available", "baseline"'),
    ],
)
def test_the_baseline_is_the_value_of_its_year(
    tmp_path: Path, output_format: str, expected: str
) -> None:
    folder = tmp_path / "strategies"
    folder.mkdir()
    (folder / "mora.yaml").write_text(MORA, encoding="utf-8")
    result = runner.invoke(
        app,
        ["diff", "2022", "2024", "mora", "--dir", str(folder), "-f", output_format],
        env={"COLUMNS": "200"},
    )
    assert (result.exit_code, result.stderr) == (0, "")
    shown = result.stdout.replace("\u00a0", " ")
    if output_format == "json":
        shown = " ".join(shown.split()).replace("{ ", "{").replace(" }", "}")
    assert expected in shown
    assert "nyrapporterad" not in shown
    assert '"movement": "new"' not in shown
    assert "+200" in shown or '"change": 200' in shown
