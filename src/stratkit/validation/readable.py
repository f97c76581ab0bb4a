"""The parts of a strategy that could be read, so the checks can run on them in the same run.

When the schema refuses part of a file (one indicator with a bad number, say), the checks
would otherwise wait for the next run, and a user would fix a file in rounds. So the items
with schema errors are set aside, the rest is validated again, and the checks' findings are
mapped back to the items' places in the file. Findings that only the setting aside caused
(an indicator that refers to a goal that was set aside) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from stratkit.diagnostics import Finding
from stratkit.messages import relocate
from stratkit.model.parts import accepted_keys
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
    set_aside_goals: set[str] = field(default_factory=set)

    def place(self, findings: Iterable[Finding]) -> list[Finding]:
        placed = []
        for finding in findings:
            loc = finding.loc
            if finding.code == "STK302" and self._refers_to_set_aside(finding):
                continue
            loc = self._original(loc)
            message = relocate(finding.message, self._original) or ""
            hint = relocate(finding.hint, self._original)
            placed.append(Finding(finding.code, loc, message, hint, finding.on_key))
        return placed

    def _original(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """The path in the file of a path into the readable part."""
        if len(loc) >= 2 and loc[0] in self.kept and isinstance(loc[1], int):
            return (loc[0], self.kept[str(loc[0])][loc[1]], *loc[2:])
        return loc

    def _refers_to_set_aside(self, finding: Finding) -> bool:
        return any(f"'{goal}'" in finding.message for goal in self.set_aside_goals)


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
            if name == "goals":
                readable.set_aside_goals = {_id(value[i]) for i in skip} - {""}
        else:
            data[key] = value
    for name, stand_in in _STAND_INS.items():
        if not any(keys.get(k) == name for k in data):
            data[name] = stand_in
    return readable


def _id(item: object) -> str:
    if isinstance(item, dict):
        for key, value in item.items():
            if key == "id" and isinstance(value, str | int):
                return str(value)
    return ""


def checks_of_readable(
    cleaned: object, errors: Sequence[Mapping[str, Any]], language: str | None, year: int | None
) -> list[Finding]:
    """What the checks find in the parts of a refused file that could be read."""
    from pydantic import ValidationError

    from stratkit.checks import run_checks
    from stratkit.model.values import numbers_of

    if not isinstance(cleaned, dict):
        return []
    readable = readable_part(cleaned, errors)
    try:
        with numbers_of(language):
            strategy = StrategyFile.model_validate(readable.data)
    except ValidationError:
        return []  # not even the rest reads: the schema's findings must do
    return readable.place(run_checks(strategy, year=year))
