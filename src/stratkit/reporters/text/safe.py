"""What a strategy file says must reach every output as text, never as a command.

A title is whatever the file's author wrote, and YAML escapes let anything through: ESC
sequences that repaint or retitle a terminal, BEL, CR that overwrites a line, NUL, bidi
overrides that show code other than it is; a line break followed by `::error::`, which
GitHub Actions runs as a workflow command when a line of a log starts with it; Markdown links
and images (`[x](javascript:…)`, `![x](http://tracker)`); and cells a spreadsheet runs as a
formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`). Every human output (text, table, markdown,
github, junit, csv) passes the user's text through these functions, and the text and table
outputs pass through `guard_lines` once more as a whole. JSON is data and keeps the text as
written (its escapes make every character harmless).

- Control characters become the Unicode symbol that pictures them (ESC as ␛, BEL as ␇, NUL
  as ␀, DEL as ␡), one character for one, so that carets under a quoted line stay aligned;
  C1 controls, bidi controls and U+2028/U+2029 become U+FFFD.
- `one_line` writes every line break of a value as a space: a value never starts a line.
- A line whose first non-blank characters are `::` or `##[` (GitHub's two command syntaxes)
  gets a ZERO WIDTH SPACE before them, which GitHub does not strip, so the line is shown and
  not run.
- In Markdown, `[`, `]` and the other characters with a meaning are escaped with `\\`.
- A CSV cell that starts with =, +, -, @, tab or CR and is not a number gets a leading
  apostrophe, which spreadsheets show as text and do not display (OWASP's advice).
"""

from __future__ import annotations

import re

from stratkit.exchange.formulas import FORMULA_STARTS, neutralise

_C0 = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_PICTURES = str.maketrans(
    {
        **_C0,
        0x7F: "\u2421",
        **dict.fromkeys(range(0x80, 0xA0), "\ufffd"),
        **dict.fromkeys((0x200E, 0x200F, 0x2028, 0x2029, 0x061C), "\ufffd"),
        **dict.fromkeys(range(0x202A, 0x202F), "\ufffd"),
        **dict.fromkeys(range(0x2066, 0x206A), "\ufffd"),
    }
)
_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
# A character that one_line would change: a line break or an unsafe character (tabs pass).
_SPECIAL = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_COMMAND = re.compile(r"^([ \t]*)(::|##\[)", re.MULTILINE)
_MARKDOWN = re.compile(r"([\\`*_\[\]<|])")
ZERO_WIDTH_SPACE = "\u200b"


def visible(text: str) -> str:
    """The text with every control character shown as a symbol (tabs and LF kept)."""
    return text.translate(_PICTURES) if _UNSAFE.search(text) else text


def one_line(text: str) -> str:
    """The text on one line, with control characters shown and no workflow command."""
    if _BREAKS.search(text):
        text = _BREAKS.sub(" ", text)
    return no_command(visible(text))


def no_command(text: str) -> str:
    """The text with a ZERO WIDTH SPACE before any `::` or `##[` that starts one of its lines."""
    if "::" not in text and "##[" not in text:  # most text: no need to run the expression
        return text
    return _COMMAND.sub(lambda match: match.group(1) + ZERO_WIDTH_SPACE + match.group(2), text)


def guard_lines(output: str) -> str:
    """A whole rendered output with no line that GitHub Actions would run as a command."""
    return no_command(output) if ("::" in output or "##[" in output) else output


def markdown(text: str) -> str:
    """User text as literal Markdown on one line: no link, image, emphasis, table cell or
    HTML, and no line break."""
    return _MARKDOWN.sub(r"\\\1", one_line(text))


def csv_cell(value: object) -> object:
    """A value safe to open in a spreadsheet: text on one line, never read as a formula."""
    if not isinstance(value, str):
        return value
    if (
        _SPECIAL.search(value) is None
        and "::" not in value
        and "##[" not in value
        and not value.startswith(FORMULA_STARTS)
    ):
        return value  # most cells: nothing below would change them (a national CSV has 200 000)
    return neutralise(one_line(value))
