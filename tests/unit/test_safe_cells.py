"""safe.csv_cell's shortcut for ordinary text gives what the whole rule gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stratkit.exchange.formulas import neutralise
from stratkit.reporters.text import safe

# Every character any of the rules looks at, among ordinary ones.
_TOUCHY = "\x00\x07\t\n\x0b\x0c\r\x1b\x7f\x85\x9b\u061c\u200e\u2028\u2029\u202e\u2066:#[=+-@ a1,.'"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TOUCHY) | st.characters(), max_size=12))
def test_a_cell_is_the_whole_rule_applied(text: str) -> None:
    assert safe.csv_cell(text) == neutralise(safe.one_line(text))


def test_the_cells_that_change() -> None:
    assert safe.csv_cell("Andel förnybar energi") == "Andel förnybar energi"
    assert safe.csv_cell("=1+2") == "'=1+2"
    assert safe.csv_cell("-12") == "-12"
    assert safe.csv_cell("a\nb") == "a b"
    assert safe.csv_cell("::error::x") == "\u200b::error::x"
    assert safe.csv_cell("x\x1b[2J") == "x\u241b[2J"
    assert safe.csv_cell(30181) == 30181
