"""The headings of the exported sheets, in three languages, and how to read them back.

Export writes the headings in the file's language; import accepts the headings and status
words of every language, so a sheet can come back from anyone.
"""

from __future__ import annotations

from stratkit.exchange.read_back import Vocabulary
from stratkit.model.choices import InitiativeStatus, Language
from stratkit.reporters.words.labels import COLUMNS, INITIATIVE

# The hidden identifying columns, first on every sheet (1-based column numbers).
FILE, ID = 1, 2
INDICATOR_KEYS = ("indicator", "metric", "baseline", "target")
INITIATIVE_KEYS = ("initiative", "goal", "date", "status")

_PROMPTS: dict[Language, dict[str, tuple[str, str]]] = {
    Language.SV: {
        "decimal": ("Inte ett tal", "Skriv ett tal, till exempel 30381 eller 1,7."),
        "status": ("Okänd status", "Välj en status i listan: {choices}."),
    },
    Language.FI: {
        "decimal": ("Ei luku", "Kirjoita luku, esimerkiksi 30381 tai 1,7."),
        "status": ("Tuntematon tila", "Valitse tila luettelosta: {choices}."),
    },
    Language.EN: {
        "decimal": ("Not a number", "Type a number, for example 30381 or 1.7."),
        "status": ("Unknown status", "Choose a status from the list: {choices}."),
    },
}


def indicator_headers(language: Language, years: list[int]) -> list[str]:
    words = COLUMNS[language]
    actual = words["actual"]
    return ["file", "id", *(words[k] for k in INDICATOR_KEYS), *(f"{actual} {y}" for y in years)]


def initiative_headers(language: Language) -> list[str]:
    words = COLUMNS[language]
    return ["file", "id", *(words[k] for k in INITIATIVE_KEYS)]


def prompts(language: Language) -> dict[str, tuple[str, str]]:
    return _PROMPTS[language]


def vocabulary() -> Vocabulary:
    """Every heading and status word of every language, for reading a sheet back."""
    headings: dict[str, str] = {"file": "file", "id": "id"}
    statuses: dict[str, str] = {s.value: s.value for s in InitiativeStatus}
    for language in Language:
        words = COLUMNS[language]
        for key in (*INDICATOR_KEYS, *INITIATIVE_KEYS, "actual"):
            headings.setdefault(words[key].casefold(), key)
        for status, word in INITIATIVE[language].items():
            if status is not None:
                statuses[word.casefold()] = status.value
    # Headings of sheets exported before issue 11 renamed them, so that those still come back.
    for word, key in _EARLIER.items():
        headings.setdefault(word, key)
    # "Tavoite" is a Finnish goal and target; on an initiatives sheet it is the goal.
    return Vocabulary(headings, statuses)


_EARLIER = {"initiativ": "initiative", "toimenpide": "initiative", "päivä": "date"}
