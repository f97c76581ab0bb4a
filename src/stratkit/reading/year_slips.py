"""The most common edit of the year, a new value, typed where a key belongs.

`2025: 30100` under an indicator, under its baseline or (indented) under `source:` is a
year and its value that belong under the indicator's actual values (`förverkligats:`).
Said with the corrected line as the hint, in the key the file itself uses.
"""

from __future__ import annotations

import re

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
