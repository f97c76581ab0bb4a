"""`status --format json|csv` made of one part per strategy (reporters.status.json_parts,
csv_parts): the bytes the normal renderers write of the whole report, for every example and
fixture strategy, judged every way the options allow."""

from __future__ import annotations

import json

import pytest

from stratkit.model.choices import Language, Method
from stratkit.model.strategy import StrategyFile
from stratkit.progress.rollup import status_report, strategy_status
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import csv as status_csv
from stratkit.reporters.status import csv_parts, json_parts
from stratkit.reporters.status import json as status_json
from stratkit.validation.one_file import check_file
from stratkit.validation.products import Product
from stratkit.validation.status import StatusParts
from tests.conftest import FIXTURES, ROOT

# (as_of, method, today): as written, as of a year inside and after the periods, each
# method forced, and a calendar that has left every period behind.
JUDGED = [
    (None, None, None),
    (None, None, 2040),
    (2012, Method.CAGR, None),
    (2021, Method.LINEAR, 2026),
    (2025, None, 2026),
]


def usable_strategies() -> list[tuple[str, StrategyFile]]:
    """Every example and every fixture that status would show (files with only warnings
    too), named after the file as status names them."""
    paths = [*sorted((ROOT / "strategies").glob("*.yaml")), *sorted(FIXTURES.rglob("*.yaml"))]
    found = []
    for path in paths:
        strategy = check_file(path).usable
        if strategy is not None:
            found.append((f"{path.parent.name}-{path.stem}", strategy))
    assert len(found) >= 20, "the comparison would cover too little"
    return found


STRATEGIES = usable_strategies()


def text(render: object, parts: StatusParts, options: RenderOptions) -> str:
    """A renderer's output as one text (a renderer of parts gives it piece by piece)."""
    rendered = render(parts, options)  # type: ignore[operator]
    assert not isinstance(rendered, str)
    return "".join(rendered)


def parts_of(
    maker: object, as_of: int | None, method: Method | None, today: int | None
) -> StatusParts:
    product = Product.of(maker, as_of, method, today)  # type: ignore[arg-type]
    return StatusParts(as_of, method, tuple((n, product.make(s)) for n, s in STRATEGIES))


@pytest.mark.parametrize(("as_of", "method", "today"), JUDGED, ids=str)
def test_joined_json_parts_are_the_dumped_dict_of_the_normal_renderer(
    as_of: int | None, method: Method | None, today: int | None
) -> None:
    report = status_report(STRATEGIES, as_of, method, today)
    expected = json.dumps(status_json.to_dict(report), ensure_ascii=False, indent=2) + "\n"
    joined = text(
        json_parts.render, parts_of(json_parts.part, as_of, method, today), RenderOptions()
    )
    assert joined == expected
    # and one strategy at a time, which finds a difference in the strategy that has it
    for name, strategy in STRATEGIES:
        alone = status_report([(name, strategy)], as_of, method, today)
        made = StatusParts(
            as_of, method, ((name, json_parts.part(as_of, method, today, strategy)),)
        )
        assert text(json_parts.render, made, RenderOptions()) == status_json.render(
            alone, RenderOptions()
        ), name


@pytest.mark.parametrize(("as_of", "method", "today"), JUDGED, ids=str)
def test_joined_csv_parts_are_the_normal_renderers_csv(
    as_of: int | None, method: Method | None, today: int | None
) -> None:
    report = status_report(STRATEGIES, as_of, method, today)
    options = RenderOptions()
    plain = parts_of(csv_parts.part, as_of, method, today)
    assert text(csv_parts.render, plain, options) == status_csv.render(report, options)


def test_no_strategy_at_all_is_an_empty_document() -> None:
    empty = status_report([])
    parts = StatusParts(None, None, ())
    options = RenderOptions()
    assert text(json_parts.render, parts, options) == status_json.render(empty, options)
    assert text(csv_parts.render, parts, options) == status_csv.render(empty, options)


def with_method(strategy: StrategyFile, method: Method) -> StrategyFile:
    indicators = [i.model_copy(update={"method": method}) for i in strategy.indicators]
    return strategy.model_copy(update={"indicators": indicators})


@pytest.mark.parametrize(
    ("methods", "top"),
    [((Method.CAGR,), "cagr"), ((Method.LINEAR, Method.CAGR), None), ((), "linear")],
    ids=str,
)
def test_the_top_method_is_the_one_every_part_shares(
    methods: tuple[Method, ...], top: str | None
) -> None:
    """The document's `method` needs every strategy's methods, which the parts carry."""
    name, strategy = next((n, s) for n, s in STRATEGIES if len(s.indicators) > 1)
    strategies = [(f"{name}-{m}", with_method(strategy, m)) for m in methods]
    expected = status_json.render(status_report(strategies), RenderOptions())
    made = tuple((n, json_parts.part(None, None, None, s)) for n, s in strategies)
    joined = text(json_parts.render, StatusParts(None, None, made), RenderOptions())
    assert joined == expected
    assert json.loads(joined)["method"] == top


def test_a_part_is_one_line_of_a_cache_entry_after_its_language() -> None:
    for _, strategy in STRATEGIES:
        for maker in (json_parts.part, csv_parts.part):
            made = maker(None, None, None, strategy)
            assert "\n" not in made
            assert made.startswith(f"{strategy.language.value}\t")


def test_not_a_number_is_an_empty_cell_as_pandas_writes_it() -> None:
    from dataclasses import replace

    strategy = next(s for _, s in STRATEGIES if s.indicators)
    assessment = strategy_status("", strategy).assessments[0]
    broken = replace(assessment, verdict=replace(assessment.verdict, pace=float("nan")))
    cells = status_csv.indicator_cells(broken, "Testby")
    assert cells[status_csv.COLUMNS.index("pace") - 1] is None


def test_product_names_hold_every_argument() -> None:
    """A cache entry with a part is keyed on the product's name: two parts that could
    differ must never share one."""
    makers = [json_parts.part, csv_parts.part]
    arguments = [
        (None, None, None),
        (2021, None, None),
        (2022, None, None),
        (None, Method.CAGR, None),
        (None, Method.LINEAR, None),
        (None, None, 2026),
        (None, None, 2027),
    ]
    names = {Product.of(m, *a).name for m in makers for a in arguments}
    assert len(names) == len(makers) * len(arguments)


def test_the_parts_do_not_depend_on_the_language_asked_for() -> None:
    """--lang is not in a part's name: JSON and CSV hold codes, never labels, so the
    renderers ignore the language they are given (as the normal renderers do)."""
    report = status_report(STRATEGIES)
    json_made = parts_of(json_parts.part, None, None, None)
    csv_made = parts_of(csv_parts.part, None, None, None)
    unset = RenderOptions()
    for language in Language:
        options = RenderOptions(language=language)
        assert status_json.render(report, options) == status_json.render(report, unset)
        assert status_csv.render(report, options) == status_csv.render(report, unset)
        assert text(json_parts.render, json_made, options) == text(
            json_parts.render, json_made, unset
        )
        assert text(csv_parts.render, csv_made, options) == text(csv_parts.render, csv_made, unset)


def test_a_product_reaches_spawned_workers() -> None:
    """Where workers are spawned (macOS, Windows), the product is pickled to them."""
    import pickle

    strategy = next(s for _, s in STRATEGIES if s.indicators)
    product = Product.of(json_parts.part, 2021, Method.CAGR, 2026)
    copy = pickle.loads(pickle.dumps(product))
    assert (copy.name, copy.make(strategy)) == (product.name, product.make(strategy))
