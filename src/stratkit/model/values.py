"""Numbers and years as people in Sweden and Finland type them.

Strategy files are typed by hand, often copied from Word or Excel, so "32 000" (with an
ordinary, no-break or thin space), "1,7" and "−3" (U+2212) must read as numbers. What is not
clearly a number is refused rather than guessed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from stratkit.messages import Message, Written

YEAR_MIN = 1900
YEAR_MAX = 2100
# Beyond 2**53 a float can no longer hold every integer, so such values would silently change.
MAX_MAGNITUDE = 1e15

_SPACES = "\u0020\u00a0\u202f\u2009"
_MINUSES = "\u2212\u2013"  # minus sign, en dash (Word turns '-' into '–')
_GROUPED = re.compile(rf"^[+-]?\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?$")
_PLAIN = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$")
# "32,000" reads as 32.0 in Swedish but as 32000 in English: refuse rather than guess.
_AMBIGUOUS_COMMA = re.compile(r"^[+-]?[1-9]\d{0,2},\d{3}$")
# "32.000" and "30.381" are 32000 and 30381 to a Swedish or Finnish reader (a point between
# groups of three, as in Word and some statistics tables) but decimals in English.
AMBIGUOUS_POINT = re.compile(r"^[+-]?[1-9]\d{0,2}\.\d{3}$")
# Whether numbers are read for a Swedish or Finnish file, where that point is ambiguous too.
_NORDIC: ContextVar[bool] = ContextVar("stratkit_nordic_numbers", default=False)


@contextmanager
def numbers_of(language: str | None) -> Iterator[None]:
    """Read numbers as a file in `language` (sv and fi by default) is written."""
    token = _NORDIC.set(language in (None, "sv", "fi"))
    try:
        yield
    finally:
        _NORDIC.reset(token)


# The spellings almost every quoted number has ("32 000", "1,7", "-4"): read directly, with
# the same result as the general rules below (tests/unit/test_numbers.py compares the two).
_YEAR_TEXT = re.compile(r"-?\d{1,6}")
_USUAL = re.compile(r"-?(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?")
_NOT_FINITE = {".nan", ".inf", "-.inf", "+.inf", "nan", "inf", "-inf", "+inf", "infinity"}


class ValueProblem(ValueError):
    """A value that is not what the format allows; carries its diagnostic code and hint."""

    def __init__(self, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint


NUMBER_HINT = Message('write a number such as 32000, "32 000", 1.7 or "1,7"')


def parse_number(value: object) -> int | float:
    """Return the number a YAML value stands for, keeping whole numbers as int."""
    # The common case first, as cheaply as possible: a national run parses half a million.
    if type(value) is int and -MAX_MAGNITUDE < value < MAX_MAGNITUDE:
        return value
    if type(value) is float and -MAX_MAGNITUDE < value < MAX_MAGNITUDE:
        return value  # NaN and infinities fail the comparison and are refused below
    if isinstance(value, bool):
        raise ValueProblem("STK201", _not_a_number(value), NUMBER_HINT)
    if isinstance(value, int):
        return _checked(value, value)
    if isinstance(value, float):
        return _checked(value, value)
    if not isinstance(value, str):
        message = Message("expected a number, found {found}", found=describe(value))
        raise ValueProblem("STK201", message, NUMBER_HINT)
    if _USUAL.fullmatch(value) and not _AMBIGUOUS_COMMA.match(value):
        text = value.replace(" ", "")
        if "," in text:
            return _checked(float(text.replace(",", ".")), value)
        return _checked(int(text), value)
    return _parse_text(value)


def _parse_text(value: str) -> int | float:
    """The general rules for a number written as text."""
    text = value.strip()
    for minus in _MINUSES:
        text = text.replace(minus, "-")
    if text.lower() in _NOT_FINITE:
        raise ValueProblem("STK207", _not_finite(value), Message("write the value as a number"))
    if _AMBIGUOUS_COMMA.match(text):
        whole, _, frac = text.partition(",")
        message = Message(
            "{value} is ambiguous: a decimal comma in Swedish and Finnish, a thousands "
            "separator in English",
            value=_show(value),
        )
        if _NORDIC.get():  # where 1.246 is ambiguous as well
            hint = _both_readings(whole, frac)
        else:
            hint = Message(
                'write "{whole} {frac}" for {whole}{frac}, or {whole}.{frac} (with a point) '
                "for the decimal number",
                whole=whole,
                frac=frac,
            )
        raise ValueProblem("STK201", message, hint)
    if _NORDIC.get() and AMBIGUOUS_POINT.match(text):
        raise _ambiguous_point(value, text)
    if _GROUPED.match(text):
        text = re.sub(f"[{_SPACES}]", "", text)
    elif not _PLAIN.match(text):
        raise ValueProblem("STK201", _not_a_number(value), _number_hint(text))
    text = text.replace(",", ".")
    if "." in text or "e" in text or "E" in text:
        return _checked(float(text), value)
    return _checked(int(text), value)


def _ambiguous_point(value: str, text: str) -> ValueProblem:
    whole, _, frac = text.partition(".")
    return ValueProblem(
        "STK201",
        Message(
            "{value} is ambiguous: a thousands separator in Swedish and Finnish, a decimal "
            "point in English",
            value=_show(value),
        ),
        _both_readings(whole, frac),
    )


def _both_readings(whole: str, frac: str) -> Message:
    decimal = _decimal(whole, frac)
    if frac.rstrip("0") and len(frac.rstrip("0")) == 3:
        # "30,3810": people wonder about the zero, so the hint says why it is there.
        return Message(
            'write "{whole} {frac}" for {whole}{frac}, or {decimal} for the decimal number '
            '(the 0 at the end is on purpose: "{whole},{frac}" could also be read as '
            "{whole}{frac})",
            whole=whole,
            frac=frac,
            decimal=decimal,
        )
    return Message(
        'write "{whole} {frac}" for {whole}{frac}, or {decimal} for the decimal number',
        whole=whole,
        frac=frac,
        decimal=decimal,
    )


def _decimal(whole: str, frac: str) -> str:
    """The decimal number whole.frac written so that nobody can read it otherwise."""
    trimmed = frac.rstrip("0")
    if not trimmed:
        return whole
    if len(trimmed) < 3:
        return f'"{whole},{trimmed}"'
    return f'"{whole},{frac}0"'


def parse_year(value: object) -> int:
    if type(value) is int and YEAR_MIN <= value <= YEAR_MAX:
        return value  # the common case, decided as the general path below would
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueProblem(
            "STK202",
            Message("expected a year, found {found}", found=describe(value)),
            Message("write the year as 2025"),
        )
    text = str(value).strip()
    if not _YEAR_TEXT.fullmatch(text):
        raise ValueProblem(
            "STK202",
            Message("{value} is not a year", value=_show(value)),
            Message("write the year as four digits, e.g. 2025"),
        )
    year = int(text)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ValueProblem(
            "STK202",
            Message("year {year} is outside {low}-{high}", year=year, low=YEAR_MIN, high=YEAR_MAX),
            Message("check the year for a typing mistake"),
        )
    return year


def parse_whole(value: object, *, minimum: int) -> int:
    """A whole number such as a count or a publication lag."""
    number = parse_number(value)
    if isinstance(number, float):
        if not number.is_integer():
            raise ValueProblem(
                "STK201",
                Message("{value} is not a whole number", value=_show(value)),
                Message("write a whole number such as 3"),
            )
        number = int(number)
    if number < minimum:
        raise ValueProblem(
            "STK207",
            Message(
                "{number} is too small: the smallest allowed value is {minimum}",
                number=number,
                minimum=minimum,
            ),
            Message("write a whole number of at least {minimum}", minimum=minimum),
        )
    return number


def _checked(number: int | float, original: object) -> int | float:
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueProblem("STK207", _not_finite(original), Message("write the value as a number"))
    if abs(number) >= MAX_MAGNITUDE:
        raise ValueProblem(
            "STK207",
            Message("{value} is too large to be stored exactly", value=_show(original)),
            Message("check for a typing mistake; stratkit accepts numbers below 10^15"),
        )
    return number


def _number_hint(text: str) -> str:
    if re.search(r"\d", text) and re.search(r"[^\d\s.,+\-eE]", text):
        unit = Written((), "key", "unit", "Indicator")  # spelt as the file spells its keys
        return Message(
            "write only the number; put the unit (%, kr, invånare) under '{unit}:'", unit=unit
        )
    if text.count(",") > 1 or text.count(".") > 1:
        return Message('separate thousands with spaces ("1 700 000") and use one decimal comma')
    return NUMBER_HINT


def _not_a_number(value: object) -> Message:
    return Message("{value} is not a number", value=_show(value))


def _not_finite(value: object) -> Message:
    return Message("{value} is not a finite number", value=_show(value))


def _show(value: object) -> str:
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"'{text}'"


def describe(value: object) -> str:
    """A found value as a message names it: "nothing", "a list", or the text (shortened)."""
    if value is None:
        return Message("nothing")
    if isinstance(value, dict):
        return Message("a mapping")
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, str):
        return Message("the text {text}", text=_show(value))
    return _show(value)


def not_text(value: object, hint: Message, found: str | None = None) -> ValueProblem:
    """STK205 for a value that should be text: what was found (`found`, else described) and
    how to write it here."""
    shown = describe(value) if found is None else found
    return ValueProblem("STK205", Message("expected text, found {found}", found=shown), hint)
