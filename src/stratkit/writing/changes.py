"""Every kind of change the writer makes, and for each how it is applied and checked.

A value set for a year (`fetch`, `record`, `import`), a year's value deleted and an
initiative's status or date set (`import`): each is applied to the text as it is now and
then read back (check, check_initiative) before the next one.
"""

from __future__ import annotations

from pathlib import Path

from stratkit.writing.check import check_edit
from stratkit.writing.check_initiative import check_initiative
from stratkit.writing.deleting import YearDeleted, delete_year
from stratkit.writing.initiatives import DateSet, StatusSet, set_date, set_status
from stratkit.writing.yearly import YearValue, apply

Change = YearValue | YearDeleted | StatusSet | DateSet


def apply_change(text: str, change: Change, newline: str) -> str:
    """`text` with `change` made; the rest of the text as it was."""
    if isinstance(change, YearValue):
        return apply(text, change, newline)
    if isinstance(change, YearDeleted):
        return delete_year(text, change)
    if isinstance(change, StatusSet):
        return set_status(text, change, newline)
    return set_date(text, change, newline)


def check_change(path: Path, before: str, after: str, change: Change) -> None:
    """CannotRun unless `after` is `before` with exactly `change` made."""
    if isinstance(change, StatusSet | DateSet):
        check_initiative(path, before, after, change)
    else:
        check_edit(path, before, after, change)
