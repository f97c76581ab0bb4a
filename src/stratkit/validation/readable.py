"""The parts of a strategy that could be read, so the checks can run on them in the same run.

When the schema refuses part of a file (one indicator with a bad number, say), the checks
would otherwise wait for the next run, and a user would fix a file in rounds. So the items
with schema errors are set aside, the rest is validated again, and the checks' findings are
mapped back to the items' places in the file. The id checks (an id used twice, a goal that
is not there) need no model: they run on the ids of every item, the set-aside ones too, so
that `id: kampus` twice is found even when one of the two has a wrong status word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from stratkit.checks.references import goal_references, unique_ids
from stratkit.diagnostics import Finding
from stratkit.messages import relocate
from stratkit.model.parts import accepted_keys, field_model
from stratkit.model.strategy import StrategyFile

_LISTS = ("values", "goals", "indicators", "initiatives")
# What stands in for a required part that could not be read, so the rest can be checked.
_STAND_INS = {"municipality": {"name": "-", "country": "SE"}, "strategy": {"title": "-"}}


@dataclass
class Readable:
    """The readable part of the data, and how to map findings on it back to the file."""

    data: dict[str, object]
    # English list name -> the original index of each item kept
    kept: dict[str, list[int]] = field(default_factory=dict)

    def place(self, findings: Iterable[Finding]) -> list[Finding]:
        placed = []
        for finding in findings:
            if finding.code in _ID_CODES:
                continue  # found on the ids of every item instead (ids_of)
            loc = self._original(finding.loc)
            message = relocate(finding.message, self._original) or ""
            hint = relocate(finding.hint, self._original)
            placed.append(Finding(finding.code, loc, message, hint, finding.on_key))
        return placed

    def _original(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """The path in the file of a path into the readable part."""
        if len(loc) >= 2 and loc[0] in self.kept and isinstance(loc[1], int):
            return (loc[0], self.kept[str(loc[0])][loc[1]], *loc[2:])
        return loc


def readable_part(cleaned: Mapping[str, Any], errors: Sequence[Mapping[str, Any]]) -> Readable:
    keys = accepted_keys(StrategyFile)
    bad_items: dict[str, set[int]] = {}
    bad_parts: set[str] = set()
    for error in errors:
        loc = tuple(error["loc"])
        if not loc or not isinstance(loc[0], str) or loc[0] not in keys:
            continue
        name = keys[loc[0]]
        if name in _LISTS and len(loc) >= 2 and isinstance(loc[1], int):
            bad_items.setdefault(str(loc[0]), set()).add(loc[1])
        else:
            bad_parts.add(str(loc[0]))
    data: dict[str, object] = {}
    readable = Readable(data)
    for key, value in cleaned.items():
        name = keys.get(key, key)
        if key in bad_parts:
            if name in _STAND_INS:
                data[key] = _STAND_INS[name]
            continue
        if name in _LISTS and isinstance(value, list):
            skip = bad_items.get(key, set())
            data[key] = [item for i, item in enumerate(value) if i not in skip]
            readable.kept[name] = [i for i in range(len(value)) if i not in skip]
        else:
            data[key] = value
    for name, stand_in in _STAND_INS.items():
        if not any(keys.get(k) == name for k in data):
            data[name] = stand_in
    return readable


# What the id checks (checks.references) find; on a refused file they run on ids_of.
_ID_CODES = frozenset({"STK301", "STK302"})


@dataclass(frozen=True, slots=True)
class _Item:
    id: str  # "" when the item has no id that reads as text
    goals: tuple[str, ...] = ()  # "" for an entry that is not text


@dataclass(frozen=True, slots=True)
class _Ids:
    values: tuple[_Item, ...] = ()
    goals: tuple[_Item, ...] = ()
    indicators: tuple[_Item, ...] = ()
    initiatives: tuple[_Item, ...] = ()


def ids_of(cleaned: Mapping[str, Any]) -> _Ids:
    """The id of every item and the goals it refers to, as written, whatever else it holds."""
    keys = accepted_keys(StrategyFile)
    lists: dict[str, tuple[_Item, ...]] = {}
    for key, value in cleaned.items():
        name = keys.get(key)
        model = field_model(StrategyFile, name) if name in _LISTS else None
        if name is None or model is None or not isinstance(value, list):
            continue
        spelt = frozenset(k for k, f in accepted_keys(model).items() if f == "goals")
        lists[name] = tuple(_item(entry, spelt) for entry in value)
    return _Ids(**lists)


def _item(entry: object, goals_spelt: frozenset[str]) -> _Item:
    """One item's id and goals; `goals_spelt`: every spelling of its goals key (mål, …)."""
    if not isinstance(entry, dict):
        return _Item("")
    ident = entry.get("id")
    goals = next((v for k, v in entry.items() if k in goals_spelt), ())
    written = (
        tuple(g if isinstance(g, str) else "" for g in goals) if isinstance(goals, list) else ()
    )
    return _Item(ident if isinstance(ident, str) else "", written)


def checks_of_readable(
    cleaned: object, errors: Sequence[Mapping[str, Any]], language: str | None, year: int | None
) -> list[Finding]:
    """What the checks find in the parts of a refused file that could be read."""
    from pydantic import ValidationError

    from stratkit.checks import run_checks
    from stratkit.model.values import numbers_of

    if not isinstance(cleaned, dict):
        return []
    ids = ids_of(cleaned)
    found = [*unique_ids(ids), *goal_references(ids)]
    readable = readable_part(cleaned, errors)
    try:
        with numbers_of(language):
            strategy = StrategyFile.model_validate(readable.data)
    except ValidationError:
        return found  # not even the rest reads: the schema's findings and the ids must do
    return found + readable.place(run_checks(strategy, year=year))
