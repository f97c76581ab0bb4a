"""The report cache: same answers as checking, keyed on everything that changes them, and safe."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stratkit.cache import segments
from stratkit.cache import store as cache_module
from stratkit.cache.store import Cache
from stratkit.validation import batch, workers
from stratkit.validation.batch import Checking, Source, check_files
from stratkit.validation.one_file import check_file
from stratkit.validation.report import CheckOptions, Need
from stratkit.validation.workers import Job
from tests.conftest import FIXTURES, ROOT, StrictRunner, files_in

EXAMPLES = files_in(ROOT / "strategies")
MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
SOME = [*EXAMPLES, *files_in(FIXTURES / "invalid")[:12]]


def pairs(paths: list[Path]) -> list[Source]:
    return [Source.on_disk(p, p.name) for p in paths]


def stored(folder: Path) -> set[str]:
    """The keys with an entry in a cache folder, as a new run would read them."""
    return Cache(folder).stored_keys()


def segment_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"{segments.PREFIX}*{segments.SUFFIX}"))


def test_cached_reports_equal_fresh_ones(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    fresh = check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(jobs=1))
    first = check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(cache=cache, jobs=1))
    assert len(stored(tmp_path / "cache")) == len(SOME)
    assert len(segment_files(tmp_path)) == 1  # one file for the run, not one per entry
    second = check_files(
        pairs(SOME), Need.STRATEGIES, checking=Checking(cache=Cache(tmp_path / "cache"), jobs=1)
    )
    assert fresh == first == second
    assert all(r.strategy is not None for r in second if fresh[second.index(r)].strategy)


def test_without_models_the_diagnostics_are_the_same(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(cache=cache, jobs=1))
    light = check_files(pairs(SOME), Need.DIAGNOSTICS, checking=Checking(cache=cache, jobs=1))
    full = check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(jobs=1))
    assert [(r.diagnostics, r.lines) for r in light] == [(r.diagnostics, r.lines) for r in full]
    assert all(r.strategy is None for r in light)


def test_the_key_covers_bytes_options_and_code(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(Path("unused"))
    raw = (FIXTURES / "valid" / "minimal.yaml").read_bytes()
    base = cache.key(raw, CheckOptions())
    assert cache.key(raw, CheckOptions()) == base
    assert cache.key(raw + b"\n", CheckOptions()) != base
    assert cache.key(raw, CheckOptions(year=2026)) != base
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    monkeypatch.setattr(cache_module, "_FINGERPRINT", [])
    assert Cache(Path("unused")).key(raw, CheckOptions()) != base


def test_a_changed_file_is_checked_again(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes((FIXTURES / "valid" / "minimal.yaml").read_bytes())
    cache = Cache(tmp_path / "cache")
    assert (
        check_files(pairs([path]), Need.STRATEGIES, checking=Checking(cache=cache))[0].diagnostics
        == ()
    )
    path.write_text(path.read_text(encoding="utf-8").replace("country: SE", "country: Sverige"))
    report = check_files(pairs([path]), Need.STRATEGIES, checking=Checking(cache=cache))[0]
    assert [d.code for d in report.diagnostics] == ["STK208"]


def test_a_damaged_segment_or_entry_counts_as_missing(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    fresh = check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(cache=Cache(folder)))
    [segment] = segment_files(folder)
    good = segment.read_bytes()
    body = good.index(b"\n", len(segments.MAGIC)) + 1
    index = json.loads(good[len(segments.MAGIC) : body])
    past_the_end = {key: [len(good), 5, 5, 5] for key in index}
    huge = {key: [0, 10**11, 0, 0] for key in index}
    damage = [
        b"",
        good[: len(good) // 2],  # cut short in the entries
        good[: body - 10],  # cut short in the index
        b"garbage\n" + good,
        segments.MAGIC + b'{"k": [1, 2]}\n' + good[body:],
        segments.MAGIC + b"[1]\n" + good[body:],
        segments.MAGIC + b'{"k": [-1, 2, 3, 4]}\n' + good[body:],
        segments.MAGIC + json.dumps(past_the_end).encode() + b"\n" + good[body:],
        segments.MAGIC + json.dumps(huge).encode() + b"\n" + good[body:],
        good[:body] + bytes(reversed(good[body:])),  # every entry is garbage
        good[:body] + b"\xff" * (len(good) - body),  # and not even UTF-8
    ]
    for damaged in damage:
        for other in segment_files(folder):
            if other != segment:
                other.unlink()
        segment.write_bytes(damaged)
        assert (
            check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(cache=Cache(folder)))
            == fresh
        )
        assert (
            check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(cache=Cache(folder)))
            == fresh
        )  # from the new segment


def test_many_segments_are_merged_into_one(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    generation = Cache(folder).entries
    generation.mkdir(parents=True)
    damaged = generation / f"{segments.PREFIX}0-damaged{segments.SUFFIX}"
    damaged.write_bytes(segments.MAGIC + b"[1]\n")
    paths = []
    for n in range(cache_module.MAX_SEGMENTS + 3):
        path = tmp_path / f"s{n}.yaml"
        path.write_text(MINIMAL.replace("Testby", f"Testby {n}"), encoding="utf-8")
        paths.append(path)
        check_files(
            pairs([path]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1)
        )  # one run, one segment
        assert len(segment_files(folder)) <= cache_module.MAX_SEGMENTS
    assert len(stored(folder)) == len(paths)
    assert not damaged.exists()  # merged away with the rest
    assert check_files(
        pairs(paths), Need.STRATEGIES, checking=Checking(cache=Cache(folder))
    ) == check_files(pairs(paths), Need.STRATEGIES)


@pytest.mark.parametrize(("setting", "value"), [("FLUSH_CHARACTERS", 1), ("FLUSH_SECONDS", -1)])
def test_a_large_or_long_run_writes_several_segments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, value: float
) -> None:
    """Entries wait in memory only up to a size and a time, then go to a segment: a long
    run keeps little in memory and loses little when it is killed."""
    monkeypatch.setattr(cache_module, setting, value)
    folder = tmp_path / "cache"
    fresh = check_files(
        pairs(EXAMPLES), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1)
    )
    assert len(segment_files(folder)) == len(EXAMPLES)
    assert (
        check_files(
            pairs(EXAMPLES), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1)
        )
        == fresh
    )


def many_segments(tmp_path: Path, count: int) -> tuple[Path, list[Path]]:
    """A cache folder with one segment for each of `count` files checked one run each."""
    folder = tmp_path / "cache"
    paths = []
    for n in range(count):
        path = tmp_path / f"s{n}.yaml"
        path.write_text(MINIMAL.replace("Testby", f"Testby {n}"), encoding="utf-8")
        paths.append(path)
        check_files(pairs([path]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1))
    return folder, paths


def test_one_run_merges_at_a_time(tmp_path: Path) -> None:
    generation = Cache(tmp_path / "cache").entries
    generation.mkdir(parents=True)
    lock = generation / segments.LOCK
    lock.touch()  # another run is merging
    folder, paths = many_segments(tmp_path, cache_module.MAX_SEGMENTS + 2)
    assert len(segment_files(folder)) == len(paths)  # nobody merged, nothing was lost
    assert len(stored(folder)) == len(paths)
    old = time.time() - segments.STALE_LOCK - 1
    os.utime(lock, (old, old))  # the merging run was killed long ago
    stale = generation / f"{segments.TEMPORARY}left-by-a-killed-run"
    stale.write_bytes(b"half a segment")
    os.utime(stale, (old, old))
    check_files(pairs(paths[:1]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1))
    assert len(segment_files(folder)) == len(paths)  # nothing new to write, no merge yet
    one_more = tmp_path / "one-more.yaml"
    one_more.write_text(MINIMAL.replace("Testby", "Testby X"), encoding="utf-8")
    check_files(pairs([one_more]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1))
    assert len(segment_files(folder)) == 1
    assert len(stored(folder)) == len(paths) + 1
    assert not lock.exists()
    assert not stale.exists()


def test_a_merge_keeps_the_newest_entries_up_to_a_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, paths = many_segments(tmp_path, cache_module.MAX_SEGMENTS)
    entry_size = len(next(iter(segments.read_all(segment_files(folder)[0]).values())))
    monkeypatch.setattr(cache_module, "KEEP_CHARACTERS", entry_size * 5 + 50)  # names differ
    newest = tmp_path / "newest.yaml"
    newest.write_text(MINIMAL.replace("Testby", "Testby Ny"), encoding="utf-8")
    check_files(
        pairs([newest]), Need.STRATEGIES, checking=Checking(cache=Cache(folder), jobs=1)
    )  # the 17th segment: merge
    assert len(segment_files(folder)) == 1
    kept = Cache(folder)
    assert len(kept.stored_keys()) == 5
    key = kept.key(newest.read_bytes(), None)
    assert key in kept.stored_keys()
    # What was dropped is checked again, the same as before.
    everything = [*paths, newest]
    assert check_files(
        pairs(everything), Need.STRATEGIES, checking=Checking(cache=kept)
    ) == check_files(pairs(everything), Need.STRATEGIES)


def test_an_unwritable_cache_is_skipped_silently(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    reports = check_files(
        pairs(SOME), Need.STRATEGIES, checking=Checking(cache=Cache(blocker / "cache"), jobs=1)
    )
    assert reports == check_files(pairs(SOME), Need.STRATEGIES, checking=Checking(jobs=1))


def test_the_cache_folder_marks_itself(tmp_path: Path) -> None:
    check_files(
        pairs(EXAMPLES[:1]), Need.STRATEGIES, checking=Checking(cache=Cache(tmp_path / "cache"))
    )
    assert (tmp_path / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")


def test_old_generations_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_files(
        pairs(EXAMPLES[:1]), Need.STRATEGIES, checking=Checking(cache=Cache(tmp_path / "cache"))
    )
    monkeypatch.setattr(cache_module, "_FINGERPRINT", ["another stratkit"])
    check_files(
        pairs(EXAMPLES[:1]), Need.STRATEGIES, checking=Checking(cache=Cache(tmp_path / "cache"))
    )
    assert len([p for p in (tmp_path / "cache").iterdir() if p.is_dir()]) == 1


def test_default_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    monkeypatch.delenv("STRATKIT_CACHE_DIR", raising=False)
    assert Cache.default().root == tmp_path / ".stratkit_cache"
    monkeypatch.setenv("STRATKIT_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert Cache.default().root == tmp_path / "elsewhere"


def test_workers_give_the_same_reports_in_order(tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        for source in SOME:
            copy = tmp_path / f"{n}-{source.name}"
            shutil.copyfile(source, copy)
            paths.append(copy)
    seen: list[tuple[int, int]] = []
    options = CheckOptions(year=2024)
    parallel = check_files(
        pairs(paths),
        Need.STRATEGIES,
        options,
        checking=Checking(jobs=2, progress=lambda d, t: seen.append((d, t))),
    )
    serial = [check_file(p, p.name, options) for p in paths]
    assert parallel == serial
    assert [d for d, _ in seen] == list(range(1, len(paths) + 1))
    cached = check_files(
        pairs(paths),
        Need.STRATEGIES,
        options,
        checking=Checking(cache=Cache(tmp_path / "c"), jobs=2),
    )
    again = check_files(
        pairs(paths),
        Need.STRATEGIES,
        options,
        checking=Checking(cache=Cache(tmp_path / "c"), jobs=2),
    )
    assert cached == again == serial


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "stratkit", *args],
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def snapshot(folder: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if ".stratkit_cache" not in p.parts
    }


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    shutil.copytree(ROOT / "strategies", tmp_path / "strategies")
    return tmp_path


# (command, whether it reads through the cache and so takes --no-cache)
READ_ONLY = [
    (["validate"], True),
    (["status"], True),
    (["diff", "2019", "2022"], True),
    (["schema"], False),
]


@pytest.mark.parametrize(("command", "cached"), READ_ONLY, ids=lambda c: str(c))
def test_read_only_commands_write_only_their_cache(
    repository: Path, command: list[str], cached: bool
) -> None:
    env = {"STRATKIT_CACHE_DIR": ""}
    before = snapshot(repository)
    if cached:
        process = run(*command, "--no-cache", cwd=repository, env=env)
        process.communicate(timeout=120)
        assert process.returncode in (0, 1)
        assert snapshot(repository) == before
        assert not (repository / ".stratkit_cache").exists()
    process = run(*command, cwd=repository, env=env)
    process.communicate(timeout=120)
    assert process.returncode in (0, 1)
    assert snapshot(repository) == before  # nothing but .stratkit_cache may appear
    assert (repository / ".stratkit_cache").exists() == cached


def test_two_runs_racing_share_the_cache(repository: Path) -> None:
    folder = repository / "strategies"
    for n in range(40):  # enough files for worker processes
        shutil.copyfile(EXAMPLES[n % len(EXAMPLES)], folder / f"copy-{n}.yaml")
    args = ["validate", "--format", "json", "--today", "2024-06-30"]
    first, second = run(*args, cwd=repository), run(*args, cwd=repository)
    out_first, _ = first.communicate(timeout=120)
    out_second, _ = second.communicate(timeout=120)
    warm = run(*args, cwd=repository)
    out_warm, _ = warm.communicate(timeout=120)
    assert json.loads(out_first) == json.loads(out_second) == json.loads(out_warm)
    assert len(stored(repository / ".stratkit_cache")) == len(EXAMPLES)  # copies share one
    assert not list((repository / ".stratkit_cache").rglob(".tmp-*"))


def test_a_worker_that_dies_costs_speed_not_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers that die (while files are still being read, or later) lose no report."""
    if not workers._forks():
        pytest.skip("the dying worker is patched in through fork")
    source = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    paths = []
    for n in range(120):
        path = tmp_path / f"s{n:03}.yaml"
        path.write_text(source.replace("Testby", f"Testby {n}"), encoding="utf-8")
        paths.append(path)
    expected = check_files(pairs(paths), Need.STRATEGIES, checking=Checking(jobs=1))
    monkeypatch.setattr(workers, "_work", _die)
    # Pause the reading once the first batches are out, so that the workers are dead before
    # the next batch is sent: the pool breaks while files are still being read.
    read, calls = batch.read_bytes, []

    def slow_read(path: Path, shown: str) -> object:
        calls.append(shown)
        if len(calls) == workers.PARALLEL_MIN_FORK + workers.BATCH + 1:
            time.sleep(1.0)
        return read(path, shown)

    monkeypatch.setattr(batch, "read_bytes", slow_read)
    reports = check_files(pairs(paths), Need.STRATEGIES, checking=Checking(jobs=2))
    assert reports == expected


def _die(batch: list[Job]) -> list[tuple[int, str]]:
    """A worker's work that kills the pool's workers; a file checked alone (as after a
    crash, to find the file that caused it) is checked as usual. Module-level, so the pool
    can send it."""
    if len(batch) > 1:
        os._exit(3)
    return _WORK(batch)


_WORK = workers._work


def test_the_cache_deletes_only_its_own_old_generations(tmp_path: Path) -> None:
    """STRATKIT_CACHE_DIR may name any folder: only stratkit's own entries are pruned."""
    (tmp_path / "v1-important").mkdir()
    (tmp_path / "v1-important" / "keep.txt").write_text("the user's", encoding="utf-8")
    old_generation = tmp_path / "v1-0.0.9-0123456789abcdef"
    old_generation.mkdir()
    first = Cache(tmp_path)
    check_files(pairs(EXAMPLES[:1]), Need.STRATEGIES, checking=Checking(cache=first, jobs=1))
    assert (tmp_path / "CACHEDIR.TAG").exists()
    assert old_generation.exists()  # the folder was not tagged as stratkit's before this run
    shutil.rmtree(first.entries)  # a new stratkit build: a new generation in a tagged folder
    check_files(
        pairs(EXAMPLES[:1]), Need.STRATEGIES, checking=Checking(cache=Cache(tmp_path), jobs=1)
    )
    assert not old_generation.exists()
    assert (tmp_path / "v1-important" / "keep.txt").read_text(encoding="utf-8") == "the user's"


def test_the_cache_keeps_one_entry_a_file_all_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freshness depends on the year, not the day: a daily run does not add entries."""

    from stratkit.cli.app import app

    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: 2026)
    monkeypatch.setenv("STRATKIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = str(ROOT / "strategies")
    StrictRunner().invoke(app, ["validate", folder])
    after_one_run = stored(tmp_path / "cache")
    StrictRunner().invoke(app, ["validate", "--today", "2026-02-03", folder])
    StrictRunner().invoke(app, ["validate", "--today", "2026-12-31", folder])
    assert stored(tmp_path / "cache") == after_one_run
    assert len(segment_files(tmp_path / "cache")) == 1  # the later runs wrote nothing


def test_validate_keeps_no_strategy_and_status_checks_such_files_once(tmp_path: Path) -> None:
    """`validate` stores reports only; a later command that needs the strategy checks the
    file again and keeps its strategy from then on."""
    folder = tmp_path / "cache"
    check_files(pairs(EXAMPLES), Need.DIAGNOSTICS, checking=Checking(cache=Cache(folder)))
    key = next(iter(stored(folder)))
    assert Cache(folder).get(key, True) is not None
    assert Cache(folder).get(key, True).strategy is None  # type: ignore[union-attr]
    with_models = check_files(
        pairs(EXAMPLES), Need.STRATEGIES, checking=Checking(cache=Cache(folder))
    )
    assert with_models == check_files(pairs(EXAMPLES), Need.STRATEGIES)
    assert all(Cache(folder).get(k, True).strategy for k in stored(folder))  # type: ignore[union-attr]
