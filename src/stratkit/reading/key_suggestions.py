"""What to tell a user about a key stratkit does not know, in the words of the file's own keys.

"Did you mean" searches the spellings of all three vocabularies (a Finnish key in a Swedish
file is a key, not a typing mistake) and answers with the spelling of the vocabulary the file
is written in: the one most of its keys come from, else its `language`. Letters typed without
their marks (`malsattning`, `ar`, `lahtotaso`) count as the word they stand for.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel

from stratkit.diagnostics import Finding
from stratkit.messages import Message, Written
from stratkit.model.parts import accepted_keys, field_model
from stratkit.model.strategy import StrategyFile
from stratkit.model.value_types import LANGUAGES
from stratkit.model.vocabulary import languages_of, spelling
from stratkit.reading.year_slips import is_year, year_hint, year_message

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The field a mistyped key most likely means, and how the file would spell it."""

    field: str
    key: str


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How a file spells its keys: mostly in `main`, and in which vocabularies at all."""

    main: str
    used: frozenset[str] = frozenset()
    stated: str | None = None

    @property
    def preferred(self) -> str:
        """The words for keys and values a message names but the file does not have (a
        missing column): the file's `language` when some of its keys are in it (a file with
        English keys but the Swedish table columns is told 'nuläge'), else the main one."""
        return self.stated if self.stated in self.used else self.main


def file_vocabulary(data: object) -> Vocabulary:
    """The vocabulary most of the file's keys are written in (ties: its `language`)."""
    votes: Counter[str] = Counter()
    _count(data, StrategyFile, votes, depth=0)
    stated = stated_language(data)
    if not votes:
        return Vocabulary(stated or "en", stated=stated)
    best = max(votes.values())
    leaders = [lang for lang in ("sv", "fi", "en") if votes[lang] == best]
    main = stated if stated in leaders else leaders[0]
    return Vocabulary(main, frozenset(votes), stated)


def stated_language(data: object) -> str | None:
    """The file's `language` (or `språk`, `kieli`) as sv, fi or en, if it says one."""
    if not isinstance(data, dict):
        return None
    for key in ("language", "språk", "kieli"):
        value = data.get(key)
        if isinstance(value, str):
            return LANGUAGES.get(value.strip().lower())
    return None


_LANGUAGE_LINE = re.compile(r"^(?:language|språk|kieli)\s*:\s*['\"]?([^\s'\"#]+)", re.MULTILINE)


def language_of_text(text: str, vocabulary: str | None = None) -> str | None:
    """The language a file is written in, for its diagnostics: its `language` line (read
    from the text, so a file that does not parse has one too), else that of its keys when
    they are Swedish or Finnish."""
    match = _LANGUAGE_LINE.search(text)
    if match:
        found = LANGUAGES.get(match.group(1).lower())
        if found:
            return found
    return vocabulary if vocabulary in ("sv", "fi") else None


def _count(data: object, model: type[BaseModel], votes: Counter[str], depth: int) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _count(item, model, votes, depth + 1)
        return
    if not isinstance(data, dict):
        return
    accepted = accepted_keys(model)
    for key, value in data.items():
        field = accepted.get(key) if isinstance(key, str) else None
        if field is None:
            continue
        found = languages_of(model.__name__, field, key)
        if len(found) == 1:  # a key spelt alike in two languages says nothing
            votes[found[0]] += 1
        inner = field_model(model, field)
        if inner is not None:
            _count(value, inner, votes, depth + 1)


def fold(word: str) -> str:
    """The word without letter marks and case: 'Målsättning' -> 'malsattning'."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def suggest(key: str, model: type[BaseModel], vocabulary: Vocabulary) -> Suggestion | None:
    """The field `key` most likely stands for, if any is close enough to say so."""
    accepted = accepted_keys(model)
    folded = {fold(spelt): spelt for spelt in accepted}
    exact = folded.get(fold(key))
    # 0.75 keeps real misspellings (målsättnig, mätar, titl) and drops far-fetched ones.
    close = difflib.get_close_matches(fold(key), list(folded), n=1, cutoff=0.75)
    match = exact or (folded[close[0]] if close else None)
    if match is None:
        return None
    field = accepted[match]
    own = languages_of(model.__name__, field, match)
    # A near miss of a word from a vocabulary the file writes in (mätar in a file with
    # English keys and the Swedish table columns) is answered with that word; else the
    # file's main vocabulary speaks.
    if vocabulary.used.intersection(own):
        return Suggestion(field, match)
    return Suggestion(field, spelling(model.__name__, field, vocabulary.main))


def home_of(key: str, vocabulary: Vocabulary) -> str | None:
    """The top-level part where a misplaced key belongs, spelt the file's way ('strategi')."""
    for section in ("strategy", "municipality"):
        inner = field_model(StrategyFile, section)
        if inner is not None and key in accepted_keys(inner):
            return spelling("StrategyFile", section, vocabulary.main)
    return None


def allowed_keys(model: type[BaseModel], vocabulary: Vocabulary) -> list[str]:
    """The keys of `model` as the file would write them: one spelling per field."""
    return [spelling(model.__name__, field, vocabulary.main) for field in model.model_fields]


def unknown_key(
    key: str,
    value: object,
    model: type[BaseModel],
    loc: Loc,
    data: dict[str, object],
    vocabulary: Vocabulary,
) -> tuple[Finding, str | None]:
    """The one finding for an unknown key, and the field it stands in for (if it does)."""
    where = (*loc, key)
    message = Message("unknown key '{key}'", key=key)
    accepted = accepted_keys(model)
    if key.lower() in accepted:
        hint = Message("keys are written in lowercase: '{lower}'", lower=key.lower())
        return Finding("STK103", where, message, hint, True), accepted[key.lower()]
    if is_year(key) and value is not None and not isinstance(value, dict | list):
        return _year_in_place_of_key(key, value, model, where, data, vocabulary), None
    split = _split_number(key, value, data)
    if split is not None:
        message, hint = split
        return Finding("STK103", where, message, hint, on_key=True), None
    if key.isdigit():
        # `{year: 2030, value: 1 300,5}`: the comma ends the entry and "5" becomes a key.
        hint = Message(
            'a number with a decimal comma inside {{ }} must be in quotes: value: "1 300,5"'
        )
        return Finding("STK103", where, message, hint, on_key=True), None
    found = suggest(key, model, vocabulary)
    if found is not None:
        message = Message("unknown key '{key}' (did you mean '{meant}'?)", key=key, meant=found.key)
        hint = Message("rename the key to '{meant}'", meant=found.key)
        if any(accepted.get(k) == found.field for k in data if isinstance(k, str)):
            hint = Message(
                "'{meant}' is already given here: keep one of the two and delete the other",
                meant=found.key,
            )
        return Finding("STK103", where, message, hint, on_key=True), found.field
    home = home_of(key, vocabulary)
    if home is not None:
        hint = Message("'{key}' belongs under '{home}:'", key=key, home=home)
    else:
        allowed = ", ".join(allowed_keys(model, vocabulary))
        hint = Message("allowed keys here: {keys} (or an 'x-' extension key)", keys=allowed)
    return Finding("STK103", where, message, hint, on_key=True), None


# The decimals (and a unit) a comma cut off a number inside { }: "4 %" of `arvo: 9,4 %`.
_CUT_OFF = re.compile(r"^(\d+)\s*(\S.*)?$")
_WHOLE = re.compile(r"^[+-]?\d{1,3}(?:[ \u00a0]\d{3})*$|^[+-]?\d+$")


def joined_number(key: str, value: object, data: dict[str, object]) -> tuple[str, str, str] | None:
    """`{vuosi: 2021, arvo: 9,4 %}` reads as `arvo: 9` and a key `4 %`: in a flow mapping a
    comma ends the entry. The key before, the number it was meant to hold ("9,4"), which
    stands in for the cut one so that no check reports the 9 as well, and the unit after."""
    cut = _CUT_OFF.match(key)
    keys = list(data)
    if cut is None or value is not None or keys.index(key) == 0:
        return None
    before = keys[keys.index(key) - 1]
    whole = data[before]
    if isinstance(whole, bool) or not _WHOLE.match(str(whole).strip()):
        return None
    return before, f"{str(whole).strip()},{cut.group(1)}", cut.group(2) or ""


def _split_number(
    key: str, value: object, data: dict[str, object]
) -> tuple[Message, Message] | None:
    """The finding's words for a number a comma split (joined_number), with the fix."""
    joined = joined_number(key, value, data)
    if joined is None:
        return None
    before, number, unit_text = joined
    message = Message(
        "the comma in '{written}' split the number in two: inside {{ }} a comma ends the value, "
        "so '{key}' was read as a key",
        written=f"{before}: {number} {unit_text}".rstrip(),
        key=key,
    )
    if not unit_text:
        return message, Message('write {key}: "{number}" in quotes', key=before, number=number)
    unit = Written((), "key", "unit", "Indicator")  # spelt as the file spells its keys
    hint = Message(
        "write {key}: \"{number}\" in quotes, and put {unit_text} under '{unit}:' of the indicator",
        key=before,
        number=number,
        unit_text=unit_text,
        unit=unit,
    )
    return message, hint


def _year_in_place_of_key(
    year: str,
    value: object,
    model: type[BaseModel],
    where: Loc,
    data: dict[str, object],
    vocabulary: Vocabulary,
) -> Finding:
    """`2025: 30100` typed under an indicator (or under its baseline) instead of its actual."""
    accepted = accepted_keys(model)
    written = [k for k in data if isinstance(k, str) and accepted.get(k) == "actual"]
    actual = written[0] if written else spelling("Indicator", "actual", vocabulary.main)
    shown = _as_yaml(value)
    hint = year_hint(year, shown, actual, bool(written))
    return Finding("STK103", where, year_message(year, shown), hint, on_key=True)


def points_as_actual(value: object, loc: Loc) -> tuple[Finding, dict[object, object]] | None:
    """`actual` written as {year: 2024, value: 12000} (or a list of them): one finding, and
    the values read as meant ({2024: 12000}), so that nothing else reports them missing."""
    from stratkit.model.strategy import Point

    if isinstance(value, dict) and len(value) != 2:
        return None  # the common case, years and values, decided at once
    points = value if isinstance(value, list) else [value]
    if not points:
        return None
    accepted = accepted_keys(Point)
    pairs: list[str] = []
    meant: dict[object, object] = {}
    for point in points:
        if not isinstance(point, dict) or not point:
            return None
        fields = {accepted.get(k) if isinstance(k, str) else None: v for k, v in point.items()}
        if set(fields) != {"year", "value"}:
            return None
        pairs.append(f"{_as_yaml(fields['year'])}: {_as_yaml(fields['value'])}")
        meant[fields["year"]] = fields["value"]
    key = str(loc[-1])
    first = next(iter(points[0])) if isinstance(points[0], dict) else ""
    message = Message(
        "'{key}' takes each year as a key, not '{year_key}' and its value",
        key=key,
        year_key=first,
    )
    hint = Message("write: {key}: {{{pairs}}}", key=key, pairs=", ".join(pairs))
    return Finding("STK105", loc, message, hint), meant


def _as_yaml(value: object) -> str:
    text = str(value)
    return text if text.replace(".", "", 1).lstrip("-").isdigit() else f'"{text}"'
