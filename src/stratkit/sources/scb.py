"""SCB's PxWebApi 2.0: a table's metadata, then its data as json-stat2, within the cell limit.

The API's /config says how many cells one answer may hold (maxDataCells); a request that
would exceed it is split over groups of years. From reference year 2025 SCB adds a small
controlled noise to its figures, so totals need not equal the sum of their parts.
"""

from __future__ import annotations

import re

from stratkit.i18n import N_, _
from stratkit.sources import selection
from stratkit.sources.figures import Figure, Series, SourceError, add_figure
from stratkit.sources.http import Client
from stratkit.sources.jsonstat import Dataset, Dimension, decode

DEFAULT_URL = "https://statistikdatabasen.scb.se/api/v2"
NAME = "SCB"
_YEAR = re.compile(r"^\d{4}$")


def max_cells(client: Client, base: str) -> int:
    config = client.get(f"{base.rstrip('/')}/config", what=NAME)
    cells = config.get("maxDataCells") if isinstance(config, dict) else None
    if not isinstance(cells, int) or cells < 1:
        raise SourceError(
            _("SCB's /config gives no usable cell limit (maxDataCells)"),
            _("the service may have changed; try again later"),
        )
    return cells


def fetch(
    client: Client, base: str, table: str, region: str, select: dict[str, list[str]], limit: int
) -> Series:
    base = base.rstrip("/")
    params = {"lang": "sv", "outputFormat": "json-stat2"}
    where = _("SCB table {table}").format(table=table)
    meta = client.get(f"{base}/tables/{table}/metadata", params, what=NAME)
    dataset = decode(meta, NAME, values=False)
    time, geo = _needed(dataset, "time", where), _needed(dataset, "geo", where)
    if region not in geo.codes:
        raise SourceError(
            _("{where} has no region '{region}'").format(where=where, region=region),
            _("check municipality.code: SCB's four-digit municipality code, e.g. 1883"),
        )
    years = [code for code in time.codes if _YEAR.match(code)]
    if not years:
        raise SourceError(
            _("{where} has no yearly figures").format(where=where),
            _("choose a table by year (its time variable reads 2024, not 2024M12)"),
        )
    fixed = {geo.id: [region], time.id: years}
    chosen = selection.build(dataset.dimensions, select, fixed, where=where)
    per_year = 1
    for id, codes in chosen.items():
        per_year *= len(codes) if id != time.id else 1
    step = max(1, limit // per_year)
    figures: dict[int, Figure] = {}
    for start in range(0, len(years), step):
        body = {
            "selection": [
                {"variableCode": id, "valueCodes": codes}
                for id, codes in {**chosen, time.id: years[start : start + step]}.items()
            ]
        }
        answer = client.post(f"{base}/tables/{table}/data", body, params, what=NAME)
        figures.update(_figures(decode(answer, NAME), time.id, where))
    return Series(NAME, table, dict(sorted(figures.items())))


# The variables a table needs to give figures per municipality and year: json-stat's role for
# each, the name SCB gives it where the role is not set, and what to say when it has neither.
_NEEDED = {
    "time": (
        "Tid",
        N_("{where} has no time variable"),
        N_("choose a table with figures per year"),
    ),
    "geo": (
        "Region",
        N_("{where} has no region variable"),
        N_("choose a table with figures per municipality"),
    ),
}


def _needed(dataset: Dataset, role: str, where: str) -> Dimension:
    name, missing, hint = _NEEDED[role]
    found = dataset.role(role) or selection.find(dataset.dimensions, name)
    if found is None:
        raise SourceError(_(missing).format(where=where), _(hint))
    return found


def _figures(dataset: Dataset, time: str, where: str) -> dict[int, Figure]:
    figures: dict[int, Figure] = {}
    for codes, value in dataset.cells():
        year = int(codes[time])
        add_figure(figures, year, value, where)
    return figures
