"""The overview of `stratkit status` from cached summaries is exactly the one from models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stratkit.cache.store import Cache
from stratkit.cli.app import app
from stratkit.progress.overview import Summary
from stratkit.progress.rollup import strategy_status, summarize
from stratkit.validation.batch import Checking, Source, check_files
from stratkit.validation.one_file import check_file
from stratkit.validation.report import Need
from tests.conftest import FIXTURES, ROOT, StrictRunner, files_in

EXAMPLES = files_in(ROOT / "strategies")
runner = StrictRunner()


@pytest.mark.parametrize("path", [*EXAMPLES, *files_in(FIXTURES / "valid")], ids=lambda p: p.stem)
def test_summary_round_trips_through_its_text(path: Path) -> None:
    strategy = check_file(path).usable
    assert strategy is not None
    summary = summarize(strategy)
    assert Summary.from_json(summary.to_json()) == summary
    status = strategy_status(path.stem, strategy)
    assert (summary.statuses, summary.tally) == (status.statuses, status.tally)


def test_summaries_come_from_checking_and_from_the_cache_alike(tmp_path: Path) -> None:
    files = [Source.on_disk(p, p.name) for p in EXAMPLES]
    direct = check_files(files, Need.OVERVIEWS, checking=Checking(jobs=1))
    assert all(r.strategy is None and r.summary is not None for r in direct)
    cache = Cache(tmp_path / "cache")
    check_files(
        files, Need.STRATEGIES, checking=Checking(cache=cache, jobs=1)
    )  # written by `validate`: no summaries yet
    from_validate_entries = check_files(files, Need.OVERVIEWS, checking=Checking(cache=cache))
    warm = check_files(files, Need.OVERVIEWS, checking=Checking(cache=Cache(tmp_path / "cache")))
    expected = [summarize(check_file(p).usable) for p in EXAMPLES]  # type: ignore[arg-type]
    for reports in (direct, from_validate_entries, warm):
        assert [r.summary for r in reports] == expected
    # The summaries made for entries that `validate` wrote were kept for the next run.
    kept = Cache(tmp_path / "cache")
    assert len(kept.stored_keys()) == len(EXAMPLES)
    assert all(kept.get(key, False, True).summary for key in kept.stored_keys())  # type: ignore[union-attr]


def test_overview_is_the_same_cold_warm_and_without_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "strategies"
    shutil.copytree(ROOT / "strategies", folder)
    shutil.copy(FIXTURES / "invalid" / "unknown_key.yaml", folder / "trasig.yaml")
    monkeypatch.setenv("STRATKIT_CACHE_DIR", str(tmp_path / "cache"))
    runs = [
        runner.invoke(app, ["status", "--dir", str(folder), *extra])
        for extra in ([], [], ["--no-cache"], ["--format", "markdown"], ["--format", "markdown"])
    ]
    assert [r.exit_code for r in runs] == [1] * 5  # the broken file is reported every time
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert runs[3].stdout == runs[4].stdout
    assert "error STK103" in runs[1].stderr
    rows = runs[0].stdout.splitlines()[2:-2]  # between the rule and the legend
    names = [line.split()[0] for line in rows if line[:1].isalpha()]
    assert names == ["karlskoga-hallbarhet", "karlskoga", "kasko", "kristinehamn"]


def test_overview_with_options_is_judged_from_the_models(in_root: Path) -> None:
    as_of = runner.invoke(app, ["status", "--as-of", "2021", "--no-cache"])
    assert as_of.exit_code == 0
    assert as_of.stdout.startswith("Läge år 2021\n")
    # Karlskoga as of 2021: 30 381 -> 30 437, limited progress, not the deterioration of today.
    line = next(line for line in as_of.stdout.splitlines() if line.startswith("karlskoga "))
    assert "◇1" in line.split()
