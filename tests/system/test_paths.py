"""Issue 16: strategy files are read only inside the folders given, and no path (a link out
of the folder, a name that is not UTF-8, a folder that may not be read, a name too long)
ends a run in a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import ROOT, StrictRunner

KASKO = (ROOT / "strategies" / "kasko.yaml").read_bytes()
SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".env").write_text(f"{SECRET}\n", encoding="utf-8")
    folder = tmp_path / "strategies"
    folder.mkdir()
    (folder / "kasko.yaml").write_bytes(KASKO)
    (folder / "env.yaml").symlink_to(Path("..") / ".env")
    (folder / "alias.yaml").symlink_to("kasko.yaml")  # inside the folder: read as usual
    monkeypatch.chdir(tmp_path)
    return folder


def invoke(*args: str) -> tuple[int, str, str]:
    result = StrictRunner().invoke(app, [*args, "--no-cache"], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_link_out_of_the_folder_is_stk007_and_never_read(linked: Path) -> None:
    code, out, err = invoke("validate", "--format", "json")
    assert code == 1
    document = json.loads(out)
    found = {(d["path"], d["code"]) for d in document["diagnostics"] if d["severity"] == "error"}
    assert found == {("strategies/env.yaml", "STK007")}
    code, out, err = invoke("validate")
    assert "STK007" in out
    assert "wJalrXUtnFEMI" not in out + err


@pytest.mark.parametrize("command", [["status"], ["status", "env"], ["diff", "2023", "2024"]])
def test_no_command_quotes_what_a_link_out_of_the_folder_points_to(
    linked: Path, command: list[str]
) -> None:
    code, out, err = invoke(*command)
    assert code in (1, 2)
    assert "wJalrXUtnFEMI" not in out + err


def test_a_link_given_by_name_is_refused_too(linked: Path) -> None:
    code, out, _ = invoke("validate", "strategies/env.yaml")
    assert code == 1
    assert "STK007" in out


def test_a_name_too_long_for_the_system_is_stk001(tmp_path: Path) -> None:
    code, out, _ = invoke("validate", os.fspath(tmp_path / ("a" * 300)), "--format", "json")
    assert code == 1
    [diagnostic] = json.loads(out)["diagnostics"]
    assert diagnostic["code"] == "STK001"


def as_a_user(command: list[str]) -> list[str] | None:
    """`command` run where permissions hold: as root, in a user namespace (`unshare -r`), where
    a file of an unmapped owner is as closed to root as to anyone; None where neither works."""
    if os.geteuid() != 0:
        return command
    if shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-r", "true"], capture_output=True)
    return ["unshare", "-r", *command] if probe.returncode == 0 else None


def test_a_folder_that_may_not_be_read_is_exit_2_or_stk001(tmp_path: Path) -> None:
    stratkit = as_a_user([sys.executable, "-m", "stratkit", "validate", "--no-cache"])
    if stratkit is None:
        pytest.skip("no way to run without root's right to read every folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "kasko.yaml").write_bytes(KASKO)
    if os.geteuid() == 0:
        os.chown(locked, 12345, 12345)  # an owner the user namespace does not map
    locked.chmod(0)
    try:
        folder = subprocess.run(
            [*stratkit, "locked"], cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert folder.returncode == 2
        assert "cannot read the folder locked: permission denied" in folder.stderr
        file = subprocess.run(
            [*stratkit, "locked/kasko.yaml"], cwd=tmp_path, capture_output=True, text=True
        )
        assert file.returncode == 1
        assert "STK001 cannot read locked/kasko.yaml: permission denied" in file.stdout
        assert "Traceback" not in folder.stderr + file.stderr
    finally:
        locked.chmod(0o755)


def run_strict(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """stratkit as users run it, writing to a stream that refuses what is not UTF-8."""
    return subprocess.run(
        [sys.executable, "-m", "stratkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict", "NO_COLOR": "1"},
    )


def test_a_file_name_that_is_not_utf8_is_printed_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "strategies"
    folder.mkdir()
    name = os.fsdecode(b"\xe5bo.yaml")  # Latin-1 'åbo.yaml' from an old disk
    (folder / name).write_bytes(KASKO)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=tmp_path, check=True)
    changed = KASKO.replace("nytta: Invånarantalet växer".encode(), b"nytta: Fler bor i staden", 1)
    (folder / name).write_bytes(changed)
    for args in (
        ["validate", "--no-cache"],
        ["validate", "--no-cache", "--format", "json"],
        ["status", "--no-cache"],
        ["status", "--no-cache", "--format", "json"],
        ["diff", "--rev", "HEAD"],
        ["diff", "--rev", "HEAD", "--format", "json"],
    ):
        result = run_strict(tmp_path, *args)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert "bo" in result.stdout + result.stderr
        if "json" in args:
            json.loads(result.stdout)
