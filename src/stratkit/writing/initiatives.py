"""Set an initiative's status or date, in the file's own words, changing only their bytes.

`status: pågår` becomes `status: klar` (quotes kept when the file quotes it). A status
history (`status: {2024: pågår, 2025: klar}`, format 1.1) keeps its past: the new status is
written for this year, or for its newest year when that is this year or later, so that the
history's newest status is the one chosen in the sheet. An initiative without a status gets
the key (`tila:` in a Finnish file) after its id, title and goals.
"""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model import vocabulary as words
from stratkit.model.parts import accepted_keys
from stratkit.model.strategy import Initiative
from stratkit.reading.yaml_reader import Parsed, Path, parse
from stratkit.writing.entries import add_key, remove_entry
from stratkit.writing.layout import Layout
from stratkit.writing.places import INITIATIVES, find, key_for
from stratkit.writing.status_words import status_word
from stratkit.writing.vocabulary import vocabulary
from stratkit.writing.yearly import add_year, year_of

# The keys a person writes before the status and the date, in the format's order.
_BEFORE_STATUS = ("id", "title", "goals")
_BEFORE_DATE = (*_BEFORE_STATUS, "status")


@dataclass(frozen=True, slots=True)
class StatusSet:
    """An initiative's status as it should stand now."""

    initiative: str
    status: str  # planned, ongoing, done or cancelled
    this_year: int  # the year a status history gets the new status for


@dataclass(frozen=True, slots=True)
class DateSet:
    """An initiative's date as it should read (None: no date)."""

    initiative: str
    date: str | None


def history_year(years: list[int], this_year: int) -> int:
    """The year of a status history that takes a status set now."""
    return max([this_year, *years])


def set_status(text: str, change: StatusSet, newline: str) -> str:
    parsed, layout = _read(text)
    path, item = find(parsed.data, INITIATIVES, change.initiative)
    word = status_word(parsed.data, change.status)
    key = key_for(item, INITIATIVES, "status")
    if key is None:
        spelled = words.spelling("Initiative", "status", vocabulary(parsed.data))
        return add_key(layout, path, _anchors(item, _BEFORE_STATUS), f"{spelled}: {word}", newline)
    value = item[key]
    if isinstance(value, dict):
        written = {year_of(k): k for k in value}
        year = history_year([y for y in written if y is not None], change.this_year)
        history = (*path, key)
        if year in written:
            return _replace_scalar(layout, (*history, written[year]), word)
        return add_year(layout, history, written, year, word, newline)
    return _replace_scalar(layout, (*path, key), word)


def set_date(text: str, change: DateSet, newline: str) -> str:
    parsed, layout = _read(text)
    path, item = find(parsed.data, INITIATIVES, change.initiative)
    key = key_for(item, INITIATIVES, "date")
    if change.date is None:
        if key is None:
            return text
        return remove_entry(layout, (*path, key))
    if key is None:
        spelled = words.spelling("Initiative", "date", vocabulary(parsed.data))
        line = f"{spelled}: {change.date}"
        return add_key(layout, path, _anchors(item, _BEFORE_DATE), line, newline)
    return _replace_scalar(layout, (*path, key), change.date)


def _read(text: str) -> tuple[Parsed, Layout]:
    parsed = parse(text)
    if parsed.problems or not isinstance(parsed.data, dict):
        raise CannotRun(_("the file cannot be read as a strategy"), _("run stratkit validate"))
    return parsed, Layout.of(text, parsed.slots)


def _anchors(item: dict[str, object], before: tuple[str, ...]) -> list[str]:
    """The keys of `item` that the new key goes after: those of `before`, else all."""
    accepted = accepted_keys(Initiative)
    return [k for k in item if accepted.get(k) in before] or list(item)


def _replace_scalar(layout: Layout, path: Path, word: str) -> str:
    """The scalar at `path` (empty or not) replaced by `word`, in the quotes it had."""
    slot = layout.slots[path]
    start, end = layout.start(slot.value), layout.end(slot.value)
    quote = layout.text[start : start + 1]
    if start == end:  # `status:` with nothing after it
        word = " " + word
    elif quote in ("'", '"') and layout.text[end - 1 : end] == quote:
        word = quote + word + quote
    return layout.text[:start] + word + layout.text[end:]
