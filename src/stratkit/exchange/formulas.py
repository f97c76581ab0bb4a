"""Text a spreadsheet would run as a formula, made harmless on the way out and restored on
the way back in.

The one rule for every output that a spreadsheet may open (reporters/text/safe.csv_cell,
reporters/text/spreadsheet) and for reading a sheet back (exchange/read_back).
"""

from __future__ import annotations

import re

# A spreadsheet starts a formula at these (tab and carriage return: OWASP's CSV injection
# list, since some programs strip them first).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Text that is a number as a person types it (a sign, digits with spaces, a decimal point or
# comma, an exponent): left alone, so that "-12" stays a number.
_NUMBER = re.compile(r"[+-]?\d[\d \u00a0]*(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def neutralise(text: str) -> str:
    """`text` so that a spreadsheet shows it instead of running it: a formula-like cell gets
    a leading apostrophe, which Excel and LibreOffice take as "this is text"."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """What `neutralise` was given: a cell read back from a spreadsheet."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
