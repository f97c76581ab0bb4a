"""A folder with a Finnish and a Swedish strategy (issue 11's rule): a table covering several
files is in --lang, else the language the files share, else the locale, else English, and the
words of one file (a status, an initiative's status) follow the table."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import FIXTURES, ROOT, StrictRunner, git_identity

runner = StrictRunner()


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git_identity(monkeypatch)
    folder = tmp_path / "strategies"
    folder.mkdir()
    (folder / "kasko.yaml").write_bytes((ROOT / "strategies" / "kasko.yaml").read_bytes())
    finnish = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
    (folder / "kaskinen.yaml").write_bytes(finnish.read_bytes())
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "v1"]):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)
    kasko = folder / "kasko.yaml"
    kasko.write_text(kasko.read_text(encoding="utf-8").replace("1248", "1300"), "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(locale: str, *args: str) -> str:
    result = runner.invoke(app, list(args), env={"LANG": locale})
    assert result.exit_code == 0, result.output
    return result.stdout


COMMANDS = [("status",), ("diff", "2022", "2024"), ("diff", "--rev", "HEAD")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_locale_decides_when_the_files_differ(mixed: Path, command: tuple[str, ...]) -> None:
    """Before: Swedish labels (Indikator, Rörelse, försämrad, Klar) in a Finnish run."""
    finnish = run("fi_FI.UTF-8", *command)
    swedish = run("sv_SE.UTF-8", *command)
    english = run("C.UTF-8", *command)
    assert run("fi_FI.UTF-8", "--lang", "en", *command) == english
    expected = {
        "status": (["Mittarit", "Ei\u00a0arvioitavissa"], ["Indikatorer"], ["Indicators"]),
        "diff 2022 2024": (
            ["Mittari", "heikentynyt", "Tuntematon → Ei aloitettu"],
            ["Indikator", "försämrad", "Okänd → Ej påbörjad"],
            ["Indicator", "worsened", "Unknown → Planned"],
        ),
        "diff --rev HEAD": (["Vertailu"], ["Jämförelse"], ["Compared"]),
    }[" ".join(command)]
    for output, words, others in (
        (finnish, expected[0], ["Indikator", "Rörelse", "försämrad", "Klar"]),
        (swedish, expected[1], ["Mittari", "heikentynyt"]),
        (english, expected[2], ["Indikator", "Mittari"]),
    ):
        for word in words:
            assert word in output
        for word in others:
            assert word not in output


def test_files_that_share_a_language_speak_it_whatever_the_locale(mixed: Path) -> None:
    (mixed / "strategies" / "kaskinen.yaml").unlink()
    assert "Indikatorer" in run("fi_FI.UTF-8", "status")
