"""Take one entry out of a mapping, or add a key to one, touching nothing around it.

In a block mapping an entry is its lines: from its key to the end of its value's last line
(a comment there goes with it, comments on other lines stay). In a flow mapping it is the
item and one comma: `{2019: 1, 2020: 2}` loses `2019: 1, ` or `, 2020: 2`; an item alone on
its line in a flow mapping written over several lines takes its line with it.
"""

from __future__ import annotations

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reading.yaml_reader import Path
from stratkit.writing.layout import Layout

_BLANKS = " \t"


def remove_entry(layout: Layout, path: Path) -> str:
    """The text without the entry at `path`, a key of a block or flow mapping."""
    parent = path[:-1]
    text = layout.text
    key = layout.slots[path].key
    assert key is not None
    start, end = layout.start(key), layout.entry_end(path)
    siblings = [p for p in layout.slots if len(p) == len(path) and p[:-1] == parent]
    if text[layout.start(layout.slots[parent].value)] == "{":
        return _remove_flow_item(layout, siblings, path, start, end)
    before = text[layout.line_start(start) : start]
    if before.strip(_BLANKS):
        # The first key of a compact list item (`- date: 2024`): the next key takes its place.
        following = siblings[siblings.index(path) + 1 :]
        next_key = layout.slots[following[0]].key if following else None
        if next_key is None:
            raise CannotRun(
                _("stratkit cannot take this entry out of the file's layout"),
                _("make this change in the YAML file by hand"),
            )
        return text[:start] + text[layout.start(next_key) :]
    return _cut_lines(layout, layout.line_start(start), layout.line_end(end))


def _cut_lines(layout: Layout, start: int, end: int) -> str:
    """The text without the lines from `start` to the line break at `end`, included."""
    text = layout.text
    end += 2 if text[end : end + 2] == "\r\n" else 1 if end < len(text) else 0
    return text[:start] + text[end:]


def _remove_flow_item(
    layout: Layout, siblings: list[Path], path: Path, start: int, end: int
) -> str:
    text = layout.text
    comma = _comma_after(text, end)
    if comma is not None:
        cut_end = comma + 1
        blanks = len(text[cut_end:]) - len(text[cut_end:].lstrip(_BLANKS))
        if text[cut_end + blanks : cut_end + blanks + 1] not in ("#", ""):
            cut_end += blanks  # `2019: 1, 2020: 2` -> `2020: 2`, not ` 2020: 2`
        return _cut_item(layout, start, cut_end)
    index = siblings.index(path)
    if index == 0:
        return _cut_item(layout, start, end)
    separator = _comma_after(text, layout.entry_end(siblings[index - 1]))
    assert separator is not None  # YAML puts a comma between two items of a flow mapping
    if not text[separator + 1 : start].strip(_BLANKS):
        return text[:separator] + text[end:]  # `, 2020: 2` on one line
    # The item on a line of its own: its line goes, and so does the comma that led to it.
    without_item = _cut_item(layout, start, end)
    return without_item[:separator] + without_item[separator + 1 :]


def _cut_item(layout: Layout, start: int, end: int) -> str:
    """The text without [start, end), or without its whole line when nothing but blanks and a
    comment would be left on it."""
    text = layout.text
    line_start, line_end = layout.line_start(start), layout.line_end(end)
    rest = text[end:line_end].strip(_BLANKS)
    if not text[line_start:start].strip(_BLANKS) and (not rest or rest.startswith("#")):
        return _cut_lines(layout, line_start, line_end)
    return text[:start] + text[end:]


def _comma_after(text: str, at: int) -> int | None:
    """The offset of the comma that follows an item ending at `at` (past blanks, line breaks
    and comments), or None when the mapping closes instead."""
    i = at
    while i < len(text):
        char = text[i]
        if char == "#":
            while i < len(text) and text[i] not in "\r\n":
                i += 1
        elif char in " \t\r\n":
            i += 1
        else:
            return i if char == "," else None
    return None


def add_key(layout: Layout, item: Path, after: list[str], line: str, newline: str) -> str:
    """`line` (`key: value`) added to the mapping at `item`: in a block mapping on a line of
    its own after the last key of `after` (the keys written before it, in order), in a flow
    mapping before its closing brace."""
    text = layout.text
    start = layout.start(layout.slots[item].value)
    if text[start] == "{":
        close = layout.entry_end(item) - 1
        return text[:close] + f", {line}" + text[close:]
    anchor = (*item, after[-1])
    key = layout.slots[anchor].key
    assert key is not None
    end = layout.entry_end(anchor)
    if end > layout.start(key) and end == layout.line_start(end):
        # A block scalar (`title: >-`) ends at the start of the line after its text.
        at = end - (2 if text[end - 2 : end] == "\r\n" else 1)
    else:
        at = layout.line_end(end)
    return text[:at] + f"{newline}{layout.indent_of(key)}{line}" + text[at:]
