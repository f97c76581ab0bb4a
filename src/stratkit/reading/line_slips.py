"""Slips in one line that the YAML reader notices elsewhere, or names in its own grammar.

A tab in the indentation, a key without its ':' and a list item without the space after
'-' are each found at the line the user must fix, and told with that line fixed.
"""

from __future__ import annotations

import re
from functools import cache

from stratkit.diagnostics import Span
from stratkit.messages import Message
from stratkit.model.vocabulary import KEYS, PART_KEYS

Found = tuple[Span, Message, Message]

# `-id: centrum`: to YAML a key named '-id', not a list item; keys start with a letter.
_DASH_WITHOUT_SPACE = re.compile(r"^( *)-([^\W\d_][^\s:#]*)\s*:(?:\s+(.*?))?\s*(?:#.*)?$")


def tab_in_indentation(lines: list[str], line: int) -> Found | None:
    """A tab among the spaces that indent the line where the reader stopped."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    indentation = text[: len(text) - len(text.lstrip(" \t"))]
    if "\t" not in indentation:
        return None
    column = indentation.index("\t") + 1
    return (
        Span(line, column, line, column + 1),
        Message("a tab character is used for indentation; YAML allows only spaces"),
        Message("replace the tab with spaces (most editors can show tabs as '→')"),
    )


def missing_colon(lines: list[str], line: int) -> Found | None:
    """`unit invånare`: a key of the format followed by its value with no ':' between."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    body = text.lstrip(" ")
    if body.startswith("- "):
        body = body[2:].lstrip(" ")
    indent = len(text) - len(body)
    value = re.sub(r"\s+#.*$", "", body).strip()
    if ": " in value or value.endswith(":"):
        return None
    folded = value.casefold()
    for key in _known_keys():
        if folded.startswith(key + " "):
            written = value[: len(key)]
            rest = value[len(key) :].strip()
            column = indent + len(key) + 1
            return (
                Span(line, column, line, column + 1),
                Message("a ':' is missing after '{key}'", key=written),
                Message("write {fixed}", fixed=f"{written}: {rest}"),
            )
    return None


def dash_without_space(lines: list[str], last: int) -> Found | None:
    """`-id: centrum` within the few lines before the one where the reader stopped."""
    for number in range(min(last, len(lines)), max(0, last - 3), -1):
        match = _DASH_WITHOUT_SPACE.match(lines[number - 1])
        if match:
            indent, key, value = match.groups()
            column = len(indent) + 1
            fixed = f"- {key}: {value}" if value else f"- {key}:"
            return (
                Span(number, column, number, column + 1),
                Message("a '-' that starts a list item must be followed by a space"),
                Message("write {fixed}", fixed=fixed),
            )
    return None


@cache
def _known_keys() -> tuple[str, ...]:
    """Every spelling of every key, folded, longest first ('klart senast' before 'klart')."""
    every = {*KEYS, *(key for _, key in PART_KEYS)}
    for words in (*KEYS.values(), *PART_KEYS.values()):
        every.update(words.sv, words.fi)
    return tuple(sorted({key.casefold() for key in every}, key=len, reverse=True))
