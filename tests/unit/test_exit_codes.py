"""The exit code of every command comes from its result, in one place."""

from __future__ import annotations

import pytest

from stratkit.cli.exit_codes import Exit, exit_code
from stratkit.diagnostics import FILE_START, Diagnostic
from stratkit.diff.revisions import Change, Kind, RevisionDiff
from stratkit.progress.overview import Overview
from stratkit.progress.rollup import StatusReport
from stratkit.validation.loading import Answer
from stratkit.validation.report import FailOn, FileReport, ValidationRun

ERROR = Diagnostic.at("a.yaml", FILE_START, "STK101", "broken")
WARNING = Diagnostic.at("a.yaml", FILE_START, "STK401", "incomplete")


@pytest.mark.parametrize(
    ("run", "code"),
    [
        (ValidationRun(()), Exit.OK),
        (ValidationRun((FileReport("a.yaml", (WARNING,)),)), Exit.OK),
        (ValidationRun((FileReport("a.yaml", (WARNING,)),), fail_on=FailOn.WARNING), Exit.FINDINGS),
        (ValidationRun((FileReport("a.yaml", (ERROR,)),)), Exit.FINDINGS),
        (ValidationRun((), missing=("nowhere.yaml",)), Exit.CANNOT_RUN),
    ],
)
def test_validate(run: ValidationRun, code: Exit) -> None:
    assert exit_code(run) is code


def test_status_and_overview_fail_when_a_file_was_left_out() -> None:
    broken = (FileReport("a.yaml", (ERROR,)),)
    for result in (StatusReport(None, None, ()), Overview(())):
        assert exit_code(Answer(result)) is Exit.OK
        assert exit_code(Answer(result, broken)) is Exit.FINDINGS


def test_revision_diff_fails_on_a_change_that_fail_on_names() -> None:
    removed = Change("t", Kind.FILE_REMOVED, "file")
    quiet = RevisionDiff("HEAD", "abc", None, None, (removed,))
    assert exit_code(Answer(quiet)) is Exit.OK
    strict = RevisionDiff("HEAD", "abc", None, None, (removed,), fail_on=("file-removed",))
    assert exit_code(Answer(strict)) is Exit.FINDINGS


def test_an_unknown_result_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        exit_code("not a result")
