from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


class StrictRunner(CliRunner):
    """Typer's runner, but a crash is a crash: a traceback must never pass as exit code 1."""

    def invoke(self, *args: Any, **kwargs: Any) -> Result:
        kwargs.setdefault("catch_exceptions", False)
        return super().invoke(*args, **kwargs)


def git_identity(monkeypatch: pytest.MonkeyPatch, **more: str) -> None:
    """A git that commits as a fixed test user, whatever the machine's own configuration."""
    for key, value in {
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
        **more,
    }.items():
        monkeypatch.setenv(key, value)


def golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; STRATKIT_UPDATE_GOLDEN=1 rewrites it after a change."""
    path = GOLDEN / name
    if os.environ.get("STRATKIT_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def files_in(folder: Path, pattern: str = "*.yaml") -> list[Path]:
    """The files a test runs over; none at all is a broken test, never a pass."""
    found = sorted(folder.glob(pattern))
    assert found, f"no {pattern} in {folder}: the test would check nothing"
    return found


EXAMPLES = files_in(ROOT / "strategies")


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output under test is the uncoloured output a CI log or a pipe receives."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    # The language of messages follows the locale; tests choose theirs with --lang or these.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # Freshness (STK402) depends on the calendar; a test that wants it passes --today, so
    # that no other test's output changes when the year turns.
    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: None)


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the repository root, where strategies/ lives."""
    monkeypatch.chdir(ROOT)
    return ROOT


def read_expectations(path: Path) -> list[str]:
    raw = path.read_bytes()
    for encoding in ("utf-8", "utf-16", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "# expect:" in text:
            break
    return [
        line.split("# expect:", 1)[1].strip()
        for line in text.splitlines()
        if line.lstrip("\ufeff").startswith("# expect:")
    ]


def read_year(path: Path) -> int | None:
    """The year a fixture's freshness is judged in: its `# today: YYYY-MM-DD` line, if any."""
    for line in path.read_bytes().decode("utf-8", "replace").splitlines():
        if line.startswith("# today:"):
            return datetime.date.fromisoformat(line.split(":", 1)[1].strip()).year
    return None


os.environ.setdefault("STRATKIT_TEST", "1")


def examples_and_a_finnish_file(where: Path) -> Path:
    """The bundled examples under `where`/strategies and a Finnish-keyed strategy under
    `where`/fi, in a folder that stands for a repository's root (the settings search stops
    at its .git); `where` is returned."""
    import shutil

    shutil.copytree(ROOT / "strategies", where / "strategies")
    (where / "fi").mkdir()
    shutil.copyfile(FIXTURES / "languages" / "kaskinen_suomi.yaml", where / "fi" / "kaskinen.yaml")
    (where / ".git").mkdir()
    return where
