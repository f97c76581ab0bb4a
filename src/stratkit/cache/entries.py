"""One file's report as the cache keeps it and worker processes send it: three text lines.

Line 1 is the report (diagnostics without the path, and the quoted lines), line 2 the
strategy's overview for `status` (summary.Summary), line 3 the validated strategy as JSON
(modelstore). Kept apart from cache.py so that a run without the cache can read what its
workers send without importing the cache's hashing and file handling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from stratkit.diagnostics import Diagnostic, Severity

# The layout of an entry; an entry of any other layout is damaged to this stratkit.
VERSION = 2
_SEVERITIES = frozenset(severity.value for severity in Severity)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps of one file's report: diagnostics without the path, the quoted
    lines, the strategy's overview (summary.Summary) once `status` has asked for it, and the
    validated strategy as JSON (modelstore), when there is one."""

    diagnostics: tuple[tuple[object, ...], ...]
    lines: dict[int, str]
    strategy: str | None
    summary: str | None = None

    def diagnostics_for(self, path: str) -> tuple[Diagnostic, ...]:
        return tuple(_diagnostic(path, row) for row in self.diagnostics)


def _diagnostic(path: str, row: tuple[object, ...]) -> Diagnostic:
    line, column, end_line, end_column, severity, code, message, hint = row
    return Diagnostic(
        path,
        int(str(line)),
        int(str(column)),
        int(str(end_line)),
        int(str(end_column)),
        Severity(str(severity)),
        str(code),
        str(message),
        None if hint is None else str(hint),
    )


def _check_row(row: tuple[object, ...]) -> None:
    """ValueError unless a row is a diagnostic as `encode` writes it."""
    if len(row) != 8:
        raise ValueError("a diagnostic has eight fields")
    *numbers, severity, code, message, hint = row
    if not all(type(n) is int and n >= 1 for n in numbers):
        raise ValueError("a position is a whole number from 1")
    if severity not in _SEVERITIES or not isinstance(code, str) or not isinstance(message, str):
        raise ValueError("a diagnostic has a severity, a code and a message")
    if hint is not None and not isinstance(hint, str):
        raise ValueError("a hint is text")


def encode(
    diagnostics: tuple[Diagnostic, ...],
    lines: dict[int, str],
    strategy: str | None,
    summary: str | None = None,
) -> str:
    rows = [
        [d.line, d.column, d.end_line, d.end_column, d.severity.value, d.code, d.message, d.hint]
        for d in diagnostics
    ]
    head = json.dumps({"v": VERSION, "d": rows, "l": lines}, ensure_ascii=False)
    # Three lines, smallest first: the report (all `validate` reads), the summary (all the
    # overview of `status` reads), the strategy.
    return f"{head}\n{summary or ''}\n{strategy or ''}\n"


def decode(text: str, with_strategy: bool) -> Entry:
    head, _, rest = text.partition("\n")
    data = json.loads(head)
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise ValueError("an entry of another layout")
    rows = tuple(tuple(row) for row in data["d"])
    for row in rows:
        _check_row(row)
    if not all(isinstance(t, str) for t in data["l"].values()):
        raise ValueError("a quoted line is text")
    lines = {int(n): t for n, t in data["l"].items()}
    if with_strategy and rest.count("\n") != 2:
        raise ValueError("an entry has three lines")
    summary, _, strategy = rest.partition("\n")
    return Entry(
        rows,
        lines,
        strategy.rstrip("\n") or None if with_strategy else None,
        summary or None,
    )
