"""The fast path (fastread + fastcheck) and the exact path (yamlread) give the same reports.

The fast reader is trusted only for files whose keys and data pass (what the checks find is
then placed by nodeslots); these tests feed both paths every fixture, every example and a
list of traps where a YAML 1.2 reader and ours part ways, and require identical reports:
diagnostics, quoted lines and the validated strategy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.reading.fast_reader import fast_parse, suspect
from stratkit.validation.fast_path import check_clean_file
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import CheckOptions, FileReport
from tests.conftest import FIXTURES, ROOT, files_in, read_year

FILES = sorted([*files_in(FIXTURES, "*/*.yaml"), *files_in(ROOT / "strategies")])
MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
# Valid files made of what the fast reader leaves to the exact one (`code: 08`).
EXACT_ONLY = {"yaml11_traps.yaml"}


def both(raw: bytes, options: CheckOptions | None = None) -> tuple[FileReport, FileReport]:
    return check_bytes("f.yaml", raw, options, fast=True), check_bytes(
        "f.yaml", raw, options, fast=False
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixtures_and_examples_agree(path: Path) -> None:
    fast, exact = both(path.read_bytes(), CheckOptions(year=read_year(path)))
    assert fast == exact


@pytest.mark.parametrize(
    "path",
    [
        *(p for p in files_in(FIXTURES / "valid") if p.name not in EXACT_ONLY),
        *files_in(ROOT / "strategies"),
    ],
    ids=lambda p: p.name,
)
def test_clean_files_take_the_fast_path(path: Path) -> None:
    # Otherwise the agreement above would hold trivially.
    assert fast_parse(path.read_text(encoding="utf-8-sig")) is not None


def with_line(extra: str, before: str = "goals:") -> bytes:
    return MINIMAL.replace(before, extra + "\n" + before, 1).encode()


TRAPS = {
    # YAML 1.2 numbers our number rules refuse or read otherwise
    "hex value": "x-a: 1\nstrategy2: 0x1A",
    "octal code": "municipality2: {code: 0o17}",
    "underscore number": "budget2: 1_000",
    "plus year": "x-b: {year: +2020}",
    # typed scalars where text is wanted
    "bool title": "x-c: true",
    "leading zero id": "x-d: 08",
    # a year as a date is a number to the fast reader: only when written as plain digits
    "year as date": "  adopted: 2024",
    "zero-padded year as date": "  adopted: 02024",
    "zero-padded year, spaced": "  adopted:    02024",
    "zero-padded year on the next line": "  adopted:\n    02024",
    "zero-padded year in a flow mapping": "initiatives:\n  - {id: a, title: A, date: 02024}",
    "negative year as date": "initiatives:\n  - {id: a, title: A, date: -2024}",
    "year as float date": "initiatives:\n  - {id: a, title: A, date: 2024.0}",
    # reader problems hidden in an extension value, which nothing validates
    "alias in extension": "x-e: &a [1]\nx-f: *a",
    "tag in extension": "x-g: !rubrik text",
    "empty key in extension": "x-h: {~: 1}",
    "list key in extension": "x-i: {[a, b]: 1}",
    "deep extension": "x-j: " + "[" * 70 + "]" * 70,
    "deep block extension": "x-k:\n" + "".join("  " * i + "- \n" for i in range(1, 40)),
    "duplicate in extension": "x-l: {a: 1, a: 2}",
    "unicode duplicate": "x-m: {\u00e5: 1, a\u030a: 2}",
    "second document": "x-n: 1\n---\nx-o: 2",
    "directive": "%YAML 1.2\n---",
    "combining escape": 'x-p: "a\\u030a"',
    "nul escape": 'x-q: "\\0"',
    # NEL, LS and PS are line breaks to PyYAML (YAML 1.1) and text to yaml-rs (YAML 1.2)
    "next line in text": 'x-r: "a\u0085b"\nstrategy3: "a\u2028b"',
    "next line in comment": "# a\u0085b: c\nx-s: 1",
    # keys the fast reader types apart but the exact reader reads as the same text
    "number key written twice": "x-u: {2024: 12, '2024': 13}",
    "bool key written twice": 'x-t: {true: x, "true": y}',
}


@pytest.mark.parametrize("extra", TRAPS.values(), ids=list(TRAPS))
def test_traps_agree(extra: str) -> None:
    raw = (extra + "\n" + MINIMAL).encode() if extra.startswith("%") else with_line(extra)
    fast, exact = both(raw)
    assert fast == exact


@pytest.mark.parametrize(
    "text",
    [
        "municipality: {name: Nordby, country: NO, code: 08}\nstrategy: {title: on}\n",
        "municipality: {name: N, country: SE}\nstrategy: {title: T, adopted: 2024-02-12}\n",
        "municipality: {name: N, country: SE}\nstrategy: {title: T}\n"
        "initiatives:\n  - {id: a, title: A, date: 2026}\n",
        "municipality: {name: N, country: SE}\nstrategy: {title: T}\n"
        "indicators:\n  - {id: a, title: A, direction: increase, actual: {2020: 08, 2021: 1.50}}\n",
        "municipality:\r\n  name: Kask\u00f6\r\n  country: FI\r\nstrategy:\r\n  title: >-\r\n"
        "    one\r\n    two\r\n",
        "\ufeffmunicipality: {name: N, country: SE}\nstrategy: {title: 'it''s'}\n",
        "municipality: {name: Kaska\u0308, country: SE}\nstrategy: {title: T}\n",
    ],
)
def test_yaml_1_1_and_encoding_traps_agree(text: str) -> None:
    fast, exact = both(text.encode("utf-8"), CheckOptions(year=2026))
    assert fast == exact


# Found by a review with differential fuzzing: each read differently by the two readers.
REVIEWED = {
    "explicit key in a flow list": (
        "    title: Ett mål\n",
        "    title: Ett mål\n    actions: [?Ny]\n",
    ),
    "quoted key, space before colon": ("{2022: 12}", "{2022: 12, '2022' : 13}"),
    "quoted key, no space after colon": ("{2022: 12}", "{2022: 12, '2022':13}"),
    "explicit quoted key": (
        "    actual: {2022: 12}",
        "    actual:\n      2022: 12\n      ? '2022'\n      : 13",
    ),
    "flow key over two lines": ("{2022: 12}", "{2022: 12,\n      2025\n       : 13}"),
    "bare tag": ("title: Ett mål", "title: !"),
    "bare tag before text": ("title: Ett mål", "title: ! Ett mål"),
}


@pytest.mark.parametrize("change", REVIEWED.values(), ids=list(REVIEWED))
@pytest.mark.parametrize("year", [2026, None])
def test_reviewed_traps_agree(change: tuple[str, str], year: int | None) -> None:
    old, new = change
    assert old in MINIMAL
    raw = MINIMAL.replace(old, new, 1).encode()
    fast, exact = both(raw, CheckOptions(year=year))
    assert fast == exact


@pytest.mark.parametrize("ending", ["", "   ", "\n   "])
def test_a_block_scalar_ending_the_file_agrees(ending: str) -> None:
    body = MINIMAL.replace("strategy:\n  title: Teststrategi\n", "")
    raw = (body + "strategy:\n  title: >\n    Teststrategi" + ending).encode()
    fast, exact = both(raw, CheckOptions(year=2026))
    assert fast == exact
    assert fast.strategy is not None


def test_a_year_written_twice_once_quoted_is_one_key_to_both_readers() -> None:
    # Clean but for that, so only the readers decide: the fast one types 2022 and '2022'
    # apart, the exact one reads both as the text "2022" (STK102).
    raw = MINIMAL.replace("actual: {2022: 12}", "actual: {2022: 12, '2022': 13}").encode()
    fast, exact = both(raw)
    assert [d.code for d in exact.diagnostics] == ["STK102"]
    assert fast == exact


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1",
        "a: *x",
        "- !tag x",
        "%YAML 1.2",
        "---\na: 1",
        "a: 0x1A",
        "a: 1_000",
        "a: 30419_",  # a typing slip found by test_damaged_real_files
        "a: _5",
        "a: [+5]",
        "a:\tb",
        "a: \x07",
        " " * 60 + "a: 1",
        "- " * 40 + "x",
        # flow collections that may go on past a line: each kind of imbalance, including
        # one that balances only with its comment, and pairs of the wrong kinds
        "a: {2024\n  B: 5}",
        "a: [1,\n  2]",
        "a: {x: 1 # }",
        "a: {x]\nb: [y}",
        "a: {x: [1, 2}\nb: ]",
        "a: 1 }\nb: {",
        "a: |\nb: >\n\n  \n",  # an empty block scalar ending the file
    ],
)
def test_suspect_sends_risky_text_to_the_exact_reader(text: str) -> None:
    assert suspect(text)


@pytest.mark.parametrize(
    "text",
    [
        "title: R&D och 5*3!",
        "# 2012: +31 personer, &x *y !z ---\ntitle: x",
        "code: '0231'",
        "unit: '%'",
        "id: ind_01",
        "a: {year: 2020, value: [1, {b: 2}]}  # {x} [y]\nb: [c]",
        "a: |\n  text\n\n",
    ],
)
def test_suspect_lets_ordinary_text_through(text: str) -> None:
    assert not suspect(text)


def test_without_yaml_rs_everything_takes_the_exact_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import stratkit.reading.fast_reader

    monkeypatch.setattr(stratkit.reading.fast_reader, "yaml_rs", None)
    assert fast_parse(MINIMAL) is None
    report = check_bytes("f.yaml", MINIMAL.encode())
    assert report.diagnostics == ()
    assert report.strategy is not None


def placed_by_nodeslots(path: Path) -> bool:
    text = path.read_bytes().decode("utf-8", "replace")
    report = check_clean_file("f.yaml", text, CheckOptions(year=read_year(path)))
    return report is not None and bool(report.diagnostics)


def test_findings_of_the_checks_are_placed_without_the_exact_reader() -> None:
    """Files whose only findings come from the checks keep the fast reading (the agreement
    of both paths on them is tested above), unless a value needs the exact reader's text."""
    placed = {p.name for p in FILES if placed_by_nodeslots(p)}
    assert {
        "kasko.yaml",
        "kristinehamn.yaml",  # `date: 2012`, a number to the fast reader
        "overdue_values.yaml",
        "unknown_goal.yaml",
        "future_year.yaml",
    } <= placed
