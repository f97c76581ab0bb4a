"""Trust no edit of an initiative either: the data before and after may differ only in the
one initiative's status (or date), and the new text must read as the status (or date)
asked for, a history keeping every earlier year."""

from __future__ import annotations

from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.choices import InitiativeStatus
from stratkit.reading.yaml_reader import parse
from stratkit.writing.check import strategy_of
from stratkit.writing.initiatives import DateSet, StatusSet, history_year
from stratkit.writing.places import INITIATIVES, key_for, with_item_copied


def check_initiative(path: Path, before: str, after: str, change: StatusSet | DateSet) -> None:
    field = "status" if isinstance(change, StatusSet) else "date"
    old, new = parse(before).data, parse(after).data
    same_otherwise = _without(old, change.initiative, field) == _without(
        new, change.initiative, field
    )
    if not same_otherwise or _read(after, change) != _intended(before, change):
        if isinstance(change, StatusSet):
            message = _(
                "editing {path} would change more than the status of '{id}'; nothing was written"
            )
        else:
            message = _(
                "editing {path} would change more than the date of '{id}'; nothing was written"
            )
        raise CannotRun(
            message.format(path=path, id=change.initiative),
            _("please report this with the file attached; set the value by hand meanwhile"),
        )


def _without(data: object, initiative: str, field: str) -> object:
    """The file's data with the initiative's `field` taken out."""
    copy, item = with_item_copied(data, INITIATIVES, initiative)
    key = key_for(item, INITIATIVES, field) if item is not None else None
    if item is not None and key is not None:
        del item[key]
    return copy


_Unreadable = object()


def _read(text: str, change: StatusSet | DateSet) -> object:
    """The initiative's status (or history) or date as the model reads `text`."""
    strategy = strategy_of(text)
    initiatives = strategy.initiatives if strategy is not None else []
    found = next((i for i in initiatives if i.id == change.initiative), None)
    if found is None:
        return _Unreadable
    return found.status if isinstance(change, StatusSet) else found.date


def _intended(before: str, change: StatusSet | DateSet) -> object:
    if isinstance(change, DateSet):
        return change.date
    status = InitiativeStatus(change.status)
    old = _read(before, change)
    if isinstance(old, dict):
        return {**old, history_year(list(old), change.this_year): status}
    return status
