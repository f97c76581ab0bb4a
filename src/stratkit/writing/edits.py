"""Edits from a filled-in spreadsheet (`stratkit import --write`), made by the same writer as
`fetch` and `record`: only the bytes of the values that change, checked by reading back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.writing.document import open_document, plan, write
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


def apply_edits(path: Path, edits: Sequence[SheetEdit]) -> None:
    """Write the new values of a year; refuse, before writing anything, what the writer cannot
    do yet (deleting a year, changing an initiative's status): the user does it by hand."""
    values = []
    for edit in edits:
        number = edit.value
        if edit.section != "indicators" or edit.year is None or not isinstance(number, int | float):
            raise CannotRun(
                _(
                    "stratkit can write new and changed values, not this change in {path}: "
                    "{section} {id} {field}"
                ).format(path=path, section=edit.section, id=edit.id, field=edit.field),
                _("make this change in the YAML file by hand, or leave it out of the sheet"),
            )
        values.append(YearValue(edit.id, edit.year, number))
    write(plan(open_document(path), values))
