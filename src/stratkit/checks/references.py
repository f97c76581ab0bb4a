"""Ids are unique within their list, and every goal an item refers to exists."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence

from stratkit.diagnostics import Finding
from stratkit.model.strategy import StrategyFile

_LISTS = {
    "values": "value",
    "goals": "goal",
    "indicators": "indicator",
    "initiatives": "initiative",
}


def unique_ids(strategy: StrategyFile) -> Iterator[Finding]:
    for section, noun in _LISTS.items():
        items: Sequence[object] = getattr(strategy, section)
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            item_id: str = getattr(item, "id")  # noqa: B009 - every listed model has an id
            if item_id in first:
                yield Finding(
                    "STK301",
                    (section, index, "id"),
                    f"{noun} id '{item_id}' is used twice "
                    f"(first by {noun} no. {first[item_id] + 1})",
                    f"give this {noun} an id of its own",
                )
            else:
                first[item_id] = index


def goal_references(strategy: StrategyFile) -> Iterator[Finding]:
    known = [goal.id for goal in strategy.goals]
    for section in ("indicators", "initiatives"):
        for index, item in enumerate(getattr(strategy, section)):
            for position, goal_id in enumerate(item.goals):
                if goal_id in known:
                    continue
                close = difflib.get_close_matches(goal_id, known, n=1)
                message = f"goal '{goal_id}' is not defined under 'goals'"
                if close:
                    message += f" (did you mean '{close[0]}'?)"
                hint = (
                    f"use one of the goal ids: {', '.join(known)}"
                    if known
                    else "define the goal under 'goals:' first"
                )
                yield Finding("STK302", (section, index, "goals", position), message, hint)
