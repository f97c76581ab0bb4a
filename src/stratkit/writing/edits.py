"""Edits from a filled-in spreadsheet (`stratkit import --write`), made by the same writer as
`fetch` and `record`: only the bytes of the values that change, checked by reading back.

Every file is planned before any is written, so that a change the writer refuses stops the
import with nothing written, and the diff of every file can be shown first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.writing.changes import Change
from stratkit.writing.deleting import YearDeleted
from stratkit.writing.document import Edit, open_document, plan
from stratkit.writing.initiatives import DateSet, StatusSet
from stratkit.writing.yearly import YearValue


class SheetEdit(Protocol):
    """One edit as import computes it (exchange.apply.Edit)."""

    @property
    def section(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def value(self) -> object: ...
    @property
    def kept(self) -> object: ...  # the year's details (preliminary, …) a new value keeps


def plan_edits(path: Path, edits: Sequence[SheetEdit], this_year: int) -> Edit:
    """The file at `path` with the edits made, checked and not yet written (document.write
    writes it); `this_year` is the year a status history gets a new status for."""
    return plan(open_document(path), [_change(path, edit, this_year) for edit in edits])


def _change(path: Path, edit: SheetEdit, this_year: int) -> Change:
    value = edit.value
    if edit.section == "indicators" and edit.year is not None:
        if value is None:
            return YearDeleted(edit.id, edit.year)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return YearValue(edit.id, edit.year, value, keep_details=edit.kept is not None)
    if edit.section == "initiatives" and edit.field == "status" and isinstance(value, str):
        return StatusSet(edit.id, value, this_year)
    date = edit.field == "date" and (value is None or isinstance(value, str))
    if edit.section == "initiatives" and date:
        return DateSet(edit.id, value if isinstance(value, str) else None)
    raise CannotRun(
        _("stratkit cannot make this change in {path}: {section} {id} {field}").format(
            path=path, section=edit.section, id=edit.id, field=edit.field
        ),
        _("make this change in the YAML file by hand, or leave it out of the sheet"),
    )
