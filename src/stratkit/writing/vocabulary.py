"""The words a file is written in: a Swedish file gets Swedish keys, a Finnish one Finnish.

A file's language for keys is read from the keys it already uses (not from `language:`,
which names the language of its texts): Kaskö's file writes `nytta` and `förverkligats`
beside English `id` and `unit`, so a new key there is Swedish.
"""

from __future__ import annotations

from collections import Counter

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
for _words in SPELLINGS.values():
    _KNOWN.setdefault(_words[1], SV)
    _KNOWN.setdefault(_words[2], FI)

# The key an indicator's reported values go under, per vocabulary, best first; the first
# one the model accepts is used (a Finnish spelling only once the format has one).
ACTUAL_KEYS: dict[str, tuple[str, ...]] = {
    SV: ("förverkligats", "actual"),
    FI: ("toteutunut", "actual"),
    EN: ("actual",),
}
_INDEX = {EN: 0, SV: 1, FI: 2}


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
    return SPELLINGS[name][_INDEX[language]]


def actual_key(language: str, accepted: dict[str, str]) -> str:
    return next(key for key in ACTUAL_KEYS[language] if accepted.get(key) == "actual")
