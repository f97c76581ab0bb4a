"""The word a file would use for an initiative's status: its own spelling, in its own style.

A file that already writes `Pågår` for ongoing gets `Pågår` again. Otherwise the status is
written in the language the file's statuses are written in (followup_fi.yaml has Finnish
keys and English statuses), or, with no status yet, in the language of its keys, with the
capital first letter its statuses have (`Klar`, `Ej påbörjad`) when all of them have one.
"""

from __future__ import annotations

from collections import Counter

from stratkit.model import vocabulary as words
from stratkit.writing.places import INITIATIVES, items, key_for
from stratkit.writing.vocabulary import EN, FI, SV, vocabulary

_STATUSES = words.choices(words.STATUSES)


def written_statuses(data: object) -> list[str]:
    """Every status word the file's initiatives use, histories included, as written."""
    found: list[str] = []
    for item in items(data, INITIATIVES)[1]:
        if not isinstance(item, dict):
            continue
        key = key_for(item, INITIATIVES, "status")
        value = item.get(key) if key is not None else None
        for word in value.values() if isinstance(value, dict) else [value]:
            if isinstance(word, str) and word.strip().lower() in _STATUSES:
                found.append(word.strip())
    return found


def status_word(data: object, status: str) -> str:
    """How the file would write `status` (planned, ongoing, done or cancelled)."""
    written = written_statuses(data)
    same = [word for word in written if _STATUSES[word.lower()] == status]
    if same:
        return Counter(same).most_common(1)[0][0]
    languages = Counter(language for word in written for language in _languages(word))
    language = languages.most_common(1)[0][0] if languages else vocabulary(data)
    word = words.value_word(words.STATUSES, status, language)
    if written and all(w[:1].isupper() for w in written):
        return word[:1].upper() + word[1:]
    return word


def _languages(word: str) -> list[str]:
    lower = word.lower()
    if lower in words.STATUSES:
        return [EN]
    value = words.STATUSES[_STATUSES[lower]]
    return [language for language in (SV, FI) if lower in value.of(language)]
