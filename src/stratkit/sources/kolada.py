"""Kolada API v3: KPI values per municipality and year, split by gender (T, K, M).

Kolada takes at most 25 ids in a path segment, so KPIs and municipalities are asked for in
groups of 25; an answer comes in pages of up to 5000 rows, each pointing to the next by
`next_url`. Rows marked `isdeleted` were withdrawn and are dropped; a null value is no figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from stratkit.i18n import _
from stratkit.sources.figures import Figure, Series, SourceError, whole
from stratkit.sources.http import Client

DEFAULT_URL = "https://api.kolada.se/v3"
MAX_IDS = 25
PER_PAGE = 5000
MAX_PAGES = 10_000  # a guard against a server that never stops pointing onwards
NAME = "Kolada"

Key = tuple[str, str]  # (KPI id, municipality id)


def fetch(client: Client, base: str, wanted: list[Key]) -> dict[Key, Series]:
    """The series of every (KPI, municipality) pair asked for; pairs without data are empty."""
    kpis = sorted({kpi for kpi, _municipality in wanted})
    municipalities = sorted({municipality for _kpi, municipality in wanted})
    found: dict[Key, dict[int, dict[str, float]]] = {key: {} for key in wanted}
    for kpi_group in _groups(kpis):
        for municipality_group in _groups(municipalities):
            url = (
                f"{base.rstrip('/')}/data/kpi/{','.join(kpi_group)}"
                f"/municipality/{','.join(municipality_group)}"
            )
            for row in _rows(client, url):
                _add(found, row)
    return {key: Series(NAME, key[0], _figures(years)) for key, years in found.items()}


def _groups(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), MAX_IDS):
        yield ids[start : start + MAX_IDS]


def _rows(client: Client, url: str) -> Iterator[dict[str, Any]]:
    params: dict[str, Any] | None = {"per_page": PER_PAGE}
    seen: set[str] = set()
    next_url: str | None = url
    while next_url:
        if next_url in seen or len(seen) >= MAX_PAGES:
            raise _unusable(_("its pages point back to a page already read"))
        seen.add(next_url)
        page = client.get(next_url, params, what=NAME)
        params = None  # next_url carries the parameters itself
        if not isinstance(page, dict) or not isinstance(page.get("values"), list):
            raise _unusable(_("an answer without a list of values"))
        yield from page["values"]
        following = page.get("next_url") or page.get("next_page")
        next_url = urljoin(next_url, following) if isinstance(following, str) else None


def _add(found: dict[Key, dict[int, dict[str, float]]], row: object) -> None:
    if not isinstance(row, dict):
        raise _unusable(_("a row that is not an object"))
    if row.get("isdeleted"):
        return
    key = (str(row.get("kpi")), str(row.get("municipality")))
    if key not in found:
        return  # a pair from the group that no strategy asked for
    period = row.get("period")
    if not isinstance(period, int) and not (isinstance(period, str) and period.isdigit()):
        raise _unusable(_("a row without a year"))
    values = row.get("values")
    if not isinstance(values, list):
        raise _unusable(_("a row without values"))
    year = found[key].setdefault(int(period), {})
    for value in values:
        if not isinstance(value, dict) or value.get("isdeleted"):
            continue
        number = value.get("value")
        if number is None:
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise _unusable(_("a value that is not a number: {value!r}").format(value=number))
        year[str(value.get("gender", "T")).upper()] = number


def _figures(years: dict[int, dict[str, float]]) -> dict[int, Figure]:
    figures = {}
    for year, genders in sorted(years.items()):
        if "T" not in genders:
            continue  # no total: women and men alone are not the indicator's value
        women, men = genders.get("K"), genders.get("M")
        figures[year] = Figure(
            whole(genders["T"]),
            whole(women) if women is not None else None,
            whole(men) if men is not None else None,
        )
    return figures


def _unusable(detail: str) -> SourceError:
    return SourceError(
        _("Kolada answered with something stratkit cannot use: {detail}").format(detail=detail),
        _("try again later; if it persists, Kolada's API may have changed"),
    )
