"""The sources' own rules: json-stat2 decoding on real answers, Kolada's deleted and null rows."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from stratkit.sources import kolada
from stratkit.sources.figures import Figure, SourceError
from stratkit.sources.http import USER_AGENT, Client
from stratkit.sources.jsonstat import decode
from tests.source_server import Kolada, kolada_rows, recorded, serve_kolada


def test_decoding_scbs_real_answer_walks_the_cells_in_row_major_order() -> None:
    dataset = decode(recorded("scb_TAB6471_data.json"), "SCB")
    cells = list(dataset.cells())
    assert len(cells) == 21 * 11 * 3 * 1 * 4
    first_codes, first_value = cells[0]
    assert first_codes == {
        "Region": "01",
        "Alder": "0-9",
        "Kon": "TotSa",
        "ContentsCode": "000007SF",
        "Tid": "2026M01",
    }
    assert first_value == 245284
    assert cells[1][0]["Tid"] == "2026M02"  # the last dimension varies fastest
    assert dataset.role("time") is not None
    assert dataset.role("time").id == "Tid"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "area", "expected"),
    [
        ("statfin_11re_2025_pre_migration.json", "Alue", {"KU049": 320931, "KU091": 684018}),
        ("statfin_11re_2026_post_migration.json", "alue_23_20260101", {"KU091": 694392}),
    ],
)
def test_statistics_finland_answers_before_and_after_the_code_change(
    name: str, area: str, expected: dict[str, int]
) -> None:
    dataset = decode(recorded(name), "Statistics Finland")
    geo = dataset.role("geo")
    assert geo is not None
    assert geo.id == area
    values = {codes[area]: value for codes, value in dataset.cells()}
    assert expected.items() <= values.items()


def test_sparse_values_and_nulls_are_read_as_missing_cells() -> None:
    answer = recorded("statfin_11re_2025_pre_migration.json")
    answer["value"] = {"0": 1, "2": None}
    assert [value for _, value in decode(answer, "x").cells()] == [1]


def test_a_dataset_whose_sizes_disagree_is_refused() -> None:
    answer = recorded("statfin_11re_2025_pre_migration.json")
    answer["size"] = [2, 1, 1, 1, 1]
    with pytest.raises(SourceError, match="shape stratkit does not know"):
        decode(answer, "x")


def test_kolada_drops_deleted_rows_and_skips_null_values(httpserver: HTTPServer) -> None:
    rows = kolada_rows()
    for row in rows:
        if row["municipality"] == "1883" and row["period"] == 2021:
            row["isdeleted"] = True
        if row["municipality"] == "1883" and row["period"] == 2020:
            for value in row["values"]:
                value["value"] = None
    server = Kolada(rows)
    serve_kolada(httpserver, server)
    found = kolada.fetch(Client(), httpserver.url_for("/v3"), [("N01951", "1883")])
    figures = found[("N01951", "1883")].figures
    assert 2020 not in figures
    assert 2021 not in figures
    assert figures[2022] == Figure(30278, 15075, 15203)  # Kolada dump: k 15075, m 15203
    assert httpserver.log[0][0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("stratkit/")
