"""The long table: every row what the rules of `status --as-of YEAR` say, cell by cell, and
the seam for format 1.1's values with preliminary, women and men."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratkit.exchange.rows import ActualPoint, actual_point
from stratkit.model.reported import Reported
from stratkit.progress.assess import verdict
from stratkit.reporters.exchange.long_table import COLUMNS, long_document, long_part
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line
from stratkit.validation.one_file import check_file
from tests.conftest import ROOT

FILES = [
    *sorted((ROOT / "strategies").glob("*.yaml")),
    *sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.yaml")),
]


@pytest.mark.parametrize("style_name", ["plain", "excel"])
def test_every_row_is_the_status_as_of_its_year(style_name: str) -> None:
    style = CsvStyle.excel() if style_name == "excel" else CsvStyle.plain()
    rows = 0
    for path in FILES:
        strategy = check_file(path).usable
        if strategy is None:
            continue
        got = "".join(long_document([("ett namn", long_part(style_name, strategy))], style))
        expected = [style.start + csv_line(COLUMNS, style)]
        for ind in strategy.indicators:
            direction = ind.inferred_direction
            for year in sorted(ind.actual):
                cells = ["ett namn", strategy.municipality.code, strategy.municipality.name]
                cells += [ind.id, ind.title, ind.unit, direction.value if direction else None]
                for point in (ind.baseline, ind.target):
                    cells += [point.year, point.value] if point else [None, None]
                raw = ind.actual[year]
                if isinstance(raw, Reported):
                    cells += [year, raw.value, str(raw.preliminary).lower(), raw.women, raw.men]
                else:
                    cells += [year, raw, "false", None, None]
                cells.append(verdict(ind, year, None, strategy.strategy.period).status.value)
                expected.append(csv_line(cells, style))
                rows += 1
        assert got == "".join(line + style.newline for line in expected), path.name
    assert rows > 30


def test_a_years_actual_in_either_shape() -> None:
    assert actual_point(30180) == ActualPoint(30180)
    mapping = {"value": 60, "preliminary": True, "women": 31, "men": 29, "note": "prel."}
    assert actual_point(mapping) == ActualPoint(60, True, 31, 29, "prel.")
    model_like = SimpleNamespace(value=1.5, preliminary=False, women=None, men=None, note=None)
    assert actual_point(model_like) == ActualPoint(1.5)


def test_the_rows_keep_no_name_of_their_own(tmp_path: Path) -> None:
    strategy = check_file(ROOT / "strategies" / "karlskoga.yaml").usable
    assert strategy is not None
    part = long_part("plain", strategy)
    assert "karlskoga" not in part.lower().replace("karlskoga,", "")  # only the municipality
    text = "".join(long_document([("kopia", part)], CsvStyle.plain()))
    assert all(line.startswith("kopia,") for line in text.splitlines()[1:])


def test_yearly_verdicts_are_the_rules_as_of_each_year() -> None:
    """The one pass finds the points the rules find year by year, with the strategy's
    period, another period (an inferred baseline moves with its start) or none."""
    from stratkit.model.choices import Method
    from stratkit.model.strategy import Period
    from stratkit.progress.yearly import yearly_verdicts

    compared = 0
    periods = [None, Period(start=2005, end=2010), Period(start=2021, end=2030)]
    for path in [*FILES, *sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))]:
        strategy = check_file(path).usable
        for ind in strategy.indicators if strategy else []:
            for period in [strategy.strategy.period, *periods] if strategy else []:
                for method in (None, Method.LINEAR, Method.CAGR):
                    expected = [(y, verdict(ind, y, method, period)) for y in sorted(ind.actual)]
                    assert yearly_verdicts(ind, method, period) == expected, (path, ind.id)
                    compared += len(expected)
    assert compared > 1000


@pytest.mark.parametrize(
    ("baseline", "target", "values"),
    [
        ((2010, 100), (2020, 200), {2011: 101, 2015: 150, 2016: 120, 2019: 99, 2020: 199}),
        ((2010, 100), (2020, 50), {2012: 90, 2014: 60, 2018: 40, 2021: 70}),
        ((2010, 100), (2020, 100), {2011: 100, 2012: 99, 2013: 101}),
        ((2010, 0), (2020, 10), {2010: 0, 2011: 0.5, 2015: 5.0, 2017: 9.5}),
        ((2015, 10), (2012, 20), {2016: 11, 2020: 30}),
        # a pace of exactly 0.95, 0.6 and 0: the thresholds themselves
        ((2010, 0), (2020, 100), {2015: 47.5, 2016: 36, 2017: 0}),
    ],
)
def test_yearly_statuses_on_the_edges(
    baseline: tuple[int, float], target: tuple[int, float], values: dict[int, float]
) -> None:
    from stratkit.model.strategy import Indicator
    from stratkit.progress.yearly import yearly_statuses

    indicator = Indicator.model_validate(
        {
            "id": "x",
            "title": "X",
            "baseline": {"year": baseline[0], "value": baseline[1]},
            "target": {"year": target[0], "value": target[1]},
            "actual": values,
            "direction": "increase" if target[1] >= baseline[1] else "decrease",
        }
    )
    expected = [(y, verdict(indicator, y).status) for y in sorted(values)]
    assert yearly_statuses(indicator) == expected


def test_yearly_verdicts_infer_the_baseline_as_the_rules_do() -> None:
    """Without a baseline, the one kept for each year is the latest value at or before the
    period's start known then, else the first value (progress.period.baseline_year)."""
    from stratkit.model.strategy import Indicator, Period
    from stratkit.progress.yearly import yearly_verdicts

    indicator = Indicator.model_validate(
        {
            "id": "x",
            "title": "X",
            "target": {"year": 2030, "value": 100},
            "actual": {2018: 10, 2020: 20, 2022: 15, 2024: 40, 2025: 55},
        }
    )
    seen = set()
    for start in (None, 2017, 2018, 2019, 2020, 2021, 2024, 2025, 2026):
        period = None if start is None else Period(start=start, end=2030)
        expected = [(y, verdict(indicator, y, None, period)) for y in sorted(indicator.actual)]
        assert yearly_verdicts(indicator, None, period) == expected, start
        seen.add(tuple(expected))
    assert len(seen) >= 4, "the start must move the baseline"


_SMALL = st.one_of(st.integers(-5, 5), st.sampled_from([0, 0.5, -0.5, 1e-9, 0.1, 0.3]))


@settings(max_examples=400, deadline=None)
@given(
    baseline=st.none() | st.tuples(st.integers(2008, 2016), _SMALL),
    target=st.tuples(st.integers(2006, 2024), _SMALL),
    values=st.dictionaries(st.integers(2005, 2026), _SMALL, min_size=1, max_size=8),
    direction=st.sampled_from([None, "increase", "decrease"]),
    start=st.none() | st.integers(2004, 2027),
    preliminary=st.booleans(),
)
def test_yearly_statuses_are_the_rules_on_generated_indicators(
    baseline: tuple[int, float] | None,
    target: tuple[int, float],
    values: dict[int, float],
    direction: str | None,
    start: int | None,
    preliminary: bool,
) -> None:
    """The inline arithmetic of the linear method with a target, against the rules, where
    they are most delicate: zero gaps, values on the target, signs, years out of order."""
    from stratkit.model.strategy import Indicator, Period
    from stratkit.progress.yearly import yearly_statuses, yearly_verdicts

    first = min(values)
    actual: dict[int, object] = dict(values)
    if preliminary:  # a year written as a mapping, as format 1.1 allows
        actual[first] = {"value": values[first], "preliminary": True}
    data: dict[str, object] = {"id": "x", "title": "X", "actual": actual}
    data["target"] = {"year": target[0], "value": target[1]}
    if baseline is not None:
        data["baseline"] = {"year": baseline[0], "value": baseline[1]}
    if direction is not None:
        data["direction"] = direction
    indicator = Indicator.model_validate(data)
    period = None if start is None else Period(start=start, end=2030)
    expected = [(y, verdict(indicator, y, None, period)) for y in sorted(values)]
    assert yearly_verdicts(indicator, None, period) == expected
    assert yearly_statuses(indicator, None, period) == [(y, v.status) for y, v in expected]


def test_a_control_character_in_a_title_stays_in_its_cell(tmp_path: Path) -> None:
    """YAML's escapes let any character into a title ("\\0" too): nothing in a part may
    stand for the strategy's name, or such a title would take it in."""
    import csv
    import io

    path = tmp_path / "nul.yaml"
    path.write_text(
        'municipality: {name: "Test\\0by", country: SE}\nlanguage: sv\nstrategy: {title: T}\n'
        'indicators:\n  - {id: a, title: "Ett\\0\\x01mått", actual: {2020: 1, 2021: 2}}\n',
        encoding="utf-8",
    )
    strategy = check_file(path).usable
    assert strategy is not None
    text = "".join(long_document([("namn", long_part("plain", strategy))], CsvStyle.plain()))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [len(row) for row in rows] == [len(COLUMNS)] * 3
    assert [row[:5] for row in rows[1:]] == [["namn", "", "Test\0by", "a", "Ett\0\x01mått"]] * 2
