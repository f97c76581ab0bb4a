"""Slips in one line are reported at that line, whichever line the YAML reader stopped at."""

from __future__ import annotations

import pytest

from stratkit.reading.yaml_reader import parse

INDICATOR = """\
indikatorer:
  - id: ind
    mätare: Antal
"""


@pytest.mark.parametrize(
    ("lines", "place", "message", "hint"),
    [
        (  # the first year is the one off: the others show the column
            "    förverkligats:\n        2023: 1\n      2024: 2\n      2025: 3\n",
            (5, 9),
            "the year 2023 is indented further than the other years under 'förverkligats:'",
            "move the line to the left, so that '2023:' starts in column 7 like '2024:' on line 6",
        ),
        (  # two years, one further in: the nearest column under the key is the right one
            "    toteuma:\n        2023: 1\n      2024: 2\n",
            (5, 9),
            "the year 2023 is indented further than the other years under 'toteuma:'",
            "move the line to the left, so that '2023:' starts in column 7 like '2024:' on line 6",
        ),
        (  # a comment between the years does not end them
            "    actual:\n      2023: 1\n      # prel.\n        2024: 2\n      2025: 3\n",
            (7, 9),
            "the year 2024 is indented further than the other years under 'actual:'",
            "move the line to the left, so that '2024:' starts in column 7 like '2025:' on line 8",
        ),
        (  # a list item's key without ':' is noticed as the next line's indentation
            "  - id centrum\n    nytta: Y\n",
            (4, 7),
            "a ':' is missing after 'id'",
            "write id: centrum",
        ),
        (  # the first item of a list, its dash without a space
            "satsningar:\n  -id: c\n  - id: d\n",
            (5, 3),
            "a '-' that starts a list item must be followed by a space",
            "write - id: c",
        ),
        (  # a tab among the spaces, not at the start
            "    enhet: st\n  \t  riktning: öka\n",
            (5, 3),
            "a tab character is used for indentation; YAML allows only spaces",
            "replace the tab with spaces (most editors can show tabs as '→')",
        ),
    ],
)
def test_the_slip_is_told_at_its_own_line(
    lines: str, place: tuple[int, int], message: str, hint: str
) -> None:
    [problem] = parse(INDICATOR + lines).problems
    assert (problem.code, problem.span.line, problem.span.column) == ("STK101", *place)
    assert (problem.message, problem.hint) == (message, hint)


def test_text_running_on_at_the_keys_column_is_not_taken_for_a_key() -> None:
    [problem] = parse(INDICATOR + "    i centrum\n    riktning: öka\n").problems
    assert (problem.span.line, problem.message) == (
        4,
        "a line is neither 'key: value' nor a list item",
    )
