"""Issue 16: a damaged cache is never served and never a crash, and the cache never writes
through a symbolic link or outside its own folder."""

from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path

import pytest

from stratkit.cache import segments
from stratkit.cache.model_codec import dump, rebuild
from stratkit.cache.store import Cache
from stratkit.cli.app import app
from stratkit.validation.batch import Checking, Source, check_files
from stratkit.validation.one_file import check_file
from stratkit.validation.report import Need
from tests.conftest import FIXTURES, ROOT, StrictRunner

EXAMPLES = sorted((ROOT / "strategies").glob("*.yaml"))
SOME = [*EXAMPLES, *sorted((FIXTURES / "invalid").glob("*.yaml"))[:6]]


def pairs(paths: list[Path]) -> list[Source]:
    return [Source.on_disk(p, p.name) for p in paths]


def only_segment(folder: Path) -> Path:
    [segment] = sorted(folder.rglob(f"{segments.PREFIX}*{segments.SUFFIX}"))
    return segment


def need(models: bool) -> Need:
    return Need.STRATEGIES if models else Need.DIAGNOSTICS


def fresh_cache(folder: Path, models: bool) -> tuple[Path, bytes]:
    check_files(pairs(SOME), need(models), checking=Checking(cache=Cache(folder), jobs=1))
    segment = only_segment(folder)
    return segment, segment.read_bytes()


@pytest.mark.parametrize("models", [False, True], ids=["validate", "status"])
def test_no_byte_flip_or_digit_flip_is_ever_served(tmp_path: Path, models: bool) -> None:
    """The probe served 6-13 % of such flips as wrong answers; now none may be."""
    expected = check_files(pairs(SOME), need(models), checking=Checking(jobs=1))
    folder = tmp_path / "cache"
    segment, good = fresh_cache(folder, models)
    rng = random.Random(16)
    digits = [i for i, byte in enumerate(good) if 0x30 <= byte <= 0x39]
    damaged = 0
    for attempt in range(60):
        if attempt % 2:
            at = rng.randrange(len(segments.MAGIC), len(good))
            flipped = good[:at] + bytes([good[at] ^ (1 << rng.randrange(8))]) + good[at + 1 :]
        else:
            at = rng.choice(digits)
            digit = str((good[at] - 0x30 + rng.randint(1, 9)) % 10).encode()
            flipped = good[:at] + digit + good[at + 1 :]
        for other in folder.rglob(f"{segments.PREFIX}*"):
            other.unlink()
        segment.write_bytes(flipped)
        cache = Cache(folder)
        assert (
            check_files(pairs(SOME), need(models), checking=Checking(cache=cache, jobs=1))
            == expected
        )
        damaged += bool(cache.notices())
    assert damaged > 30  # most flips are noticed (a flip in a key only makes a miss)


def test_a_damaged_entry_gives_one_line_on_stderr_and_is_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRATKIT_CACHE_DIR", os.fspath(tmp_path / "cache"))
    monkeypatch.chdir(ROOT)
    runner = StrictRunner()
    first = runner.invoke(app, ["validate", "--format", "json"], catch_exceptions=False)
    segment = only_segment(tmp_path / "cache")
    good = segment.read_bytes()
    at = good.index(b'"STK', good.index(b"\n", len(segments.MAGIC)))
    segment.write_bytes(good[:at] + b'"STX' + good[at + 4 :])  # a code changed on disk
    second = runner.invoke(app, ["validate", "--format", "json"], catch_exceptions=False)
    assert second.stdout == first.stdout
    [notice] = second.stderr.splitlines()
    assert "damaged" in notice
    assert "checked again" in notice
    third = runner.invoke(app, ["validate", "--format", "json"], catch_exceptions=False)
    assert (third.stdout, third.stderr) == (first.stdout, "")  # said once, then healed


def test_a_damaged_stored_strategy_is_checked_again_not_a_crash(tmp_path: Path) -> None:
    """A stored strategy whose checksum holds but whose goal lost its id (written by a
    stratkit with a bug, or by hand): `status` read it as a model without `id` before."""
    path = EXAMPLES[0]
    expected = check_files(pairs([path]), Need.STRATEGIES, checking=Checking(jobs=1))
    folder = tmp_path / "cache"
    cache = Cache(folder)
    check_files(pairs([path]), Need.STRATEGIES, checking=Checking(cache=cache, jobs=1))
    [(key, text)] = segments.read_all(only_segment(folder)).items()
    report, summary, strategy = text.split("\n")[:3]
    data = json.loads(strategy)
    del data["goals"][0]["id"]
    only_segment(folder).unlink()
    segments.write(cache.entries, {key: f"{report}\n{summary}\n{json.dumps(data)}\n"})
    assert (
        check_files(pairs([path]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1))
        == expected
    )
    runner = StrictRunner(env={"STRATKIT_CACHE_DIR": os.fspath(folder)})
    result = runner.invoke(app, ["status", os.fspath(path)], catch_exceptions=False)
    assert result.exit_code in (0, 1)


def test_rebuild_refuses_what_validation_could_not_have_made() -> None:
    strategy = check_file(EXAMPLES[0]).strategy
    assert strategy is not None
    good = json.loads(dump(strategy))
    assert rebuild(json.dumps(good)) == strategy
    goal = good["goals"][0]
    for damaged in (
        {**good, "goals": [{k: v for k, v in goal.items() if k != "id"}]},
        {**good, "goals": [{**goal, "id": 7}]},
        {**good, "goals": [{**goal, "unknown": 1}]},
        {**good, "goals": {"0": goal}},
        {**good, "goals": ["x"]},
        [good],
        "x",
    ):
        with pytest.raises(ValueError, match="stored"):
            rebuild(json.dumps(damaged))


def git_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "strategies").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", os.fspath(repo)], check=True)
    (repo / "strategies" / "a.yaml").write_bytes(EXAMPLES[0].read_bytes())
    return repo


@pytest.mark.parametrize("target", [".", "outside", "strategies"])
def test_a_cache_folder_that_is_a_link_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    repo = git_repo(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    link = outside if target == "outside" else Path(target)
    (repo / ".stratkit_cache").symlink_to(link, target_is_directory=True)
    monkeypatch.delenv("STRATKIT_CACHE_DIR", raising=False)
    monkeypatch.chdir(repo)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = StrictRunner().invoke(app, ["validate"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "symbolic link" in result.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True
    )
    assert "strategies/" in status.stdout  # nothing hides the new files from git


def test_a_generation_folder_that_is_a_link_is_never_written_through(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    outside = tmp_path / "outside"
    outside.mkdir()
    folder.mkdir()
    cache = Cache(folder)
    cache.entries.symlink_to(outside, target_is_directory=True)
    assert check_files(
        pairs(SOME), Need.STRATEGIES, checking=Checking(cache=cache, jobs=1)
    ) == check_files(pairs(SOME), Need.STRATEGIES)
    assert list(outside.iterdir()) == []
    assert any("symbolic link" in notice for notice in cache.notices())
