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
from stratkit.messages import Message, from_data


def to_data(text: str | None) -> object:
    return text.to_data() if isinstance(text, Message) else text


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps of one file's report: diagnostics without the path, the quoted
    lines, the strategy's overview (summary.Summary) once `status` has asked for it, and the
    validated strategy as JSON (modelstore), when there is one."""

    diagnostics: tuple[tuple[object, ...], ...]
    lines: dict[int, str]
    strategy: str | None
    summary: str | None = None
    # The language the file says it is written in, for the language of its diagnostics.
    language: str | None = None

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
        from_data(message) or "",
        from_data(hint),
    )


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
    head = json.dumps({"d": rows, "l": lines, "g": language}, ensure_ascii=False)
    # Three lines, smallest first: the report (all `validate` reads), the summary (all the
    # overview of `status` reads), the strategy.
    return f"{head}\n{summary or ''}\n{strategy or ''}\n"


def decode(text: str, with_strategy: bool) -> Entry:
    head, _, rest = text.partition("\n")
    data = json.loads(head)
    rows = tuple(tuple(row) for row in data["d"])
    for row in rows:
        if len(row) != 8:
            raise ValueError("a diagnostic has eight fields")
    lines = {int(n): str(t) for n, t in data["l"].items()}
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
