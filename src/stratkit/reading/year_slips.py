"""The most common edit of the year, a new value, typed where a key belongs.

`2025: 30100` under an indicator, under its baseline or (indented) under `source:` is a
year and its value that belong under the indicator's actual values (`förverkligats:`).
Said with the corrected line as the hint, in the key the file itself uses.
"""

from __future__ import annotations

import re
from collections import Counter

from stratkit.diagnostics import Span
from stratkit.messages import Message
from stratkit.model.values import YEAR_MAX, YEAR_MIN
from stratkit.model.vocabulary import spellings

_YEAR_LINE = re.compile(r"^(\s*)(\d{4})\s*:\s+([^\s#][^#]*?)\s*(?:#.*)?$")


def is_year(key: str) -> bool:
    return key.isdigit() and len(key) == 4 and YEAR_MIN <= int(key) <= YEAR_MAX


def year_message(year: str, value: str) -> Message:
    return Message(
        "'{year}: {value}' is a year and its value, written where a key belongs",
        year=year,
        value=value,
    )


def year_hint(year: str, value: str, actual: str, has_actual: bool) -> Message:
    if has_actual:
        return Message(
            "move the line '{year}: {value}' under '{actual}:', indented one step further",
            year=year,
            value=value,
            actual=actual,
        )
    return Message(
        "the values of each year go under '{actual}:'; write: {actual}: {{{year}: {value}}}",
        year=year,
        value=value,
        actual=actual,
    )


def year_slip(lines: list[str], line: int) -> tuple[Span, Message, Message] | None:
    """A syntax error at a line `YYYY: value` (e.g. indented under `source:`), explained."""
    if not 0 < line <= len(lines):
        return None
    match = _YEAR_LINE.match(lines[line - 1])
    if match is None or not is_year(match.group(2)):
        return None
    indent, year, value = match.groups()
    actual = _actual_key(lines)
    column = len(indent) + 1
    span = Span(line, column, line, column + len(year))
    has_actual = actual is not None
    return span, year_message(year, value), year_hint(year, value, actual or "actual", has_actual)


def _actual_key(lines: list[str]) -> str | None:
    """The spelling of `actual` the file already uses, if it has one."""
    words = spellings("Indicator", "actual")
    for text in lines:
        stripped = text.strip()
        for word in words:
            if stripped.startswith(word + ":"):
                return word
    return None


# A year as a key, whatever its value (none, quoted, a mapping in braces); spaces only,
# since a tab in the indentation is a slip of its own.
_YEAR_KEY = re.compile(r"^( *)(\d{4})\s*:(?:\s|$)")
# `förverkligats:` with nothing after it but perhaps a comment: the years follow below.
_OPENING_KEY = re.compile(r"^( *)(?:-\s+)?([^\s#:'\"-][^:#]*?)\s*:\s*(?:#.*)?$")


def misaligned_year(lines: list[str], line: int) -> tuple[Span, Message, Message] | None:
    """A year among the years under `förverkligats:` that does not start in their column.

    The reader stops at the year after one indented too little, and at the one indented too
    far; both are told where the years line up, since "one step further in" would be wrong
    for the one and point at the wrong line for the other.
    """
    block = _year_block(lines, line)
    if block is None:
        return None
    opening, key, years = block
    columns = Counter(column for _, column, _ in years if column > opening)
    if not columns:
        return None
    # Most years are right; when as many are off, the nearest column under the key is.
    expected = max(columns, key=lambda column: (columns[column], -column))
    wrong = next((year for year in years if year[1] != expected), None)
    if wrong is None:
        return None
    number, column, year = wrong
    # The nearest year that is right, the one above it when two are as near.
    model = min((y for y in years if y[1] == expected), key=lambda y: (abs(y[0] - number), y[0]))
    words = {"year": year, "key": key, "column": expected, "other": model[2], "line": model[0]}
    if column > expected:
        message = Message(
            "the year {year} is indented further than the other years under '{key}:'", **words
        )
        hint = Message(
            "move the line to the left, so that '{year}:' starts in column {column} like "
            "'{other}:' on line {line}",
            **words,
        )
    else:
        message = Message(
            "the year {year} is indented less than the other years under '{key}:'", **words
        )
        hint = Message(
            "move the line to the right, so that '{year}:' starts in column {column} like "
            "'{other}:' on line {line}",
            **words,
        )
    return Span(number, column, number, column + len(year)), message, hint


def _year_block(lines: list[str], line: int) -> tuple[int, str, list[tuple[int, int, str]]] | None:
    """The column and key of the line that opens the years around `line`, and each year's
    line, column and year; None unless `line` is one of two or more years under a key."""
    if not 0 < line <= len(lines) or not _YEAR_KEY.match(lines[line - 1]):
        return None
    top = line
    while top > 1 and _year_or_nothing(lines[top - 2]):
        top -= 1
    opening = _OPENING_KEY.match(lines[top - 2]) if top > 1 else None
    if opening is None:
        return None
    years: list[tuple[int, int, str]] = []
    number = top
    while number <= len(lines) and _year_or_nothing(lines[number - 1]):
        found = _YEAR_KEY.match(lines[number - 1])
        if found:
            years.append((number, len(found.group(1)) + 1, found.group(2)))
        number += 1
    if len(years) < 2:
        return None
    key = opening.group(2)
    return lines[top - 2].index(key) + 1, key, years


def _year_or_nothing(text: str) -> bool:
    stripped = text.strip()
    return not stripped or stripped.startswith("#") or bool(_YEAR_KEY.match(text))
