"""Issue 11: a run in Swedish or Finnish never shows an English sentence.

Every command's common error paths run with LANG=sv_SE.UTF-8 and LANG=fi_FI.UTF-8; the
output fails when it holds a word or phrase that only English prose has. The markers are
chosen so that the English of stratkit's own messages trips them (the last test checks
that), and so that paths, codes, option names and the files' own words do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import StrictRunner, examples_and_a_finnish_file

runner = StrictRunner()

# Words and phrases of English prose, with the spaces that keep them from matching inside
# Swedish or Finnish words and file names.
MARKERS = (
    " is not ",
    " are not ",
    " not found",
    "No such",
    "Error",
    " the ",
    "The ",
    " must ",
    "hint:",
    "error:",
    "Usage:",
    " cannot ",
    " could not ",
    " or ",
    " with ",
    "Max retries",
    "unknown ",
    " answered ",
    " did you mean",
    " looks like ",
    " where ",
    "Try ",
    " for ",
    " give ",
    "check ",
    "write ",
    "YEAR",
    "NAME",
    "FOLDER",
    "FILE",
)

UNREACHABLE = "http://127.0.0.1:9"

# One command line per error path: (arguments, exit code).
COMMANDS: list[tuple[list[str], int]] = [
    (["status", "--dir", "nowhere"], 2),
    (["status", "nosuch"], 2),
    (["status", "--as-of", "1850"], 2),
    (["status", "--as-of", "abc"], 2),
    (["status", "--format", "nope"], 2),
    (["diff", "2023"], 2),
    (["diff", "2023", "abc"], 2),
    (["diff", "--fail-on", "any", "2023", "2024"], 2),
    (["diff", "--rev", "HEAD~1"], 2),
    (["diff", "--rev", "HEAD", "--fail-on", "nonsense"], 2),
    (["record", "kasko", "x", "2025", "57,5 %"], 2),
    (["record", "kasko", "x", "1850", "5"], 2),
    (["record", "kasko", "x", "20x5", "5"], 2),
    (["record", "kasko", "x", "2025", "32,000"], 2),
    (["record", "nosuch", "x", "2025", "5"], 2),
    (["record", "--dir", "nowhere", "kasko", "x", "2025", "5"], 2),
    (["record", "kasko", "nosuch", "2025", "5"], 2),
    (["record", "--dir", "fi", "kaskinen", "x", "2025", "12 %"], 2),
    (["validate", "nowhere.yaml"], 2),
    (["validate", "--select", "STK999"], 2),
    (["validate", "--require-analysis", "nonsense"], 2),
    (["validate", "--today", "yesterday"], 2),
    (["explain", "STK999"], 2),
    (["export", "nosuch"], 2),
    (["export", "--excel"], 2),
    (["import", "missing.xlsx"], 2),
    (["import", "latin1.csv"], 2),
    (["import", "broken.xlsx"], 2),
    (["import", "notes.txt"], 2),
    (["fetch", "nosuch"], 2),
    (["fetch", "kasko"], 2),
    (["fetch", "karlskoga"], 2),
    (["report", "nosuch"], 2),
    (["nosuchcommand"], 2),
    (["status", "--nosuchoption"], 2),
]


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    examples_and_a_finnish_file(tmp_path)
    (tmp_path / "latin1.csv").write_bytes("file;id;Nytta\nkasko.yaml;x;å\n".encode("cp1252"))
    (tmp_path / "broken.xlsx").write_text("not a workbook\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for source in ("KOLADA", "SCB", "STATFIN"):
        monkeypatch.setenv(f"STRATKIT_{source}_URL", UNREACHABLE)
    return tmp_path


def english_in(text: str) -> list[str]:
    return [marker for marker in MARKERS if marker in text]


def run(args: list[str], locale: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("LANG", locale)
    result = runner.invoke(app, args)
    return result.exit_code, result.stdout + result.stderr


def test_there_are_at_least_25_command_lines() -> None:
    assert len({tuple(args) for args, _ in COMMANDS}) >= 25


@pytest.mark.parametrize("locale", ["sv_SE.UTF-8", "fi_FI.UTF-8"])
@pytest.mark.parametrize(("args", "code"), COMMANDS, ids=[" ".join(a) for a, _ in COMMANDS])
def test_no_english_sentence_in_a_swedish_or_finnish_run(
    place: Path, monkeypatch: pytest.MonkeyPatch, locale: str, args: list[str], code: int
) -> None:
    exit_code, output = run(args, locale, monkeypatch)
    assert exit_code == code, output
    assert output.strip(), "an error path says something"
    assert english_in(output) == [], output


@pytest.mark.parametrize(("args", "code"), COMMANDS, ids=[" ".join(a) for a, _ in COMMANDS])
def test_the_markers_find_the_english_of_the_same_runs(
    place: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int
) -> None:
    """The guard can fail: in English the same command lines trip the markers."""
    exit_code, output = run(args, "C.UTF-8", monkeypatch)
    assert exit_code == code, output
    assert english_in(output), output
