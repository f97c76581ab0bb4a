"""The seam where the strategy-file writer takes over from import.

`import` has by now read the sheet, refused what it could not read and computed every change
(changes.py); what is left is to edit the files. That is the writer's work (stratkit.writing,
shared with `fetch` and `record`: only the bytes that change, atomically, read back after).
This module turns the changes into edits grouped per file, which the command hands to the
writer (stratkit.writing.edits), so that exchange never imports the writer itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stratkit.exchange.changes import ADDED, CHANGED, CLEARED, DATE, DATE_CLEARED, STATUS, Change
from stratkit.exchange.rows import ActualPoint

# What each kind of change edits: the section of the file and the field.
_FIELDS = {
    ADDED: ("indicators", "actual"),
    CHANGED: ("indicators", "actual"),
    CLEARED: ("indicators", "actual"),
    STATUS: ("initiatives", "status"),
    DATE: ("initiatives", "date"),
    DATE_CLEARED: ("initiatives", "date"),
}


@dataclass(frozen=True, slots=True)
class Edit:
    """One edit of one strategy file."""

    section: str  # indicators or initiatives
    id: str
    field: str  # actual (with year), status or date
    year: int | None
    value: object  # the new number, status or date; None deletes the year's value or the date
    kept: ActualPoint | None = None  # the year's details that stay beside a new value


def edits_by_file(changes: Sequence[Change]) -> dict[str, list[Edit]]:
    """The changes --write makes, as edits per file name, in the order they were found."""
    edits: dict[str, list[Edit]] = {}
    for change in changes:
        if not change.applies or change.kind not in _FIELDS:
            continue
        section, field = _FIELDS[change.kind]
        edit = Edit(section, change.id, field, change.year, change.new, change.kept)
        edits.setdefault(change.file, []).append(edit)
    return edits
