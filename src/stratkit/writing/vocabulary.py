"""The words a file is written in: a Swedish file gets Swedish keys, a Finnish one Finnish.

A file's language for keys is read from the keys it already uses (not from `language:`,
which names the language of its texts): Kaskö's file writes `nytta` and `förverkligats`
beside English `id` and `unit`, so a new key there is Swedish.
"""

from __future__ import annotations

from collections import Counter

from stratkit.model import vocabulary as words

SV, FI, EN = "sv", "fi", "en"


def _telling() -> dict[str, str]:
    """Every key that gives a file's vocabulary away: a Swedish or Finnish spelling that is
    not also English or the other language's (`status`, `id`, `motto` tell nothing)."""
    tables = [*words.KEYS.items(), *((key, found) for (_, key), found in words.PART_KEYS.items())]
    english = {key for key, _ in tables}
    spelled: dict[str, set[str]] = {}
    for _key, found in tables:
        for language in (SV, FI):
            for word in found.of(language):
                spelled.setdefault(word, set()).add(language)
    return {
        word: next(iter(languages))
        for word, languages in spelled.items()
        if len(languages) == 1 and word not in english
    }


_KNOWN = _telling()


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


def yes(language: str) -> str:
    """ "true" as a file of `language` writes it beside its own keys: ja, kyllä, true."""
    return {"sv": "ja", "fi": "kyllä"}.get(language, "true")


def actual_key(language: str) -> str:
    """The key an indicator's reported values go under in a file of `language`."""
    return words.spelling("Indicator", "actual", language)
