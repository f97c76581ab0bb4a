"""Turn the YAML reader's syntax errors into messages a non-programmer can act on.

The reader says where it gave up, which is often lines after the slip: an unclosed quote
runs on to the next quote in the file, and `metric:Antal` (no space) is noticed only at the
next key. So before explaining the reader's words we look at the user's own lines for the
slips people make, and point at the line where the fix belongs, with that line fixed as the
hint.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stratkit.diagnostics import Problem, Span
from stratkit.i18n import N_
from stratkit.messages import Message
from stratkit.reading.line_slips import (
    Found,
    dash_without_space,
    missing_colon,
    tab_in_indentation,
)
from stratkit.reading.lines import BREAK, position, split
from stratkit.reading.year_slips import misaligned_year, year_slip

if TYPE_CHECKING:
    from collections.abc import Callable

    import yaml

_KEY = r"[^\s#:'\"\[\]{},&*!|>%@`-][^:#]*?"
# `key: "text` and `- key: 'text` whose quote is not closed on the same line.
_QUOTED_VALUE = re.compile(rf"^(\s*(?:-\s+)?{_KEY}:\s+)([\"'])(.*)$")
# `key:value` with no space after the colon (but not a URL such as https://).
_NO_SPACE = re.compile(rf"^(\s*(?:-\s+)?)({_KEY}):([^\s/:][^#]*)$")
# `key: value: more`, a colon and a space inside a plain value.
_COLON_IN_VALUE = re.compile(rf"^(\s*(?:-\s+)?)({_KEY}):\s+([^\"'\[{{].*?:\s.*)$")
_KEY_LINE = re.compile(rf"^(\s*)(?:-\s+)?({_KEY}):(\s|$)")

_INDENTATION = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
    "block sequence entries are not allowed",
)


def syntax_problem(error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = _mark(error)
    # Counted by offset, in the user's lines (reading.lines), and never past the end.
    place = position(text, mark.index) if mark else None
    try:
        return _found_slip(error, text, place) or _plain(error, text, place)
    except Exception:  # the explanation is a kindness; it must never cost the diagnostic
        return _plain(error, text, place)


def _found_slip(
    error: yaml.MarkedYAMLError, text: str, place: tuple[int, int] | None
) -> Problem | None:
    lines = split(text)
    line = place[0] if place else 1
    stop = error.problem_mark.index if error.problem_mark else len(text)
    # A key without its ':' is noticed on its own line, or as a bad indentation on the next.
    keyless = line if "could not find expected ':'" in (error.problem or "") else line - 1
    return (
        _slip(tab_in_indentation, lines, line)
        or _unclosed_quote(text, lines, line, stop)
        or _missing_space(lines, line)
        or _slip(misaligned_year, lines, line)
        or _slip(year_slip, lines, line)
        or _slip(dash_without_space, lines, line)
        or _slip(missing_colon, lines, keyless)
        or _explained(error, lines, place)
    )


def _slip(
    finder: Callable[[list[str], int], Found | None], lines: list[str], line: int
) -> Problem | None:
    found = finder(lines, line)
    return Problem("STK101", *found) if found else None


def _mark(error: yaml.MarkedYAMLError) -> yaml.Mark | None:
    problem = error.problem or ""
    # For a list, mapping or quote never closed, or a key without its ':', the reader notices
    # it only where the file goes on; the line where it began is where the user must look.
    begun = (
        "expected ',' or" in problem
        or "could not find expected ':'" in problem
        or ("end of stream" in problem and "quoted" in (error.context or ""))
    )
    return (error.context_mark if begun else None) or error.problem_mark or error.context_mark


def _problem(line: int, column: int, message: str, hint: str, width: int = 1) -> Problem:
    """A syntax problem; plain texts (marked with N_) become Messages, said when shown."""
    span = Span(line, column, line, column + width)
    return Problem("STK101", span, _said(message), _said(hint))


def _said(text: str) -> Message:
    return text if isinstance(text, Message) else Message(text)


def _unclosed_quote(text: str, lines: list[str], last: int, stop: int) -> Problem | None:
    """A quote opened after a key and still open where the reader gave up (`stop`).

    A quoted text may rightly run over several lines; it is the culprit only if it is still
    open where the reader stopped, or "closes" on that very line: a runaway quote ends at the
    next quote in the file (the opening of another value), and the reader trips right there.
    """
    starts = _line_starts(text)
    for number, line in enumerate(lines[:last], start=1):
        match = _QUOTED_VALUE.match(line)
        if match is None or _closes(match.group(2), match.group(3)):
            continue
        opening = starts[number - 1] + len(match.group(1))
        closing = _closing(text, opening)
        if closing < stop and BREAK.search(text, closing, stop):
            continue  # closed on a later line, well before the reader's problem
        return _problem(
            number,
            len(match.group(1)) + 1,
            N_("a quoted text starts here but is not closed on this line"),
            Message(
                "add the closing quote: {fixed}", fixed=(line.rstrip() + match.group(2)).strip()
            ),
        )
    return None


def _closes(quote: str, rest: str) -> bool:
    """Whether text after an opening quote closes it on the same line."""
    if quote == "'":
        return rest.replace("''", "").count("'") % 2 == 1
    return re.sub(r"\\.", "", rest).count('"') % 2 == 1


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in BREAK.finditer(text))]


def _closing(text: str, opening: int) -> int:
    """Where the quoted text that opens at `opening` closes; len(text) if it never does."""
    quote = text[opening]
    position = opening + 1
    while position < len(text):
        char = text[position]
        if quote == '"' and char == "\\":
            position += 2
            continue
        if char == quote:
            if quote == "'" and text[position + 1 : position + 2] == "'":
                position += 2  # '' is a quote inside single quotes
                continue
            return position
        position += 1
    return len(text)


def _missing_space(lines: list[str], last: int) -> Problem | None:
    # The slip is at most a few lines before where the reader stopped.
    for number in range(last, max(0, last - 3), -1):
        match = _NO_SPACE.match(lines[number - 1]) if number <= len(lines) else None
        if match:
            column = len(match.group(1)) + len(match.group(2)) + 1
            fixed = f"{match.group(2)}: {match.group(3).strip()}"
            return _problem(
                number,
                column,
                N_("a ':' after a key must be followed by a space"),
                Message("write {fixed}", fixed=fixed),
            )
    return None


def _explained(
    error: yaml.MarkedYAMLError, lines: list[str], place: tuple[int, int] | None
) -> Problem | None:
    problem = (error.problem or "").strip()
    if place is None:
        return None
    line, column = place
    current = lines[line - 1] if line <= len(lines) else ""
    if "tab character" in problem or ("cannot start any token" in problem and "\t" in current):
        return _problem(
            line,
            column,
            N_("a tab character is used for indentation; YAML allows only spaces"),
            N_("replace the tab with spaces (most editors can show tabs as '→')"),
        )
    if "cannot start any token" in problem:
        found = current[column - 1 : column]
        message = Message("a value cannot start with '{found}'", found=found)
        return _problem(line, column, message, _quote_hint(current))
    if "mapping values are not allowed" in problem and _COLON_IN_VALUE.match(current):
        return _problem(
            line,
            column,
            N_("a ':' followed by a space inside a value makes YAML read it as a new key"),
            _quote_hint(current),
        )
    if any(needle in problem for needle in _INDENTATION):
        return _indentation(lines, line, column)
    for needle, words, hint in _UNCLOSED:
        if needle in problem:
            return _problem(line, column, words, hint)
    return None


def _indentation(lines: list[str], line: int, column: int) -> Problem:
    above = _key_above(lines, line)
    hint = Message(
        "keys of the same mapping must start in the same column; indent with spaces only"
    )
    if above is not None:
        number, key, key_column = above
        hint = Message(
            "start this line in column {column}, like '{key}:' on line {line}, or check the "
            "lines above for a missing ':' or '- '",
            column=key_column,
            key=key,
            line=number,
        )
    text = lines[line - 1] if line <= len(lines) else ""
    start = len(text) - len(text.lstrip()) + 1 if text.strip() else column
    message = N_("the indentation of this line does not match the lines above")
    return _problem(line, start, message, hint)


def _key_above(lines: list[str], line: int) -> tuple[int, str, int] | None:
    """The nearest key above `line`: its line number, name and column (after any '- ')."""
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.match(text)
        if match:
            start = text.index(match.group(2))
            return number, match.group(2).strip(), start + 1
        return None
    return None


def _quote_hint(line: str) -> str:
    match = _KEY_LINE.match(line)
    if match is None:
        return Message("put the value in double quotes")
    key = match.group(2).strip()
    # A plain value ends where ' #' starts a comment: the comment stays outside the quotes.
    value = line.split(":", 1)[1].split(" #", 1)[0].strip().replace('"', '\\"')
    return Message('put the whole value in double quotes: {key}: "{value}"', key=key, value=value)


_UNCLOSED: list[tuple[str, str, str]] = [
    ("expected ',' or ']'", N_("a list written in [ ] is not closed"), N_("add the closing ']'")),
    (
        "expected ',' or '}'",
        N_("a mapping written in {{ }} is not closed"),
        N_("add the closing '}}'"),
    ),
    (
        "found unexpected end of stream",
        N_("a quoted text starts here but is never closed"),
        N_("add the closing quote at the end of the text"),
    ),
    (
        "found unknown escape character",
        N_("a backslash in double quotes starts an unknown escape"),
        N_("write the text in single quotes, or double the backslash (\\\\)"),
    ),
    (
        "found undefined alias",
        N_("an alias ('*name') refers to an anchor that does not exist"),
        N_("write the value out in full"),
    ),
    (
        "could not find expected ':'",
        N_("a line is neither 'key: value' nor a list item"),
        N_("add the missing ':' after the key, or quote text that runs over several lines"),
    ),
]


def _plain(error: yaml.MarkedYAMLError, text: str, place: tuple[int, int] | None) -> Problem:
    line, column = place or (1, 1)
    # The YAML reader's own words stay English: they name its grammar, not the user's text.
    words = (error.problem or "syntax error").strip()
    if error.context and error.context_mark:
        started = position(text, error.context_mark.index)[0]
        words = f"{words}, {error.context} started on line {started}"
    return _problem(
        line,
        column,
        Message("the file is not valid YAML here ({words})", words=words),
        N_("compare the lines around this position with the example in `stratkit init`"),
    )
