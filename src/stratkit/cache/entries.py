"""One file's report as the cache keeps it and worker processes send it: three text lines.

Line 1 is the report (diagnostics without the path, and the quoted lines), line 2 the
strategy's overview for `status` (summary.Summary), line 3 the validated strategy as JSON
(model_codec). Kept apart from cache.py so that a run without the cache can read what its
workers send without importing the cache's hashing and file handling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NamedTuple

from stratkit.diagnostics import Diagnostic, Severity
from stratkit.messages import Message, from_data

# The layout of an entry; an entry of any other layout is damaged to this stratkit.
VERSION = 3
_SEVERITIES = frozenset(severity.value for severity in Severity)


class StoredDiagnostic(NamedTuple):
    """A diagnostic as an entry keeps it: without the path, which the caller knows."""

    line: int
    column: int
    end_line: int
    end_column: int
    severity: str
    code: str
    message: object  # the text, or a Message as Message.to_data keeps it
    hint: object

    def with_path(self, path: str) -> Diagnostic:
        return Diagnostic(
            path,
            self.line,
            self.column,
            self.end_line,
            self.end_column,
            Severity(self.severity),
            self.code,
            from_data(self.message) or "",
            from_data(self.hint),
        )


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps of one file's report: diagnostics without the path, the quoted
    lines, the strategy's overview (progress.overview.Summary) once `status` has asked for
    it, and the validated strategy as JSON (model_codec), when there is one."""

    diagnostics: tuple[StoredDiagnostic, ...]
    lines: dict[int, str]
    strategy: str | None
    summary: str | None = None
    # The language the file says it is written in, for the language of its diagnostics.
    language: str | None = None

    def diagnostics_for(self, path: str) -> tuple[Diagnostic, ...]:
        return tuple(row.with_path(path) for row in self.diagnostics)

    @property
    def has_errors(self) -> bool:
        return any(row.severity == Severity.ERROR.value for row in self.diagnostics)


def _stored(row: object) -> StoredDiagnostic:
    """The diagnostic a row holds; ValueError unless it is one as `encode` writes it."""
    if not isinstance(row, list) or len(row) != len(StoredDiagnostic._fields):
        raise ValueError("a diagnostic has eight fields")
    line, column, end_line, end_column, severity, code, message, hint = row
    numbers = (line, column, end_line, end_column)
    if not all(type(n) is int and n >= 1 for n in numbers):
        raise ValueError("a position is a whole number from 1")
    if severity not in _SEVERITIES or not isinstance(code, str) or not _text(message):
        raise ValueError("a diagnostic has a severity, a code and a message")
    if hint is not None and not _text(hint):
        raise ValueError("a hint is text")
    return StoredDiagnostic(line, column, end_line, end_column, severity, code, message, hint)


def _text(value: object) -> bool:
    """Whether a stored message is text or a Message's data ([msgid, [[name, value], …]])."""
    if isinstance(value, str):
        return True
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], list)
    )


def to_data(text: str | None) -> object:
    return text.to_data() if isinstance(text, Message) else text


def encode(
    diagnostics: tuple[Diagnostic, ...],
    lines: dict[int, str],
    strategy: str | None,
    summary: str | None = None,
    language: str | None = None,
) -> str:
    # Messages are kept as their msgid and values, so a cached report can be said in any
    # language (see stratkit.messages).
    rows = [
        [
            d.line,
            d.column,
            d.end_line,
            d.end_column,
            d.severity.value,
            d.code,
            to_data(d.message),
            to_data(d.hint),
        ]
        for d in diagnostics
    ]
    head = json.dumps({"v": VERSION, "d": rows, "l": lines, "g": language}, ensure_ascii=False)
    # Three lines, smallest first: the report (all `validate` reads), the summary (all the
    # overview of `status` reads), the strategy.
    return f"{head}\n{summary or ''}\n{strategy or ''}\n"


def decode(text: str, with_strategy: bool) -> Entry:
    head, _, rest = text.partition("\n")
    data = json.loads(head)
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise ValueError("an entry of another layout")
    rows = tuple(_stored(row) for row in data["d"])
    if not all(isinstance(t, str) for t in data["l"].values()):
        raise ValueError("a quoted line is text")
    lines = {int(n): t for n, t in data["l"].items()}
    if with_strategy and rest.count("\n") != 2:
        raise ValueError("an entry has three lines")
    summary, _, strategy = rest.partition("\n")
    language = data.get("g")
    return Entry(
        rows,
        lines,
        strategy.rstrip("\n") or None if with_strategy else None,
        summary or None,
        language if isinstance(language, str) else None,
    )
