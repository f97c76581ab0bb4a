"""The seam where the strategy-file writer takes over from import.

`import` has by now read the sheet, refused what it could not read and computed every change
(changes.py); what is left is to edit the files. That is the writer's work (stratkit.writing,
shared with `fetch` and `record`: only the bytes that change, atomically, read back after).
This module hands the edits, grouped per file, to the writer the command gives it
(stratkit.writing.edits.apply_edits), so that exchange never imports the writer itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from stratkit.exchange.changes import ADDED, CHANGED, CLEARED, STATUS, Change


@dataclass(frozen=True, slots=True)
class Edit:
    """One edit of one strategy file."""

    section: str  # indicators or initiatives
    id: str
    field: str  # actual (with year) or status
    year: int | None
    value: object  # the new number or status; None deletes the year's value


def edits_by_file(changes: Sequence[Change]) -> dict[str, list[Edit]]:
    """The changes --write makes, as edits per file name."""
    edits: dict[str, list[Edit]] = {}
    for change in changes:
        if not change.applies:
            continue
        if change.kind in (ADDED, CHANGED, CLEARED):
            edit = Edit("indicators", change.id, "actual", change.year, change.new)
        elif change.kind == STATUS:
            edit = Edit("initiatives", change.id, "status", None, change.new)
        else:
            continue
        edits.setdefault(change.file, []).append(edit)
    return edits


Writer = Callable[[Path, Sequence[Edit]], None]


def apply_changes(
    changes: Sequence[Change], paths: Mapping[str, Path], writer: Writer
) -> list[Path]:
    """Write the changes into the strategy files (`paths`: file name -> path) with `writer`;
    the files changed."""
    changed = []
    for file, edits in edits_by_file(changes).items():
        writer(paths[file], edits)
        changed.append(paths[file])
    return changed
