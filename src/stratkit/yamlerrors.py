"""Turn the YAML reader's terse syntax errors into messages a non-programmer can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stratkit.diagnostics import Span

if TYPE_CHECKING:
    import yaml

    from stratkit.yamlread import Problem

# (what the reader says, what we say, how to fix it). The reader's own words are kept at the
# end of the message so that nothing it knows is hidden.
_EXPLAINED: list[tuple[str, str, str]] = [
    (
        "mapping values are not allowed",
        "a ':' followed by a space inside a value makes YAML read it as a new key",
        'put the whole value in double quotes, e.g. motto: "Kaskö: Läge för ny start"',
    ),
    (
        "could not find expected ':'",
        "a line is neither 'key: value' nor a list item",
        "add the missing ':' after the key, or quote text that runs over several lines",
    ),
    (
        "did not find expected key",
        "the indentation does not line up with the keys above",
        "keys of the same mapping must start in the same column; indent with spaces only",
    ),
    (
        "did not find expected '-' indicator",
        "a list item and a key are mixed at the same indentation",
        "start every item of a list with '- ' in the same column",
    ),
    (
        "did not find expected ',' or ']'",
        "a list written in [ ] is not closed",
        "add the closing ']' (and separate items with commas)",
    ),
    (
        "did not find expected ',' or '}'",
        "a mapping written in { } is not closed",
        "add the closing '}' (and separate entries with commas)",
    ),
    (
        "found unexpected end of stream",
        "a quoted text starts here but is never closed",
        "add the closing quote at the end of the text",
    ),
    (
        "found unknown escape character",
        "a backslash in double quotes starts an unknown escape",
        "write the text in single quotes, or double the backslash (\\\\)",
    ),
    (
        "block sequence entries are not allowed",
        "a list item ('- ') appears where a value was expected on the same line",
        "move the list item to its own line, indented under its key",
    ),
    (
        "found undefined alias",
        "an alias ('*name') refers to an anchor that does not exist",
        "write the value out in full",
    ),
]


def syntax_problem(error: yaml.MarkedYAMLError, text: str) -> Problem:
    from stratkit.yamlread import Problem

    problem_text = error.problem or ""
    # For a list, mapping or quote that is never closed the reader notices only where the
    # file goes on as if it were closed; the opening is where the user must look.
    unclosed = "expected ',' or" in problem_text or (
        "end of stream" in problem_text and "quoted" in (error.context or "")
    )
    mark = (error.context_mark if unclosed else None) or error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    found = _char_at(text, mark.index) if mark else ""
    span = Span(line, column, line, column + 1)
    if "tab character" in problem or ("cannot start any token" in problem and found == "\t"):
        return Problem(
            "STK101",
            span,
            "a tab character is used for indentation; YAML allows only spaces",
            "replace the tab with spaces (most editors can show tabs as '→')",
        )
    if "cannot start any token" in problem:
        return Problem(
            "STK101",
            span,
            f"a value cannot start with '{found}'",
            "put the value in double quotes",
        )
    for needle, message, hint in _EXPLAINED:
        if needle in problem:
            return Problem("STK101", span, f"{message} ({_reader_words(error)})", hint)
    return Problem(
        "STK101",
        span,
        f"the file is not valid YAML here ({_reader_words(error)})",
        "compare the lines around this position with the example in docs/format.md",
    )


def _reader_words(error: yaml.MarkedYAMLError) -> str:
    words = (error.problem or "syntax error").strip()
    if error.context and error.context_mark:
        words = f"{words}, {error.context} started on line {error.context_mark.line + 1}"
    return words


def _char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""
