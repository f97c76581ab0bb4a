"""Issue 16: what is printed grows with the file, not with the file times its diagnostics."""

from __future__ import annotations

import os
from pathlib import Path

from stratkit.cli.app import app
from stratkit.reporters.text.excerpt import WIDTH, excerpt
from tests.conftest import FIXTURES, StrictRunner

MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def test_twenty_thousand_aliases_on_one_line_print_a_window_each(tmp_path: Path) -> None:
    """Quoting the whole 60 kB line under each alias printed 1.8 GB."""
    path = tmp_path / "aliases.yaml"
    path.write_text(MINIMAL + "x-a: &a 1\nx-b: [" + ", ".join(["*a"] * 20000) + "]\n")
    assert 60_000 < path.stat().st_size < 100_000
    result = StrictRunner().invoke(app, ["validate", "--no-cache", os.fspath(path)])
    assert result.exit_code == 1
    assert result.stdout.count("STK109") == 20001
    assert len(result.stdout) < 20001 * 500
    quoted = [line for line in result.stdout.splitlines() if line.startswith("  20 | ")]
    assert len(quoted) == 20000
    assert max(len(line) for line in quoted) <= len("  20 | ") + WIDTH + 2


def test_the_window_keeps_the_span_under_the_caret() -> None:
    line = "x" * 500 + "HERE" + "y" * 500
    shown = excerpt(line, 501, 505)
    assert shown.text[shown.caret : shown.caret + shown.width] == "HERE"
    assert shown.text.startswith("…")
    assert shown.text.endswith("…")
    assert len(shown.text) == WIDTH + 2
    start = excerpt(line, 1, 2)
    assert (start.text[0], start.caret, start.width) == ("x", 0, 1)
    end = excerpt(line, 1004, None)
    assert end.text[end.caret :] == "y"
    assert excerpt("short", 2, 4) == excerpt("short", 2, 4)
    assert excerpt("short", 2, 4).text == "short"
