"""The example strategies are real: every population figure is the one its source gives."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from stratkit.model.strategy import StrategyFile
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, ROOT, files_in

DATA = FIXTURES / "data"
# Figures taken from sources that are cited in the strategy files but not kept here.
WEAKER_SOURCES = {("kristinehamn", 2023): 23817, ("kasko", 2023): 1208, ("kasko", 2025): 1248}


def load(name: str) -> StrategyFile:
    report = check_file(ROOT / "strategies" / f"{name}.yaml")
    assert report.errors == 0, report.diagnostics
    assert report.strategy is not None
    return report.strategy


def scb_series(letter_code: str) -> dict[int, int]:
    with (DATA / "odectra_popu-sweden__folkmangd_1950_2019.csv").open(encoding="utf-8-sig") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["k_ID"] == letter_code:
                return {int(k[3:]): int(v) for k, v in row.items() if k.startswith("ar_")}
    raise AssertionError(letter_code)


def kolada_series(code: str) -> dict[int, int]:
    totals: dict[int, float] = defaultdict(float)
    path = DATA / "open-numbers_ddf-kolada-dump__n01951_by_geo_gender_year.csv"
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["geo"] == code:
                totals[int(row["year"])] += float(row["n01951"])
    return {year: int(total) for year, total in totals.items()}


def excerpt_2024(code: str) -> dict[int, int]:
    with (DATA / "ordnaswe_val26__folkmangd_2024__EXCERPT.csv").open(encoding="utf-8") as f:
        return {
            int(r["ar"]): int(r["folkmangd"]) for r in csv.DictReader(f) if r["kommunkod"] == code
        }


def yle_population(file: str, code: str) -> int:
    data = json.loads((DATA / file).read_text(encoding="utf-8"))
    for layer in data["objects"].values():
        for shape in layer["geometries"]:
            if shape.get("properties", {}).get("id") == code:
                return int(shape["properties"]["population"])
    raise AssertionError(code)


@pytest.mark.parametrize(
    ("name", "letter", "code"), [("karlskoga", "KKG", "1883"), ("kristinehamn", "KRH", "1781")]
)
def test_swedish_population_figures_match_scb_and_kolada(name: str, letter: str, code: str) -> None:
    known = {**scb_series(letter), **kolada_series(code), **excerpt_2024(code)}
    indicator = next(i for i in load(name).indicators if i.id == "invanare")
    assert indicator.actual, "the example must carry population figures"
    for year, value in indicator.actual.items():
        expected = WEAKER_SOURCES.get((name, year), known.get(year))
        assert value == expected, f"{name} {year}: {value} is not the source's {expected}"
    if indicator.baseline is not None:
        assert indicator.baseline.value == known[indicator.baseline.year]


def test_kristinehamn_grew_by_31_in_2012_as_its_report_says() -> None:
    actual = next(i for i in load("kristinehamn").indicators if i.id == "invanare").actual
    assert actual[2012] - actual[2011] == 31


def test_kasko_population_matches_statistics_finland() -> None:
    kasko = load("kasko")
    actual = next(i for i in kasko.indicators if i.id == "invanare").actual
    assert actual[2019] == yle_population(
        "yleisradio_geodata__finland_finland-munis-2020.topo.json", "231"
    )
    assert actual[2020] == yle_population(
        "yleisradio_geodata__finland_finland-hva-2021.topo.json", "231"
    )
    assert {y: v for y, v in actual.items() if y > 2020} == {
        y: v for (n, y), v in WEAKER_SOURCES.items() if n == "kasko"
    }


def test_kasko_table_is_as_empty_as_the_document() -> None:
    kasko = load("kasko")
    assert len(kasko.indicators) == 7
    for indicator in kasko.indicators:
        assert indicator.metric is None
        assert indicator.baseline is None
        assert indicator.target is None
    assert [len(goal.actions) for goal in kasko.goals] == [2, 2, 2, 2, 2]
    assert all(goal.benefit for goal in kasko.goals)
    assert [v.id for v in kasko.values] == ["modigt-utvecklande", "gemensamma-tag", "langsiktighet"]


def test_kristinehamn_has_46_subprojects_38_done() -> None:
    kristinehamn = load("kristinehamn")
    counts: dict[str | None, int] = defaultdict(int)
    for initiative in kristinehamn.initiatives:
        counts[initiative.status] += initiative.count
    assert dict(counts) == {"done": 38, "ongoing": 6, "planned": 2}
    assert len(kristinehamn.goals) == 10
    budget = kristinehamn.strategy.budget
    assert budget is not None
    assert (budget.amount, budget.currency) == (1_700_000, "SEK")


def test_karlskoga_has_eight_key_initiatives_and_the_workshop_timeline() -> None:
    karlskoga = load("karlskoga")
    by_goal: dict[str, list[str]] = defaultdict(list)
    for initiative in karlskoga.initiatives:
        by_goal[initiative.goals[0]].append(initiative.date or "")
    assert len(by_goal["minst-32000-invanare"]) == 8
    timeline = by_goal["visionsarbetet"]
    assert len(timeline) == 10
    assert all(date.startswith("2019") for date in timeline)


@pytest.mark.parametrize("path", files_in(ROOT / "strategies"), ids=lambda p: p.stem)
def test_every_example_validates_without_errors(path: Path) -> None:
    assert check_file(path).errors == 0
