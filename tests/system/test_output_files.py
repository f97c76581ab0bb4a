"""Every file a command writes (`export --output`, `report --output`, `report --site`) follows
one set of rules (stratkit.cli.output_file): a missing folder is an error, except the folder
--site fills; a device or FIFO is written to, never replaced; a new file gets the umask's
permissions and a replaced file keeps its own."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from stratkit.cli import output_file
from stratkit.cli.app import app
from tests.conftest import StrictRunner

runner = StrictRunner()

WRITERS = [
    ["export", "kasko", "--output"],
    ["export", "kasko", "--format", "csv", "--output"],
    ["export", "kasko", "--long", "--format", "csv", "--output"],
    ["report", "kasko", "--output"],
    ["report", "kasko", "--format", "pdf", "--output"],
]
SUFFIX = {"export": ".xlsx", "report": ".html"}


def suffix(command: list[str]) -> str:
    """The file's ending: export takes its format from it, and refuses one that differs."""
    return ".csv" if command[0] == "export" and "csv" in command else SUFFIX[command[0]]


def run(args: list[str], lang: str = "sv") -> tuple[int, str, str]:
    result = runner.invoke(app, ["--lang", lang, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", WRITERS, ids=" ".join)
def test_a_missing_folder_is_an_error_named_in_the_users_language(
    in_root: Path, tmp_path: Path, command: list[str]
) -> None:
    """Before: export crashed with FileNotFoundError; report made the folder silently."""
    missing = tmp_path / "finns-inte"
    code, _, stderr = run([*command, str(missing / f"x{suffix(command)}")])
    assert code == 2
    assert f"mappen {missing} finns inte" in stderr
    assert "skapa mappen först" in stderr
    assert "Traceback" not in stderr
    assert not missing.exists()
    code, _, finnish = run([*command, str(missing / "x.csv")], "fi")
    assert (code, f"kansiota {missing} ei ole" in finnish) == (2, True)


@pytest.mark.parametrize("command", WRITERS, ids=" ".join)
def test_a_folder_as_the_target_is_an_error(
    in_root: Path, tmp_path: Path, command: list[str]
) -> None:
    code, _, stderr = run([*command, str(tmp_path)], "en")
    assert code == 2
    assert f"{tmp_path} is a folder, not a file" in stderr


def test_the_site_folder_is_made(in_root: Path, tmp_path: Path) -> None:
    site = tmp_path / "ny" / "webb"
    assert run(["report", "kasko", "--site", str(site)])[0] == 0
    assert (site / "index.html").is_file()
    help_text = " ".join(run(["report", "--help"], "en")[1].replace("│", " ").split())
    assert "(created if it does not exist)" in help_text


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_is_written_to_not_replaced(in_root: Path, tmp_path: Path) -> None:
    """Before: as root, `--output /dev/null` put a regular file in place of /dev/null. A null
    device of the test's own, never /dev/null: a writer that fails must not break the host."""
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for command in (["export", "kasko", "--output"], ["report", "kasko", "--output"]):
        assert run([*command, str(null)])[0] == 0
        assert stat.S_ISCHR(null.stat().st_mode)


def test_a_fifo_is_written_to_not_replaced(in_root: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon: a writer that renames over the FIFO leaves the reader waiting for ever.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code = run(["export", "kasko", "--format", "csv", "--output", str(fifo)])[0]
    reader.join(timeout=10)
    assert code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b"kasko.yaml" in received[0]
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.parametrize("command", WRITERS[:4], ids=" ".join)
def test_a_new_file_gets_the_umasks_permissions_and_an_old_one_keeps_its_own(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """Before: every export was -rw------- (mkstemp), which colleagues cannot open."""
    monkeypatch.setattr(output_file, "_UMASK", 0o022)
    target = tmp_path / f"ut{suffix(command)}"
    assert run([*command, str(target)])[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o640)
    assert run([*command, str(target)])[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
