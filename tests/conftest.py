from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output under test is the uncoloured output a CI log or a pipe receives."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("COLUMNS", "100")


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


os.environ.setdefault("STRATKIT_TEST", "1")
