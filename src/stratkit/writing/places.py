"""Where an indicator or an initiative stands in a file's data, whatever words its keys use.

A Finnish file lists its indicators under `mittarit:` and a Swedish one its initiatives under
`satsningar:`; the writer and its read-back check find them by what the key means (the
model's accepted keys), never by the English word.
"""

from __future__ import annotations

import difflib

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.parts import accepted_keys
from stratkit.model.strategy import Indicator, Initiative, StrategyFile
from stratkit.reading.yaml_reader import Path

INDICATORS, INITIATIVES = "indicators", "initiatives"
_PARTS = {INDICATORS: Indicator, INITIATIVES: Initiative}


def key_for(item: dict[str, object], part: str, field: str) -> str | None:
    """The key in `item` (a mapping of `part`: top, indicators or initiatives) that fills
    `field`, in whichever language the file wrote it."""
    model = StrategyFile if part == "top" else _PARTS[part]
    accepted = accepted_keys(model)
    return next((k for k in item if accepted.get(k) == field), None)


def items(data: object, section: str) -> tuple[str | None, list[object]]:
    """The key of `section` (indicators or initiatives) at the top and the items under it."""
    if not isinstance(data, dict):
        return None, []
    key = key_for(data, "top", section)
    found = data.get(key) if key is not None else None
    return key, found if isinstance(found, list) else []


def find(data: object, section: str, ident: str) -> tuple[Path, dict[str, object]]:
    """The path and the mapping of the item with id `ident`, or CannotRun saying it is not
    there, with the closest id and the ids there are."""
    key, found = items(data, section)
    for index, item in enumerate(found):
        if isinstance(item, dict) and item.get("id") == ident and key is not None:
            return (key, index), item
    known = [str(i["id"]) for i in found if isinstance(i, dict) and i.get("id") is not None]
    raise CannotRun(_missing(section, ident, known), _ids_hint(section, key, known))


# More ids than this are counted, not listed: the hint must stay readable in a terminal.
_LISTED = 10


def _missing(section: str, ident: str, known: list[str]) -> str:
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.6)
    if section == INITIATIVES:
        if close:
            return _("no initiative with id '{id}' (did you mean '{close}'?)").format(
                id=ident, close=close[0]
            )
        return _("no initiative with id '{id}'").format(id=ident)
    if close:
        return _("no indicator with id '{id}' (did you mean '{close}'?)").format(
            id=ident, close=close[0]
        )
    return _("no indicator with id '{id}'").format(id=ident)


def _ids_hint(section: str, key: str | None, known: list[str]) -> str:
    written = key or section
    if not known:
        if section == INITIATIVES:
            return _("the file has no initiatives yet; add them under '{key}:'").format(key=written)
        return _("the file has no indicators yet; add them under '{key}:'").format(key=written)
    if len(known) <= _LISTED:
        if section == INITIATIVES:
            return _("the initiatives' ids in the file: {ids}").format(ids=", ".join(known))
        return _("the indicators' ids in the file: {ids}").format(ids=", ".join(known))
    if section == INITIATIVES:
        return _(
            "the file has {count} initiatives; each one's id is on its '- id:' line under '{key}:'"
        ).format(count=len(known), key=written)
    return _(
        "the file has {count} indicators; each one's id is on its '- id:' line under '{key}:'"
    ).format(count=len(known), key=written)


def with_item_copied(
    data: object, section: str, ident: str
) -> tuple[object, dict[str, object] | None]:
    """A copy of the file's data in which the item `ident` of `section` may be changed
    without changing `data`: the copy, and that item's own copy (None if it is not there)."""
    key, found = items(data, section)
    if not isinstance(data, dict) or key is None:
        return data, None
    copied = [dict(i) if isinstance(i, dict) else i for i in found]
    item = next((i for i in copied if isinstance(i, dict) and i.get("id") == ident), None)
    return {**data, key: copied}, item
