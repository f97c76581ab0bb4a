"""The overview tells the whole truth about initiatives (issue 12, item 8)."""

from __future__ import annotations

from pathlib import Path

from stratkit.cli.app import app
from stratkit.model.choices import Language
from stratkit.progress.overview import InitiativeTally
from stratkit.reporters.status.cells import done_of, tally_lines
from tests.conftest import StrictRunner

runner = StrictRunner()


def test_unknown_status_is_named_and_no_share_is_given() -> None:
    tally = InitiativeTally(done=1, unknown=17)
    assert done_of(tally, Language.SV) == "1 av 18 klara, 17 utan angiven status"
    assert done_of(tally, Language.FI) == "1/18 valmiina, 17 ilman tilaa"
    assert done_of(tally, Language.EN) == "1 of 18 done, 17 with no status given"
    assert tally_lines(tally, Language.SV) == ["1 av 18 klara,", "17 utan angiven status"]


def test_a_share_is_given_when_every_status_is_known() -> None:
    tally = InitiativeTally(done=38, ongoing=6, planned=2)
    assert done_of(tally, Language.SV) == "38 av 46 klara (83\u00a0%)"
    assert tally_lines(tally, Language.SV) == ["38 av 46 klara (83\u00a0%)"]


def test_the_overview_line_for_karlskoga_names_the_initiatives_without_status(
    in_root: Path,
) -> None:
    stdout = runner.invoke(app, ["status"], catch_exceptions=False).stdout
    lines = stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("karlskoga "))
    assert lines[first].endswith("1 av 18 klara,")
    assert lines[first + 1].endswith("17 utan angiven status")
    assert "(6\u00a0%)" not in stdout
    markdown = runner.invoke(app, ["status", "--format", "markdown"]).stdout
    assert "| 1 av 18 klara, 17 utan angiven status |" in markdown
