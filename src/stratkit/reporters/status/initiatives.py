"""The cells of an initiative row, shared by the terminal and Markdown status reporters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stratkit.model.choices import Language
from stratkit.reporters.text import numbers as formatting
from stratkit.reporters.words.followup import FOLLOWUP
from stratkit.reporters.words.labels import INITIATIVE

if TYPE_CHECKING:
    from stratkit.model.strategy import Initiative

# Columns shown only when some initiative of the table fills them.
OPTIONAL = ("responsible", "deadline", "budget")


def status(initiative: Initiative, year: int | None, language: Language) -> str:
    """The status known in `year`; with a history, the year it was reported for."""
    known = initiative.status_in(year)
    word = INITIATIVE[language][known]
    history = initiative.status
    if not isinstance(history, dict) or known is None:
        return word
    since = max(y for y in history if year is None or y <= year)
    return FOLLOWUP[language]["status_year"].format(status=word, year=since)


def optional_columns(initiatives: Sequence[Initiative]) -> list[str]:
    return [key for key in OPTIONAL if any(getattr(i, key) for i in initiatives)]


def headers(keys: Sequence[str], language: Language) -> list[str]:
    return [FOLLOWUP[language][key] for key in keys]


def optional_cells(initiative: Initiative, keys: Sequence[str], language: Language) -> list[str]:
    return [_cell(initiative, key, language) for key in keys]


def _cell(initiative: Initiative, key: str, language: Language) -> str:
    if key == "budget":
        budget = initiative.budget
        if budget is None:
            return ""
        return f"{formatting.number(budget.amount, language)} {budget.currency}"
    value = getattr(initiative, key)
    return str(value) if value else ""
