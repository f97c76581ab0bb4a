"""Ids are unique within their list, and every goal an item refers to exists."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from typing import Protocol

from stratkit.diagnostics import Finding
from stratkit.i18n import N_
from stratkit.messages import Message, Written


class Item(Protocol):
    @property
    def id(self) -> str: ...


class Refers(Item, Protocol):
    @property
    def goals(self) -> Sequence[str]: ...


class Ids(Protocol):
    """The ids of a strategy and the goals its items refer to: a StrategyFile, or the ids
    that could be read in a file the schema refused (validation.readable)."""

    @property
    def values(self) -> Sequence[Item]: ...
    @property
    def goals(self) -> Sequence[Item]: ...
    @property
    def indicators(self) -> Sequence[Refers]: ...
    @property
    def initiatives(self) -> Sequence[Refers]: ...


# The messages name the kind of item; each is a whole sentence so translators see it whole.
_TWICE = {
    "values": N_("value id '{id}' is used twice (first by value no. {first})"),
    "goals": N_("goal id '{id}' is used twice (first by goal no. {first})"),
    "indicators": N_("indicator id '{id}' is used twice (first by indicator no. {first})"),
    "initiatives": N_("initiative id '{id}' is used twice (first by initiative no. {first})"),
}
_OWN_ID = {
    "values": N_("give this value an id of its own"),
    "goals": N_("give this goal an id of its own"),
    "indicators": N_("give this indicator an id of its own"),
    "initiatives": N_("give this initiative an id of its own"),
}


def unique_ids(strategy: Ids) -> Iterator[Finding]:
    for section, twice in _TWICE.items():
        items: Sequence[Item] = getattr(strategy, section)
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            item_id = item.id
            if not item_id:
                continue  # an id that could not be read (validation.readable) is no duplicate
            if item_id in first:
                yield Finding(
                    "STK301",
                    (section, index, "id"),
                    Message(twice, id=item_id, first=first[item_id] + 1),
                    Message(_OWN_ID[section]),
                )
            else:
                first[item_id] = index


def goal_references(strategy: Ids) -> Iterator[Finding]:
    known = [goal.id for goal in strategy.goals if goal.id]
    for section in ("indicators", "initiatives"):
        items: Sequence[Refers] = getattr(strategy, section)
        for index, item in enumerate(items):
            for position, goal_id in enumerate(item.goals):
                if not goal_id or goal_id in known:
                    continue  # "": an entry that is not text, which the schema reports
                close = difflib.get_close_matches(goal_id, known, n=1)
                goals = Written(("goals",), "key", "goals", "StrategyFile")
                message = Message(
                    "goal '{id}' is not defined under '{goals}'", id=goal_id, goals=goals
                )
                if close:
                    message = Message(
                        "goal '{id}' is not defined under '{goals}' (did you mean '{meant}'?)",
                        id=goal_id,
                        goals=goals,
                        meant=close[0],
                    )
                hint = (
                    Message("use one of the goal ids: {ids}", ids=", ".join(known))
                    if known
                    else Message("define the goal under '{goals}:' first", goals=goals)
                )
                yield Finding("STK302", (section, index, "goals", position), message, hint)
