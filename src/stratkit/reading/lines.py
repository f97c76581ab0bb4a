"""What a line is, in one place, for every reader, guard and position in stratkit.

A line ends at LF, CRLF or a lone CR (old Mac files; some Windows tools still write them).
That is what git, GitHub's annotations and editors count, so every line number stratkit
shows counts exactly these. PyYAML counts three more breaks: NEL (U+0085), LINE SEPARATOR
(U+2028) and PARAGRAPH SEPARATOR (U+2029), which YAML 1.1 calls line breaks and keeps in
the text of a value. A file holding one of them has PyYAML's line numbers shifted by one
from there on, so a position from PyYAML is turned into a user's line and column through
the character offset it carries (Mark.index), which both counts share.

Python's str.splitlines also splits at \\v, \\f, \\x1c-\\x1e and the three above, so it is
never used on a strategy file's text: `split` is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Protocol

from stratkit.diagnostics import Span


class Mark(Protocol):
    """A position as PyYAML's readers give it (0-based; index counts characters)."""

    line: int
    column: int
    index: int


# The breaks a user sees, longest first so that CRLF counts once.
BREAK = re.compile(r"\r\n|\r|\n")
_BYTE_BREAK = re.compile(rb"\r\n|\r|\n")
_FINAL_BREAK = re.compile(r"(?:\r\n|\r|\n)\Z")
# Breaks to PyYAML (YAML 1.1) that are text to users, editors and YAML 1.2 readers.
YAML_ONLY_BREAKS = "\x85\u2028\u2029"
_YAML_ONLY = re.compile(f"[{YAML_ONLY_BREAKS}]")


def split(text: str) -> list[str]:
    """The lines of a text without their breaks; a final break starts no new line."""
    parts = BREAK.split(text)
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts


def to_lf(text: str) -> str:
    """The text with every CRLF and lone CR written as LF, for guards that look at lines."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of the character at `offset` (or the end of the text)."""
    offset = max(0, min(offset, len(text)))
    if offset == len(text):
        # The end of the file is the end of its last line, not the start of one after it.
        final = _FINAL_BREAK.search(text)
        offset -= len(final.group()) if final else 0
    if text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # the LF of a CRLF belongs to the same break as its CR
    line, start = 1, 0
    for match in BREAK.finditer(text, 0, offset):
        line += 1
        start = match.end()
    return line, offset - start + 1


def byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the byte at `offset` of UTF-8 bytes."""
    offset = max(0, min(offset, len(raw)))
    line, start = 1, 0
    for match in _BYTE_BREAK.finditer(raw, 0, offset):
        if match.end() > offset:
            break
        line += 1
        start = match.end()
    return line, len(raw[start:offset].decode("utf-8", "replace")) + 1


class LineMap:
    """Turns PyYAML's marks into the lines and columns users see.

    Where the text holds none of the breaks only PyYAML counts, PyYAML's own line and column
    are the user's (it counts LF, CRLF and CR as users do), which costs nothing per event.
    """

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts: list[int] | None = None
        if _YAML_ONLY.search(text):
            self._starts = [0, *(match.end() for match in BREAK.finditer(text))]

    def place(self, mark: Mark) -> tuple[int, int]:
        """The 1-based line and column of a mark of an event or node."""
        starts = self._starts
        if starts is None:
            return mark.line + 1, mark.column + 1
        offset = max(0, min(mark.index, self._length))
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def span(self, start: Mark, end: Mark) -> Span:
        return Span(*self.place(start), *self.place(end))

    def point(self, mark: Mark) -> Span:
        return Span.point(*self.place(mark))
