"""Golden outputs of status and diff on format 1.1 (issue 12): analysis, an indicator
assessed by people, a target's decision and initiatives over time.

And of item 1: preliminary values ("prel.") and women and men, in every format that shows
them (tests/fixtures/valid/reported_values.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import FIXTURES, StrictRunner, golden

runner = StrictRunner()
FOLDER = str(FIXTURES / "valid")


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("status_followup_sv.txt", ["status", "followup_sv"]),
        ("status_followup_sv.md", ["status", "followup_sv", "--format", "markdown"]),
        ("status_followup_en.txt", ["status", "followup_en", "--lang", "en"]),
        ("diff_followup_sv.txt", ["diff", "2024", "2025", "followup_sv"]),
        (
            "diff_followup_en.md",
            ["diff", "2024", "2025", "followup_en", "--format", "markdown", "--lang", "en"],
        ),
        ("status_reported.txt", ["status", "reported_values"]),
        ("status_reported.md", ["status", "reported_values", "--format", "markdown"]),
        ("status_reported.json", ["status", "reported_values", "--format", "json"]),
        ("status_reported.csv", ["status", "reported_values", "--format", "csv"]),
        ("diff_reported.txt", ["diff", "2020", "2022", "reported_values"]),
    ],
)
def test_followup_outputs_are_exact(in_root: Path, name: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--dir", FOLDER], catch_exceptions=False)
    assert (result.exit_code, result.stderr) == (0, "")
    golden(name, result.stdout)
