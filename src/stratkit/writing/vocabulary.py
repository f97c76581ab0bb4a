"""The words a file is written in: a Swedish file gets Swedish keys, a Finnish one Finnish.

A file's language for keys is read from the keys it already uses (not from `language:`,
which names the language of its texts): Kaskö's file writes `nytta` and `förverkligats`
beside English `id` and `unit`, so a new key there is Swedish.
"""

from __future__ import annotations

from collections import Counter

from stratkit.model import vocabulary as words
from stratkit.model.reported import SPELLINGS

SV, FI, EN = "sv", "fi", "en"

# Keys that give a file's vocabulary away, beyond those of a year's mapping.
_KNOWN: dict[str, str] = {
    "nytta": SV,
    "mätare": SV,
    "nuläge": SV,
    "målsättning": SV,
    "förverkligats": SV,
    "hämta": SV,
    "toteutunut": FI,
    "mittari": FI,
    "nykytila": FI,
    "tavoite": FI,
    "hyöty": FI,
    "hae": FI,
}
for _name in SPELLINGS:
    _found = words.words("Reported", _name)
    for _word in _found.sv if _found else ():
        _KNOWN.setdefault(_word, SV)
    for _word in _found.fi if _found else ():
        _KNOWN.setdefault(_word, FI)


def vocabulary(data: object) -> str:
    """sv, fi or en: the language most of the file's non-English keys are in."""
    found: Counter[str] = Counter()
    _count(data, found)
    if not found:
        return EN
    return found.most_common(1)[0][0]


def _count(data: object, found: Counter[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            language = _KNOWN.get(key) if isinstance(key, str) else None
            if language:
                found[language] += 1
            _count(value, found)
    elif isinstance(data, list):
        for item in data:
            _count(item, found)


def word(name: str, language: str) -> str:
    """The key for a part of a year's mapping (value, preliminary, women, men, note)."""
    return words.spelling("Reported", name, language)


def actual_key(language: str) -> str:
    """The key an indicator's reported values go under in a file of `language`."""
    return words.spelling("Indicator", "actual", language)
