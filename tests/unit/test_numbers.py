from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratkit.model import values as numbers
from stratkit.model.values import ValueProblem, parse_number, parse_whole, parse_year


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("32000", 32000),
        ("32 000", 32000),
        ("32\u00a0000", 32000),  # no-break space
        ("32\u202f000", 32000),  # narrow no-break space
        ("32\u2009000", 32000),  # thin space
        ("1 700 000", 1700000),
        ("1,7", 1.7),
        ("1.7", 1.7),
        ("0,125", 0.125),
        ("-3", -3),
        ("\u22123", -3),  # minus sign
        ("\u20133,5", -3.5),  # en dash, as Word writes a minus
        ("+4", 4),
        ("1e3", 1000.0),
        ("32 000,5", 32000.5),
        (" 12 ", 12),
        (7, 7),
        (2.5, 2.5),
    ],
)
def test_numbers_as_typed_in_sweden_and_finland(written: object, number: float) -> None:
    parsed = parse_number(written)
    assert parsed == number
    assert type(parsed) is type(number)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("tjugo", "STK201"),
        ("12 %", "STK201"),
        ("32,000", "STK201"),  # ambiguous between languages
        ("1,700,000", "STK201"),
        ("3 2", "STK201"),
        ("", "STK201"),
        (True, "STK201"),
        ([1], "STK201"),
        (".nan", "STK207"),
        (".inf", "STK207"),
        ("-.inf", "STK207"),
        (float("nan"), "STK207"),
        ("1e400", "STK207"),
        (10**20, "STK207"),
    ],
)
def test_what_is_not_clearly_a_number_is_refused(written: object, code: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_number(written)
    assert caught.value.code == code
    assert caught.value.hint


def test_ambiguous_comma_hint_offers_both_readings() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_number("1,246")
    assert (
        caught.value.hint
        == 'write "1 246" for 1246, or 1.246 (with a point) for the decimal number'
    )
    assert "1,246" in caught.value.message


@pytest.mark.parametrize("written", ["2025", 2025, " 1900 ", "2100"])
def test_years(written: object) -> None:
    assert parse_year(written) == int(str(written))


@pytest.mark.parametrize(
    "written", ["1899", "2101", "10000", "-2024", "2024.0", "20 24", "", None, True]
)
def test_bad_years(written: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_year(written)
    assert caught.value.code == "STK202"


def test_whole_numbers_have_a_minimum() -> None:
    assert parse_whole("3", minimum=1) == 3
    assert parse_whole("2.0", minimum=0) == 2
    with pytest.raises(ValueProblem, match="too small"):
        parse_whole("0", minimum=1)
    with pytest.raises(ValueProblem, match="not a whole number"):
        parse_whole("1,5", minimum=1)


_NUMBER_LIKE = st.text(alphabet="0123456789 ,.-+e\u00a0\u2212٣", max_size=14)


_SPELLED = st.from_regex(r"-?[0-9]{1,4}( [0-9]{3}){0,6}(,[0-9]{1,4})?", fullmatch=True)


@given(st.one_of(_NUMBER_LIKE, _SPELLED))
@settings(max_examples=400, deadline=None)
def test_the_shortcut_for_usual_numbers_agrees_with_the_general_rules(written: str) -> None:
    def outcome(parse: Callable[[str], object]) -> object:
        try:
            number = parse(written)
        except ValueProblem as problem:
            return (problem.code, problem.message, problem.hint)
        return (type(number), number)

    assert outcome(parse_number) == outcome(numbers._parse_text)
