"""The part of a source line shown under a diagnostic: a window around the span.

A line can be as long as the file (a minified file, 20 000 aliases on one line), and every
diagnostic on it quotes it: quoting it whole printed 1.8 GB for a 60 kB file. So at most
WIDTH characters are shown, starting a little before the span, with `…` where the line goes
on; the caret marks the span inside the window.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 100  # characters of a quoted line shown at most
_BEFORE = 30  # of them, how many come before the span when the line must be cut
MORE = "…"


@dataclass(frozen=True, slots=True)
class Excerpt:
    text: str
    caret: int  # 0-based column of the span's first character in `text`
    width: int  # characters the caret marks, at least 1


def excerpt(line: str, column: int, end_column: int | None) -> Excerpt:
    """The window of `line` around the span from 1-based `column` to `end_column` (exclusive;
    None: to the end of the line)."""
    start = max(0, min(column - 1, len(line)))
    end = len(line) if end_column is None else max(start + 1, min(end_column - 1, len(line)))
    if len(line) <= WIDTH:
        return Excerpt(line, start, max(1, end - start))
    left = max(0, min(start - _BEFORE, len(line) - WIDTH))
    right = left + WIDTH
    prefix = MORE if left > 0 else ""
    suffix = MORE if right < len(line) else ""
    text = prefix + line[left:right] + suffix
    caret = start - left + len(prefix)
    return Excerpt(text, caret, max(1, min(end, right) - start))
