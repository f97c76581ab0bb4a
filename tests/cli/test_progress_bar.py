"""The progress bar appears only for long runs at a terminal, on standard error."""

from __future__ import annotations

import io
import sys

import pytest

from stratkit.cli.progress_bar import PROGRESS_MIN, progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_for_few_files_or_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", Terminal())
    with progress_bar(PROGRESS_MIN) as callback:
        assert callback is None
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with progress_bar(PROGRESS_MIN + 1) as callback:
        assert callback is None


def test_a_bar_for_many_files_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    total = PROGRESS_MIN + 1
    with progress_bar(total) as callback:
        assert callback is not None
        for done in range(1, total + 1):
            callback(done, total)
    assert f"{total}/{total}" in terminal.getvalue()
