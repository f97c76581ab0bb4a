"""A loopback server that answers as Kolada, SCB and Statistics Finland do (for the tests).

Real recorded answers are served as they are; synthetic ones are built from real figures
only (see tests/fixtures/sources/README.md). Every synthetic answer says so in a
"synthetic" field, so it can never be mistaken for a recording.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
SYNTHETIC = "built by tests/source_server.py from real figures; not a recorded answer"


def recorded(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def kolada_rows(*, until: int | None = None) -> list[dict[str, Any]]:
    """N01951 rows in Kolada v3's shape from the real dump: T is K + M."""
    by_key: dict[tuple[str, int], dict[str, float]] = {}
    with (FIXTURES / "kolada_n01951_karlskoga_kristinehamn.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            if until is None or year <= until:
                by_key.setdefault((row["geo"], year), {})[row["gender"].upper()] = float(
                    row["n01951"]
                )
    rows = []
    for (municipality, year), genders in sorted(by_key.items()):
        values = [{"gender": g, "value": v, "status": "", "count": 1} for g, v in genders.items()]
        values.append(
            {"gender": "T", "value": genders["K"] + genders["M"], "status": "", "count": 1}
        )
        rows.append(
            {"kpi": "N01951", "municipality": municipality, "period": year, "values": values}
        )
    return rows


class Kolada:
    """Kolada v3 data: /v3/data/kpi/IDS/municipality/IDS, paged by next_url."""

    def __init__(self, rows: list[dict[str, Any]], page_size: int = 7) -> None:
        self.rows = rows
        self.page_size = page_size
        self.paths: list[str] = []

    def __call__(self, request: Request) -> Response:
        self.paths.append(request.path)
        parts = request.path.split("/")
        kpis, municipalities = parts[4].split(","), parts[6].split(",")
        if len(kpis) > 25 or len(municipalities) > 25:
            return Response("more than 25 ids", status=400)
        rows = [r for r in self.rows if r["kpi"] in kpis and r["municipality"] in municipalities]
        query = parse_qs(request.query_string.decode())
        page = int(query.get("page", ["1"])[0])
        chunk = rows[(page - 1) * self.page_size : page * self.page_size]
        more = page * self.page_size < len(rows)
        next_url = None
        if more:
            next_url = request.base_url + "?" + urlencode({"page": page + 1, "per_page": 5000})
        body = {"synthetic": SYNTHETIC, "count": len(chunk), "values": chunk, "next_url": next_url}
        return Response(json.dumps(body), content_type="application/json")


def serve_kolada(server: HTTPServer, kolada: Kolada) -> None:
    import re

    server.expect_request(
        re.compile(r"^/v3/data/kpi/[^/]+/municipality/[^/]+$")
    ).respond_with_handler(kolada)


def scb_tab638(years: list[int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """TAB638-shaped metadata and data for Karlskoga, with SCB's real figures for `years`."""
    with (FIXTURES / "scb_folkmangd_karlskoga_1950_2019.csv").open(encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f, delimiter=";"))
    figures = {year: int(row[f"ar_{year}"]) for year in years}
    dimension = {
        "Region": {
            "label": "region",
            "category": {"index": {"1883": 0}, "label": {"1883": "Karlskoga"}},
        },
        "ContentsCode": {
            "label": "tabellinnehåll",
            "category": {"index": {"BE0101N1": 0}, "label": {"BE0101N1": "Folkmängd"}},
        },
        "Tid": {
            "label": "år",
            "category": {"index": {str(y): i for i, y in enumerate(years)}},
        },
    }
    base = {
        "synthetic": SYNTHETIC,
        "version": "2.0",
        "class": "dataset",
        "label": "Folkmängden efter region, år och tabellinnehåll",
        "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [1, 1, len(years)],
        "dimension": dimension,
    }
    return base, {**base, "value": [figures[y] for y in years]}


def statfin_metadata(answer: dict[str, Any]) -> dict[str, Any]:
    """PxWeb v1 table metadata with the variables and codes of a real json-stat2 answer."""
    variables = []
    for id in answer["id"]:
        node = answer["dimension"][id]
        codes = list(node["category"]["index"])
        variable = {
            "code": id,
            "text": node["label"],
            "values": codes,
            "valueTexts": [node["category"]["label"][c] for c in codes],
        }
        if node.get("extension", {}).get("elimination"):
            variable["elimination"] = True
        if id in answer["role"]["time"]:
            variable["time"] = True
        variables.append(variable)
    return {"synthetic": SYNTHETIC, "title": answer["label"], "variables": variables}
