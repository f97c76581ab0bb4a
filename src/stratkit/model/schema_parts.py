"""How each kind of value in a strategy file looks to an editor that checks it by JSON Schema.

stratkit reads every scalar as the text the user wrote and parses it itself (see numbers and
model), while an editor reads YAML 1.2 and sees numbers, booleans and strings. So each
fragment accepts every spelling stratkit accepts, whichever type the editor infers, and
nothing more where that can be said in JSON Schema: a red squiggle for a value that
`stratkit validate` accepts would teach users to ignore the squiggles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stratkit.model.values import MAX_MAGNITUDE, YEAR_MAX, YEAR_MIN

JsonSchema = dict[str, Any]

# Written as regex escapes, so the schema file shows no invisible or look-alike characters.
_SPACES = " \\u00a0\\u202f\\u2009"
_SIGN = "[+\\-\\u2212\\u2013]?"
# Mirrors numbers.parse_number: grouped thousands ("32 000"), plain digits with a decimal
# point or comma, and an exponent; any minus sign counts, as parse_number reads them all as
# '-'; "32,000" is refused there as ambiguous, so here too.
_NUMBER_TEXT = (
    f"^\\s*(?!{_SIGN}[1-9]\\d{{0,2}},\\d{{3}}\\s*$){_SIGN}"
    f"(?:\\d{{1,3}}(?:[{_SPACES}]\\d{{3}})+(?:[.,]\\d+)?"
    f"|(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE]{_SIGN}\\d+)?)\\s*$"
)
_YEAR_TEXT = "^\\s*(?:19\\d\\d|20\\d\\d|2100)\\s*$"

TEXT: JsonSchema = {"type": ["string", "number", "boolean"]}

# true/false as YAML 1.2 sees them, or as words in Swedish and Finnish (ja/nej, kyllä/ei).
FLAG: JsonSchema = {
    "anyOf": [
        {"type": "boolean"},
        {
            "type": "string",
            "pattern": "^(?:[Tt]rue|[Ff]alse|[Yy]es|[Nn]o|[Jj]a|[Nn]ej|[Kk]yllä|[Ee]i|on|off)$",
        },
    ],
}

NUMBER: JsonSchema = {
    "anyOf": [
        {"type": "number", "exclusiveMinimum": -MAX_MAGNITUDE, "exclusiveMaximum": MAX_MAGNITUDE},
        {"type": "string", "pattern": _NUMBER_TEXT},
    ],
    "examples": [32000, "32 000", "1,7"],
}

YEAR: JsonSchema = {
    "anyOf": [
        {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
        {"type": "string", "pattern": _YEAR_TEXT},
    ],
}

# Keys of `actual` are years; a JSON Schema sees every mapping key as a string.
YEAR_KEY: JsonSchema = {"pattern": _YEAR_TEXT}

DATE: JsonSchema = {
    "anyOf": [
        {"type": "string", "pattern": "^\\s*\\d{4}(?:-\\d{2}(?:-\\d{2})?)?\\s*$"},
        {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
    ],
    "examples": ["2024-02-12", "2019-04", 2026],
}

SLUG: JsonSchema = {
    "anyOf": [
        {"type": "string", "pattern": "^[a-z0-9åäö]+(?:[-_][a-z0-9åäö]+)*$"},
        {"type": "integer", "minimum": 0},
    ],
    "examples": ["trivsam-omgivning"],
}

COUNTRY: JsonSchema = {"type": "string", "pattern": "^\\s*[A-Z]{2}\\s*$", "examples": ["SE", "FI"]}


def whole(minimum: int) -> JsonSchema:
    """A whole number of at least `minimum` (0 or 1), as a YAML number or as digits in text."""
    if minimum not in (0, 1):
        raise ValueError("a text pattern is written only for minimum 0 or 1")
    digits = "\\d+" if minimum == 0 else "0*[1-9]\\d*"
    return {
        "anyOf": [
            {"type": "integer", "minimum": minimum},
            {"type": "string", "pattern": f"^\\s*{digits}\\s*$"},
        ],
    }


def choice(spellings: Iterable[str]) -> JsonSchema:
    """One of the given words, in any letter case, as stratkit's choice parser accepts them.

    The enum gives editors the words to complete; the pattern lets 'Pågår' or 'Öka' pass,
    since stratkit compares without regard to case.
    """
    words = list(dict.fromkeys(spellings))
    anycase = "|".join(_anycase(word) for word in words)
    return {
        "anyOf": [
            {"enum": words},
            {"type": "string", "pattern": f"^\\s*(?:{anycase})\\s*$"},
        ],
    }


def _anycase(word: str) -> str:
    # JSON Schema regular expressions have no case-insensitive flag.
    parts = []
    for char in word:
        if char.lower() != char.upper():
            parts.append(f"[{char.lower()}{char.upper()}]")
        elif char.isalnum():
            parts.append(char)
        else:
            parts.append("\\" + char if char in "\\^$.|?*+()[]{}-" else char)
    return "".join(parts)
