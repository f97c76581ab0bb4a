"""The seam where the strategy-file writer takes over from import.

`import` has by now read the sheet, refused what it could not read and computed every change
(changes.py); what is left is to edit the files. That is the writer's work (stratkit.writing,
shared with `fetch` and `record`: only the bytes that change, atomically, read back after).
This module hands it the edits, grouped per file, in the shape below, and is the only place
that needs to change when the writer lands:

    stratkit.writing.apply_edits(path: Path, edits: Sequence[Edit]) -> None

Until the writer exists in this build, `--write` is refused with a clear message, and the
changes are only shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.exchange.changes import ADDED, CHANGED, CLEARED, STATUS, Change
from stratkit.i18n import _


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


def apply_changes(changes: Sequence[Change], paths: Mapping[str, Path]) -> list[Path]:
    """Write the changes into the strategy files (`paths`: file name -> path); the files
    changed. Raises CannotRun while this build has no writer."""
    apply = _writer()
    changed = []
    for file, edits in edits_by_file(changes).items():
        apply(paths[file], edits)
        changed.append(paths[file])
    return changed


Writer = Callable[[Path, Sequence[Edit]], None]


def _writer() -> Writer:
    missing = CannotRun(
        _("--write is not available yet: this stratkit cannot write strategy files"),
        _("run without --write to see the changes, and make them in the YAML file by hand"),
    )
    if importlib.util.find_spec("stratkit.writing") is None:
        raise missing
    writer = getattr(importlib.import_module("stratkit.writing"), "apply_edits", None)
    if writer is None:
        raise missing
    found: Writer = writer
    return found
