"""Read what format 1.1 (issue 12) adds to the model, in whichever shape it arrives.

The report is built on format 1.0, where a year's actual is a number and an initiative has one
status. Format 1.1 adds, per indicator, `analysis` (year -> text) and `assessment` (year ->
{status, motivation}); a year's actual may become `{value, preliminary, women, men, note}`;
an initiative gains `responsible`, `deadline` and a status per year. Each reader here accepts
both shapes, so the page shows the new fields as soon as the model holds them. When the 1.1
model lands, replace the `getattr` look-ups with the typed fields (one function each).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stratkit.model.choices import InitiativeStatus
from stratkit.progress.assess import Value


def _field(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def year_entries(indicator: Any) -> list[Value]:
    """The indicator's actual values, oldest first: a number (1.0) or a mapping (1.1)."""
    entries = []
    for year, item in sorted(indicator.actual.items()):
        if isinstance(item, int | float):
            entries.append(Value(year, item))
            continue
        value = _field(item, "value")
        if value is None:
            continue
        entries.append(
            Value(
                year,
                value,
                bool(_field(item, "preliminary")),
                _field(item, "women"),
                _field(item, "men"),
            )
        )
    return entries


def _at(by_year: Any, as_of: int | None) -> tuple[int, Any] | None:
    """The entry of the as-of year, else of the latest year before it (all years if None)."""
    if not isinstance(by_year, Mapping) or not by_year:
        return None
    years = [y for y in by_year if as_of is None or y <= as_of]
    if not years:
        return None
    year = max(years)
    return year, by_year[year]


def analysis(indicator: Any, as_of: int | None) -> tuple[int, str] | None:
    """Format 1.1 `analysis`: the year and the text shown for the as-of year."""
    found = _at(getattr(indicator, "analysis", None), as_of)
    return (found[0], str(found[1])) if found and found[1] else None


def assessment(indicator: Any, as_of: int | None) -> tuple[int, str, str | None] | None:
    """Format 1.1 `assessment`: the year, the status code and the motivation."""
    found = _at(getattr(indicator, "assessment", None), as_of)
    if found is None:
        return None
    status = _field(found[1], "status")
    if status is None:
        return None
    motivation = _field(found[1], "motivation")
    return found[0], str(getattr(status, "value", status)), motivation


def initiative_status(initiative: Any, as_of: int | None = None) -> InitiativeStatus | None:
    """One status (1.0) or a status per year (1.1), read at the as-of year."""
    status = initiative.status
    if isinstance(status, Mapping):
        found = _at(status, as_of)
        status = found[1] if found else None
    return InitiativeStatus(status) if status is not None else None


def text(item: Any, name: str) -> str | None:
    """An optional field shown as written (`responsible`, `deadline`), None when absent."""
    value = getattr(item, name, None)
    return None if value is None else str(value)
