"""The one value every check, parser and loader produces: a located, coded problem."""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.codes import Severity, severity_of

__all__ = ["FILE_START", "Diagnostic", "Finding", "Problem", "Severity", "Span"]


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a file. Lines and columns are 1-based; the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, line: int, column: int) -> Span:
        return cls(line, column, line, column + 1)


FILE_START = Span(1, 1, 1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem at a place in a text whose file is not known yet (what a reader finds)."""

    code: str
    span: Span
    message: str
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    code: str
    message: str
    hint: str | None = None

    @classmethod
    def at(
        cls, path: str, span: Span, code: str, message: str, hint: str | None = None
    ) -> Diagnostic:
        # Severity is a property of the code, so it lives in the catalogue, not at call sites.
        return cls(
            path,
            span.line,
            span.column,
            span.end_line,
            span.end_column,
            severity_of(code),
            code,
            message,
            hint,
        )

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found in the data before it is tied to a file position.

    `loc` is the path into the strategy data (keys and list indexes, English field names);
    `on_key` asks for the position of the key rather than of its value.
    """

    code: str
    loc: tuple[str | int, ...]
    message: str
    hint: str | None = None
    on_key: bool = False
