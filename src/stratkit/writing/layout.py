"""Where things are in a strategy file's text, as offsets the editor can cut and insert at.

The reader (reading.yaml_reader) gives every key and value a span of 1-based lines and
columns, counted as libyaml counts them: a column is a character, and a line ends at
"\\r\\n", "\\r", "\\n", NEL, LS or PS. Containers get only their starting point, so the end of
a mapping is found from the last value inside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.diagnostics import Span
from stratkit.reading.yaml_reader import Path, Slot

_BREAKS = "\n\x85\u2028\u2029"


@dataclass(frozen=True, slots=True)
class Layout:
    text: str
    slots: dict[Path, Slot]
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, slots: dict[Path, Slot]) -> Layout:
        starts = [0]
        for i, char in enumerate(text):
            if char in _BREAKS or (char == "\r" and text[i + 1 : i + 2] != "\n"):
                starts.append(i + 1)
        return cls(text, slots, tuple(starts))

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def start(self, span: Span) -> int:
        return self.offset(span.line, span.column)

    def end(self, span: Span) -> int:
        return self.offset(span.end_line, span.end_column)

    def entry_end(self, path: Path) -> int:
        """The offset just after the value at `path`, nested values and closing braces included."""
        own = self.slots[path]
        end = self.end(own.value)
        for other, slot in self.slots.items():
            if other[: len(path)] == path and len(other) > len(path):
                end = max(end, self.end(slot.value))
        start = self.start(own.value)
        if self.text[start : start + 1] in ("{", "["):
            end = _after_closing(self.text, start)
        return end

    def line_end(self, offset: int) -> int:
        """The offset of the line break that ends the line holding `offset` (or the text's end)."""
        ends = [i for i in (self.text.find(c, offset) for c in "\r\n") if i >= 0]
        return min(ends) if ends else len(self.text)

    def line_start(self, offset: int) -> int:
        return max(self.text.rfind("\n", 0, offset), self.text.rfind("\r", 0, offset)) + 1

    def indent_of(self, span: Span) -> str:
        """The blanks a new key at the same level as the key at `span` is written after."""
        return " " * (span.column - 1)


def _after_closing(text: str, start: int) -> int:
    """The offset after the bracket that closes the flow collection opening at `start`."""
    depth, quote, i = 0, "", start
    while i < len(text):
        char = text[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#" and text[i - 1 : i] in (" ", "\t"):
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
            continue
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)
