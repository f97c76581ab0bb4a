from __future__ import annotations

from stratkit.model.choices import Language
from stratkit.reporters.text.numbers import NBSP, number, percent, sparkline


def test_swedish_and_finnish_numbers() -> None:
    for language in (Language.SV, Language.FI):
        assert number(32000, language) == f"32{NBSP}000"
        assert number(1.7, language) == "1,7"
        assert number(1_700_000.25, language) == f"1{NBSP}700{NBSP}000,25"
        assert percent(0.826, language) == f"83{NBSP}%"


def test_english_numbers() -> None:
    assert number(32000, Language.EN) == "32,000"
    assert number(1.7, Language.EN) == "1.7"
    assert percent(0.826, Language.EN) == "83%"


def test_signs_rounding_and_zero() -> None:
    assert percent(-0.1241, Language.SV) == f"-12{NBSP}%"
    assert percent(0.0002, Language.SV, decimals=2, signed=True) == f"+0,02{NBSP}%"
    assert number(-0.001, Language.SV) == "0"
    assert number(5.0, Language.SV) == "5"


def test_sparkline() -> None:
    assert sparkline([]) == ""
    assert sparkline([3, 3]) == "▄▄"
    assert sparkline([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█"
    assert len(sparkline(list(range(30)))) == 10
