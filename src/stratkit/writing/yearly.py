"""Set one year's value of one indicator, changing only the bytes that must change.

Each edit works on the text as it is now: the text is read again (with positions) before
every edit, so several edits never need to shift each other's offsets. A new year goes
after the year before it, on a line of its own at the same indentation; when it is the
earliest year it goes before the comments that introduce the year after it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.parts import accepted_keys
from stratkit.model.reported import Reported
from stratkit.model.strategy import Indicator
from stratkit.model.values import AMBIGUOUS_POINT
from stratkit.reading.yaml_reader import Path, parse
from stratkit.writing.entries import remove_entry
from stratkit.writing.layout import Layout
from stratkit.writing.places import INDICATORS, find, key_for
from stratkit.writing.vocabulary import actual_key, vocabulary, word, yes

Number = int | float

# The keys a person writes before the reported values; `actual` goes after the last of them.
_BEFORE_ACTUAL = ("id", "title", "goals", "metric", "unit", "direction", "baseline", "target")


@dataclass(frozen=True, slots=True)
class YearValue:
    """What one year of one indicator should say after the edit."""

    indicator: str
    year: int
    value: Number
    preliminary: bool = False
    women: Number | None = None
    men: Number | None = None
    note: str | None = None
    # Only the value changes: a year written as a mapping keeps its other keys (preliminary,
    # women, men, note) and their bytes, as a sheet that carries the value alone asks.
    keep_details: bool = False
    # With keep_details, the preliminary mark goes too: `record` without --preliminary
    # enters the figure as final, and keeps the year's women, men and note.
    drop_preliminary: bool = False

    @property
    def plain(self) -> bool:
        """A bare number says it all; otherwise the year is written as a mapping."""
        return not self.preliminary and self.women is None and self.men is None and not self.note


def number_text(number: Number, nordic: bool = False) -> str:
    """The number as the file writes its own: `nordic` (values such as "12 150" and "70,5"
    in quotes) gives "12 160" and "71,4", else 12160 and 71.4."""
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    text = str(number)
    if nordic and (isinstance(number, float) or abs(number) >= 1000) and "e" not in text:
        whole, point, decimals = text.partition(".")
        sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
        grouped = f"{int(digits):,}".replace(",", " ")
        return f'"{sign}{grouped}{"," if point else ""}{decimals}"'
    # 67.615 is 67615 to a Swedish or Finnish reader, and validate refuses it in such a file;
    # 67.6150 is the same decimal number that nobody reads otherwise.
    return text + "0" if AMBIGUOUS_POINT.match(text) else text


# A value written the Swedish and Finnish way, in quotes: "12 150", "70,5", "-1 234,5".
_NORDIC_VALUE = re.compile(r"""(["'])-?\d{1,3}(?: \d{3})*(?:,\d+)?\1|(["'])-?\d+,\d+\2""")


def writes_nordic(layout: Layout, actual: Path, years: dict[str, object]) -> bool:
    """Whether the indicator's values are written as "12 150" and "70,5" (then so are the
    new ones: a "71.4" beside "70,5" reads as a mistake, and 32.000 as thirty-two thousand)."""
    for key in years:
        slot = layout.slots.get((*actual, key))
        if slot is not None and _NORDIC_VALUE.fullmatch(
            layout.text[layout.start(slot.value) : layout.end(slot.value)]
        ):
            return True
    return False


def render(change: YearValue, language: str, nordic: bool = False) -> str:
    """The year's value as YAML that fits in a block or a flow mapping."""
    if change.plain:
        return number_text(change.value, nordic)
    parts = [f"{word('value', language)}: {number_text(change.value, nordic)}"]
    if change.preliminary:
        parts.append(f"{word('preliminary', language)}: {yes(language)}")
    for name in ("women", "men"):
        figure = getattr(change, name)
        if figure is not None:
            parts.append(f"{word(name, language)}: {number_text(figure, nordic)}")
    if change.note:
        parts.append(f"{word('note', language)}: {json.dumps(change.note, ensure_ascii=False)}")
    return "{" + ", ".join(parts) + "}"


def apply(text: str, change: YearValue, newline: str) -> str:
    """`text` with the year set as `change` says; the rest of the text as it was."""
    parsed = parse(text)
    if parsed.problems or not isinstance(parsed.data, dict):
        raise CannotRun(_("the file cannot be read as a strategy"), _("run stratkit validate"))
    layout = Layout.of(text, parsed.slots)
    path, indicator = find(parsed.data, INDICATORS, change.indicator)
    language = vocabulary(parsed.data)
    key = key_for(indicator, INDICATORS, "actual")
    entry = render(change, language)
    if key is None:
        key = actual_key(language)
        return _add_actual(layout, path, indicator, key, f"{change.year}: {entry}", newline)
    years = indicator[key]
    if years is None:
        slot = layout.slots[(*path, key)]
        assert slot.key is not None
        at = layout.line_end(layout.end(slot.key))
        indent = layout.indent_of(slot.key) + "  "
        return _insert(text, at, f"{newline}{indent}{change.year}: {entry}")
    if not isinstance(years, dict):
        raise CannotRun(_("the reported values are not a mapping"), _("run stratkit validate"))
    written = {year_of(k): k for k in years}
    actual: Path = (*path, key)
    nordic = writes_nordic(layout, actual, years)
    entry = render(change, language, nordic)
    if change.year in written:
        year_path = (*actual, written[change.year])
        old = years[written[change.year]]
        value_key = _value_key(old) if change.keep_details else None
        if value_key is not None:
            slot = layout.slots[(*year_path, value_key)]
            start, end = layout.start(slot.value), layout.end(slot.value)
            # Written as the value it replaces is: "1 248" gives "1 250".
            nordic = nordic or _NORDIC_VALUE.fullmatch(text[start:end]) is not None
            text = text[:start] + number_text(change.value, nordic) + text[end:]
            marked = _preliminary_key(old) if change.drop_preliminary else None
            return _without_key(text, (*year_path, marked)) if marked else text
        return replace(layout, year_path, entry)
    return add_year(layout, actual, written, change.year, entry, newline)


def _preliminary_key(entry: object) -> str | None:
    """The key of the preliminary mark in a year written as a mapping, if it says so."""
    if not isinstance(entry, dict):
        return None
    accepted = accepted_keys(Reported)
    return next((k for k in entry if accepted.get(k) == "preliminary"), None)


def _without_key(text: str, path: Path) -> str:
    parsed = parse(text)  # read again: the value's bytes moved the positions after it
    return remove_entry(Layout.of(text, parsed.slots), path)


def _value_key(entry: object) -> str | None:
    """The key of the value in a year written as a mapping ({värde: 57, preliminär: ja})."""
    if not isinstance(entry, dict):
        return None
    accepted = accepted_keys(Reported)
    return next((k for k in entry if accepted.get(k) == "value"), None)


def year_of(key: str) -> int | None:
    return int(key) if key.strip().isdigit() else None


def _insert(text: str, at: int, new: str) -> str:
    return text[:at] + new + text[at:]


def replace(layout: Layout, path: Path, entry: str) -> str:
    text, slot = layout.text, layout.slots[path]
    start, end = layout.start(slot.value), layout.entry_end(path)
    if text[start : start + 1] != "{" and _inner(layout, path):
        # A block mapping below the year: write the new value right after the year's colon.
        assert slot.key is not None
        start = text.index(":", layout.end(slot.key)) + 1
        entry = " " + entry
    return text[:start] + entry + text[end:]


def _inner(layout: Layout, path: Path) -> list[Path]:
    return [p for p in layout.slots if len(p) > len(path) and p[: len(path)] == path]


def add_year(
    layout: Layout, years: Path, written: dict[int | None, str], year: int, entry: str, nl: str
) -> str:
    """`year: entry` added to the mapping of years at `years` (an indicator's values or an
    initiative's status history), in the order and style the mapping is written in."""
    text = layout.text
    in_order = [y for y in written if y is not None]  # as written in the file
    descending = len(in_order) > 1 and in_order == sorted(in_order, reverse=True)
    # The year the new one follows in the file: the one before it in time, or after it in
    # time when the file lists its years newest first.
    if descending:
        previous = min((y for y in in_order if y > year), default=None)
        following = max((y for y in in_order if y < year), default=None)
    else:
        previous = max((y for y in in_order if y < year), default=None)
        following = min((y for y in in_order if y > year), default=None)
    flow = text[layout.start(layout.slots[years].value)] == "{"
    if flow:
        if previous is not None:
            at = layout.entry_end((*years, written[previous]))
            return _insert(text, at, f", {year}: {entry}")
        if following is not None:
            key = layout.slots[(*years, written[following])].key
            assert key is not None
            return _insert(text, layout.start(key), f"{year}: {entry}, ")
        return _insert(text, layout.start(layout.slots[years].value) + 1, f"{year}: {entry}")
    if previous is not None:
        path = (*years, written[previous])
        key = layout.slots[path].key
        assert key is not None
        at = layout.line_end(layout.entry_end(path))
        return _insert(text, at, f"{nl}{layout.indent_of(key)}{year}: {entry}")
    assert following is not None
    key = layout.slots[(*years, written[following])].key
    assert key is not None
    at = _above_comments(layout, layout.line_start(layout.start(key)))
    return _insert(text, at, f"{layout.indent_of(key)}{year}: {entry}{nl}")


def _above_comments(layout: Layout, at: int) -> int:
    """The start of the comment lines directly above the line starting at `at`."""
    while at > 0:
        previous = layout.line_start(at - 1 - (layout.text[at - 2 : at] == "\r\n"))
        if not layout.text[previous:at].strip().startswith("#"):
            return at
        at = previous
    return at


def _add_actual(
    layout: Layout,
    path: Path,
    indicator: dict[str, object],
    key: str,
    line: str,
    nl: str,
) -> str:
    text = layout.text
    start = layout.start(layout.slots[path].value)
    if text[start] == "{":
        end = layout.entry_end(path) - 1  # the closing brace
        return _insert(text, end, f", {key}: {{{line}}}")
    accepted = accepted_keys(Indicator)
    keys = list(indicator)
    anchors = [k for k in keys if accepted.get(k) in _BEFORE_ACTUAL] or keys
    anchor = (*path, anchors[-1])
    slot = layout.slots[anchor]
    assert slot.key is not None
    indent = layout.indent_of(slot.key)
    at = layout.line_end(layout.entry_end(anchor))
    return _insert(text, at, f"{nl}{indent}{key}:{nl}{indent}  {line}")
