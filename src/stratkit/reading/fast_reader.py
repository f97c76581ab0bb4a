"""A fast first reading of a strategy file, trusted only where it must agree with yaml_reader.

yaml_reader drives PyYAML's event parser to keep positions and the text as written; that costs
about 10 ms for a 20 kB file. yaml-rs (a Rust YAML 1.2 parser) reads the same file in about
1 ms but forgets positions, resolves `08` to 8, expands aliases and drops unknown tags. So we
use it only as a shortcut for files that need no positions, under two guards:

1. Before parsing, `suspect` looks for anything where the two readers could disagree or where
   yaml_reader reports a problem by itself: tags, anchors, aliases, explicit and quoted keys,
   directives, document markers, tabs, control characters, number spellings that YAML 1.2
   reads as numbers but our number rules do not (0x1A, 0o17, 1_000, +5, 02012), a block
   scalar at the end of a file without a final line break, a flow collection that goes on
   past the end of a line, and block nesting deep enough to overflow yaml-rs's stack. Any
   match sends the file to the exact reader. The guards read lines as reading.lines
   defines them: a lone CR (old Mac files) ends a line as LF does.
2. After parsing, text is normalised to NFC as yaml_reader does. Keys that are not text (yaml-rs
   types `2020:` as a number) are refused by keys.clean or by the Year parser.

A value yaml-rs typed differently from the text yaml_reader keeps (`true`, `08`, `1.5` where text
is wanted) cannot slip through: every text field refuses non-text (a date takes a year as a
number, which guard 1 keeps free of leading zeros), so the file gets a finding and the caller
then reads it again with the exact reader. The caller uses this result only when the keys and
the schema find nothing; what the checks find in the validated data is then placed by
node_positions, and anything else reported comes from the exact reader.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from stratkit.reading.lines import to_lf

# A strategy needs 5 levels; deeper data goes to the exact reader, which says STK110 past 64.
MAX_DEPTH = 16

# Looked for in the whole text: tabs (the two readers differ on where they are allowed), the
# characters yaml_reader refuses (STK003), and NEL, LS and PS, which are line breaks to PyYAML
# (YAML 1.1) but text to yaml-rs (YAML 1.2).
_ANYWHERE = re.compile(
    "[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]"
)
# Looked for outside whole-line comments (a line whose first character is '#' is a comment or
# the text of a quoted or block scalar, never syntax), so that "# 2012: +31 personer" in a
# comment does not cost the file its fast reading. Each pattern starts with a rare character,
# or is looked for only when one is present, so the whole search costs about 0.3 ms for 20 kB.
_NODE_START = frozenset(" \n[]{},:?-")
# Deep block nesting overflows yaml-rs's stack (a segmentation fault at about 12 000 levels;
# it stops flow nesting by itself). Every block level needs a column of its own or a '- ',
# '? ' or ': ' before the node on its line, so a line starting with fewer than 60 of those
# characters is less than about 120 levels deep: anything deeper goes to the exact reader,
# which stops at yaml_reader.MAX_DEPTH (STK110).
_DEEP = re.compile(r"\n[ \-?:]{60}")
_SYNTAX = (
    # At the start of a line: a directive (%YAML) or a document marker (maybe more than one
    # document), or ':', the value of an explicit key or of a key split over lines in a flow
    # mapping ({2025\n : 1248}), which yaml-rs accepts and PyYAML refuses. One pattern, so
    # the line starts are scanned once.
    re.compile(r"\n(?:%|---|\.\.\.| *:)"),
    # numbers YAML 1.2 reads that our number rules refuse: 0x1A, 0o17, 0b11, 1_000, +5
    re.compile(r"0[xXoObB]"),
    re.compile(r"\+[\d.]"),
    # a quoted key ('2024': or "2024" :): yaml-rs types 2024 and '2024' (or true and "true")
    # as two keys, where the exact reader sees the same text twice (STK102)
    re.compile(r"\" *:"),
    re.compile(r"' *:"),
)
# A number such as 32.000: yaml-rs reads 32.0, where a Swedish or Finnish file means 32 000,
# so the exact reader, which keeps the text, must decide (STK201). Found from the point, a
# literal the engine scans for quickly; the digit before it is looked at by hand.
_THREE_AFTER_POINT = re.compile(r"\.\d{3}(?!\d)")

_UNDERSCORE = re.compile(r"_")
# An opening brace or bracket not closed by its own kind before a line break, another
# bracket or a '#' (possessive: no backtracking into the run).
_NOT_CLOSED_AT_ONCE = (re.compile(r"\{[^\n{}\[\]#]*+(?!\})"), re.compile(r"\[[^\n{}\[\]#]*+(?!\])"))
_EMPTY_BLOCK_AT_END = re.compile(r"[|>][-+0-9]*[ ]*(?:#[^\n]*)?\n[ \n]*\Z")
_COMMENT_LINE = re.compile(r"^[ ]*#.*$", re.MULTILINE)


def suspect(text: str) -> bool:
    """Whether the file holds anything the fast reader may read differently or not refuse."""
    # The guards below look at lines, so every line break is written as the LF they expect
    # (reading.lines: a lone CR ends a line too). The other breaks PyYAML counts are in
    # _ANYWHERE, so after this a line is the same to both readers.
    text = to_lf(text)
    if _ANYWHERE.search(text):
        return True
    if _DEEP.search(text) or _DEEP.match("\n" + text[:60]):
        return True  # checked before anything else: the fast reader must never see it
    if ("|" in text or ">" in text) and (
        not text.endswith("\n") or _EMPTY_BLOCK_AT_END.search(text, _last_line_start(text))
    ):
        # A block scalar that ends the file without a line break, or empty at the end of
        # the file: yaml-rs keeps a line break in its text that PyYAML does not.
        return True
    if not _syntax(text):
        return False
    # Something looked like syntax; a second look without whole-line comments decides.
    return "#" not in text or _syntax(_COMMENT_LINE.sub("", text))


def _last_line_start(text: str) -> int:
    """Where the last line that is not blank starts: an empty block scalar at the end of the
    file has its indicator there, so only that line needs searching."""
    return text.rstrip(" \n").rfind("\n") + 1


def _followed(text: str, needles: Iterable[str], wanted: Callable[[str, str], bool]) -> bool:
    """Whether a needle occurs with `wanted(character before, character after)`.

    str.find is several times faster than a regular expression that starts with a set of
    characters, and these needles are rare.
    """
    for needle in needles:
        at = text.find(needle, 1)
        while at != -1:
            # At the end of the text the character after is "": a bare `!` or `*` there
            # is a tag or an alias too.
            if wanted(text[at - 1], text[at + len(needle) : at + len(needle) + 1]):
                return True
            at = text.find(needle, at + 1)
    return False


def _syntax(text: str) -> bool:
    # Patterns that start with a literal character are found by a fast scan; a start-of-line
    # anchor or a look-behind would make the engine try every position (ten times slower).
    text = "\n" + text
    # An anchor or alias (&a, *a), if it starts a node.
    if _followed(text, "&*", lambda before, after: before in _NODE_START and not after.isspace()):
        return True
    # A tag, even a bare '!' (an empty value to PyYAML, empty text to yaml-rs), and an
    # explicit key ('? key', or '[?a]', a key to PyYAML and text to yaml-rs), if they start
    # a node.
    if _followed(text, "!?", lambda before, _after: before in _NODE_START):
        return True
    # 1_000 and 30419_ (a digit before), _5 (a digit after, at the start of a value) are
    # numbers to yaml-rs and text to PyYAML; ind_01 (a letter before) is text to both.
    for match in _UNDERSCORE.finditer(text):
        before, after = text[match.start() - 1], text[match.end() : match.end() + 1]
        if before.isdigit() or (after.isdigit() and not (before.isalnum() or before == "_")):
            return True
    return (
        _zero_padded(text)
        or _open_flow(text)
        or any(pattern.search(text) for pattern in _SYNTAX)
        or any(text[m.start() - 1].isdigit() for m in _THREE_AFTER_POINT.finditer(text))
    )


def _open_flow(text: str) -> bool:
    """Whether a flow collection (`{…}`, `[…]`) may go on past the end of a line.

    yaml-rs takes a key written over two lines inside one (`{2024` / `B : 5}`), which PyYAML
    refuses; no strategy needs that, so a line whose braces or brackets do not balance, with
    or without what follows ` #` (a comment, or text in quotes), goes to the exact reader.
    """
    if text.count("{") != text.count("}") or text.count("[") != text.count("]"):
        return True
    # Usually every opening brace or bracket is closed by its own kind on its line, with no
    # bracket or '#' between; then each line balances, even without its comment (the
    # counts are equal, so no closing one stands alone). Only otherwise is each line counted.
    if not any(pattern.search(text) for pattern in _NOT_CLOSED_AT_ONCE):
        return False
    for line in text.split("\n"):
        if "{" in line or "}" in line or "[" in line or "]" in line:
            for part in (line, line.split(" #", 1)[0]):
                if part.count("{") != part.count("}") or part.count("[") != part.count("]"):
                    return True
    return False


def _zero_padded(text: str) -> bool:
    """Whether a value may be a number written with a leading zero (`date: 02012`).

    yaml-rs reads it as 2012, so the number's digits would no longer be the text as written,
    which the model relies on where it takes a year as a date. Looked for after ':', '-' or
    a line break and the spaces that follow; a zero inside text only costs the fast reading.
    """
    at = text.find(" 0")
    while at != -1:
        if text[at + 2 : at + 3].isdigit():
            start = at
            while text[start - 1] == " ":
                start -= 1
            if text[start - 1] in ":-\n":
                return True
        at = text.find(" 0", at + 1)
    return False


try:
    import yaml_rs as _yaml_rs

    # Aliases are refused by `suspect` already; a zero budget makes sure none is ever expanded.
    _NO_ALIASES: Any = _yaml_rs.AliasLimits(max_total_replayed_events=0)
    yaml_rs: Any = _yaml_rs
except ImportError:  # pragma: no cover - the dependency is declared; be safe without it
    yaml_rs = None


def fast_parse(text: str) -> dict[Any, Any] | None:
    """The data of a strategy file, or None when only the exact reader may read it."""
    if yaml_rs is None:
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if suspect(text):
        return None
    try:
        data = yaml_rs.loads(text, parse_datetime=False, alias_limits=_NO_ALIASES)
    except Exception:  # any refusal or failure of the fast reader: ask the exact one
        return None
    if not isinstance(data, dict):
        return None  # empty, a list or a scalar: the exact reader says what is wrong
    # yaml_reader normalises every scalar to NFC. Text that is NFC and has no escapes yields only
    # NFC scalars (folding joins lines with a space or a line break), so the walk is rare.
    if "\\" in text or not unicodedata.is_normalized("NFC", text):
        try:
            return _nfc_mapping(data, 1)
        except _Unsure:
            return None
    return data


class _Unsure(Exception):
    """The fast reading may differ from the exact one here."""


def _nfc(value: object, depth: int) -> object:
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if depth > MAX_DEPTH:
        raise _Unsure
    if isinstance(value, dict):
        return _nfc_mapping(value, depth + 1)
    if isinstance(value, list):
        return [_nfc(item, depth + 1) for item in value]
    return value


def _nfc_mapping(value: dict[Any, Any], depth: int) -> dict[Any, object]:
    out = {_nfc(key, depth): _nfc(item, depth) for key, item in value.items()}
    if len(out) != len(value):
        raise _Unsure  # two keys that differ only in Unicode normalisation: STK102 there
    return out
