"""The one place that decides a command's exit code from its result.

0: done, nothing to report; 1: findings (errors, a --fail-on change, files left out);
2: the command could not run (raised as errors.CannotRun, turned into 2 by common.edge);
130 and 143: stopped by Ctrl-C or SIGTERM.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
    TERMINATED = 143  # SIGTERM (128 + 15)


@dataclass(frozen=True, slots=True)
class Behind:
    """`fetch --check`: whether a file is behind what its sources publish."""

    behind: bool


@dataclass(frozen=True, slots=True)
class Problems:
    """`import`: how many cells could not be read or changes may not be applied."""

    count: int


def exit_code(result: object) -> Exit:
    """The exit code for a command's result (a validation run, or an Answer of status or
    diff, whose left-out files are findings)."""
    from stratkit.reporters.registry import KIND_OF, Kind
    from stratkit.validation.loading import Answer
    from stratkit.validation.report import ValidationRun

    if isinstance(result, ValidationRun):
        if result.missing:
            return Exit.CANNOT_RUN
        return Exit.FINDINGS if result.fails else Exit.OK
    if isinstance(result, Problems):
        return Exit.FINDINGS if result.count else Exit.OK
    if isinstance(result, Behind):
        return Exit.FINDINGS if result.behind else Exit.OK
    if isinstance(result, Answer):
        changes = result.result
        # diff --rev: a change that --fail-on asks a person to decide on is a finding.
        failing = KIND_OF.get(type(changes).__name__) is Kind.REVISION_DIFF and bool(
            changes.failing
        )
        return Exit.FINDINGS if result.left_out or failing else Exit.OK
    raise TypeError(f"no exit code for {type(result).__name__}")
