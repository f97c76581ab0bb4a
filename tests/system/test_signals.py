"""Ctrl-C, SIGTERM and SIGKILL end a run promptly and leave no worker behind; a worker that
crashes costs one diagnostic on its file, never the other files. Real processes throughout."""

from __future__ import annotations

import faulthandler
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stratkit.validation import workers
from stratkit.validation.batch import Checking, Source, check_files
from stratkit.validation.report import Need
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="signals as on Linux")
EXAMPLE = (ROOT / "strategies" / "kristinehamn.yaml").read_text(encoding="utf-8")


def many(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"s{n:04}.yaml").write_text(EXAMPLE.replace("Kristinehamn", f"Ort {n}"))
    return folder


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pids: list[int]) -> list[int]:
    left = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            left.append(pid)
    return left


def start(folder: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """`stratkit validate` on many files, once its workers are running."""
    run = subprocess.Popen(
        [sys.executable, "-m", "stratkit", "validate", "--no-cache", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = children(run.pid)
        if len(found) >= 2:  # the pool's workers are up
            return run, found
        assert run.poll() is None, "the run ended before its workers started"
        time.sleep(0.02)
    raise AssertionError("no workers started")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_the_run_cleanly(tmp_path: Path, signum: int, code: int) -> None:
    run, pool = start(many(tmp_path / "s", 2500), tmp_path)
    # Ctrl-C in a terminal reaches the whole process group, workers included.
    os.killpg(run.pid, signum) if signum == signal.SIGINT else run.send_signal(signum)
    _, stderr = run.communicate(timeout=15)
    assert run.returncode == code
    assert "Traceback" not in stderr
    deadline = time.monotonic() + 5
    while alive(pool) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive(pool) == []


def test_workers_end_with_a_killed_parent(tmp_path: Path) -> None:
    run, pool = start(many(tmp_path / "s", 2500), tmp_path)
    run.kill()
    run.communicate(timeout=15)
    deadline = time.monotonic() + 5
    while alive(pool) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive(pool) == []


def _crash_on_s0007(batch: list[workers.Job]) -> list[tuple[int, str]]:
    if any(job.shown == "s0007.yaml" for job in batch):
        faulthandler.disable()  # pytest's fault handler would print the worker's stack
        os.kill(os.getpid(), signal.SIGSEGV)  # as a native parser's fault would
    return ORIGINAL(batch)


ORIGINAL = workers._work


def test_a_crashing_worker_costs_one_diagnostic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = many(tmp_path / "s", 60)
    sources = [Source.on_disk(path, path.name) for path in sorted(folder.iterdir())]
    expected = check_files(sources, Need.DIAGNOSTICS, checking=Checking(jobs=1))
    monkeypatch.setattr(workers, "_work", _crash_on_s0007)  # workers are forked: they see it
    reports = check_files(sources, Need.DIAGNOSTICS, checking=Checking(jobs=2))
    crashed = [r for r in reports if r.path == "s0007.yaml"]
    assert [d.code for d in crashed[0].diagnostics] == ["STK009"]
    others = [r for r in reports if r.path != "s0007.yaml"]
    assert others == [r for r in expected if r.path != "s0007.yaml"]
