"""Statistics Finland's PxWeb API (v1): a table's variables, then its data as json-stat2.

The variables are found by what they are, not by their codes: the time variable is the one
marked `time`, the region the one holding the municipality's code (KU231 for Kaskö), the
answer's json-stat2 roles (time, geo, metric) confirm them. Codes were renamed in June 2026,
so the selection is checked against the table's metadata before the data is asked for.
Statistics Finland restates old years after municipal mergers: expect revisions.
"""

from __future__ import annotations

import re
from typing import Any

from stratkit.i18n import N_, _
from stratkit.sources import selection
from stratkit.sources.figures import Figure, Series, SourceError, add_figure
from stratkit.sources.http import Client
from stratkit.sources.jsonstat import Dataset, Dimension, decode

DEFAULT_URL = "https://pxdata.stat.fi/PXWeb/api/v1/fi/StatFin"
NAME = "Statistikcentralen"  # the credit beside fetched figures, as the service names itself
# Who did not answer, in the reader's language (Tilastokeskus to a Finnish reader).
WHO = N_("Statistics Finland")
_YEAR = re.compile(r"^\d{4}$")


def region_code(municipality: str) -> str:
    """KU231 for Kaskö's 231: Statistics Finland's code for a municipality."""
    digits = municipality.strip().removeprefix("KU")
    return f"KU{digits.zfill(3)}"


def fetch(
    client: Client, base: str, table: str, municipality: str, select: dict[str, list[str]]
) -> Series:
    url = f"{base.rstrip('/')}/{table}"
    where = _("Statistics Finland table {table}").format(table=table)
    dimensions, time_ids = _variables(client.get(url, what=_(WHO)), where)
    region = region_code(municipality)
    geo = next((d for d in dimensions if region in d.codes), None)
    if geo is None:
        raise SourceError(
            _("{where} has no area '{region}'").format(where=where, region=region),
            _("check municipality.code: Statistics Finland's municipality number, e.g. 231"),
        )
    time = next((d for d in dimensions if d.id in time_ids), None)
    if time is None:
        raise SourceError(
            _("{where} has no time variable").format(where=where),
            _("choose a table with figures per year"),
        )
    years = [code for code in time.codes if _YEAR.match(code)]
    fixed = {geo.id: [region], time.id: years}
    chosen = selection.build(dimensions, select, fixed, where=where)
    body = {
        "query": [
            {"code": id, "selection": {"filter": "item", "values": codes}}
            for id, codes in chosen.items()
        ],
        "response": {"format": "json-stat2"},
    }
    dataset = decode(client.post(url, body, what=_(WHO)), _(WHO))
    return Series(NAME, table, _figures(dataset, region, where))


def _variables(meta: Any, where: str) -> tuple[tuple[Dimension, ...], set[str]]:
    """The table's variables from PxWeb's metadata: {title, variables: [{code, values, ...}]}."""
    try:
        dimensions, times = [], set()
        for variable in meta["variables"]:
            codes = tuple(str(v) for v in variable["values"])
            texts = [str(t) for t in variable.get("valueTexts") or codes]
            code = str(variable["code"])
            dimensions.append(
                Dimension(
                    code,
                    str(variable.get("text", code)),
                    codes,
                    dict(zip(codes, texts, strict=False)),
                    bool(variable.get("elimination", False)),
                )
            )
            if variable.get("time"):
                times.add(code)
        return tuple(dimensions), times
    except (KeyError, TypeError):
        raise SourceError(
            _("{where}: the metadata is not in the shape PxWeb gives").format(where=where),
            _("check the table's path under 'statfin:'; docs/sources.md says how to find it"),
        ) from None


def _figures(dataset: Dataset, region: str, where: str) -> dict[int, Figure]:
    time, geo = dataset.role("time"), dataset.role("geo")
    if time is None or geo is None:
        raise SourceError(
            _("{where}: the answer names no time or area variable").format(where=where),
            _("the service may have changed; please report this"),
        )
    figures: dict[int, Figure] = {}
    for codes, value in dataset.cells():
        if codes[geo.id] != region or not _YEAR.match(codes[time.id]):
            continue
        year = int(codes[time.id])
        add_figure(figures, year, value, where)
    return dict(sorted(figures.items()))
