"""The kinds of value a strategy file holds, as annotated types the models use.

Values arrive as the text the user wrote (see reading.yaml_reader), so every number, year,
date and choice goes through a parser that knows Swedish and Finnish conventions and raises a
coded problem (ValueProblem) when it cannot read the value. pydantic turns that problem into
an error that keeps its code and hint (see `_coded`); reading.positions places it.
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, ValidatorFunctionWrapHandler, WithJsonSchema, WrapValidator

from stratkit.i18n import N_
from stratkit.messages import Message, Spelt
from stratkit.model import schema_parts as schema
from stratkit.model import vocabulary
from stratkit.model.choices import Direction, InitiativeStatus, Language, Method
from stratkit.model.coded import coded
from stratkit.model.reported import Entry
from stratkit.model.values import (
    ValueProblem,
    not_text,
    parse_number,
    parse_whole,
    parse_year,
)


def _text(value: object) -> object:
    if type(value) is str:
        return value  # the common case first: a national run reads a million texts
    if value is None:
        raise ValueProblem(
            "STK106", Message("the value is empty"), Message("write the text after the ':'")
        )
    if isinstance(value, dict | list):
        raise not_text(value, _TEXT_HINT)
    if isinstance(value, str):
        return value
    # Only a faster parser hands over non-text here; refuse so the exact reader decides.
    raise not_text(value, _TEXT_HINT, found=repr(value))


_TEXT_HINT = Message('write the text on the same line, in double quotes if it contains ": "')
_SLUG = re.compile(r"^[a-z0-9åäö]+(?:[-_][a-z0-9åäö]+)*$")


def _slug(value: object) -> str:
    text = str(_text(value))
    if _SLUG.match(text):
        return text
    suggestion = re.sub(r"[^a-z0-9åäö]+", "-", text.lower()).strip("-") or "mitt-id"
    raise ValueProblem(
        "STK203",
        Message("'{text}' is not a valid id", text=text),
        Message(
            "use lowercase letters, digits and '-', e.g. '{suggestion}'", suggestion=suggestion
        ),
    )


def _choice(table: dict[str, vocabulary.Words], message: str) -> Any:
    """Accept any spelling of a value in `table` (en, sv, fi) and return the English one.

    `message` names the kind of value in a sentence ("'{text}' is not a valid direction");
    the hint lists the values as the file's vocabulary spells them (see reading.positions).
    """
    choices = vocabulary.choices(table)
    near = vocabulary.near_words(table)

    def validate(value: object) -> str:
        text = str(_text(value)).strip()
        found = choices.get(text.lower())
        if found is None:
            allowed = Spelt(table, "*")
            # Any language's word or a near one (klart, färdig) is answered with the value as
            # the file's own language writes it (valmis in a Finnish file).
            close = near.get(text.lower()) or next(
                (near[c] for c in difflib.get_close_matches(text.lower(), list(near), 1, 0.7)),
                None,
            )
            hint = (
                Message(
                    "did you mean '{meant}'? use one of: {allowed}",
                    meant=Spelt(table, close),
                    allowed=allowed,
                )
                if close
                else Message("use one of: {allowed}", allowed=allowed)
            )
            raise ValueProblem("STK204", Message(message, text=text), hint)
        return found

    return validate


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date_text(value: object) -> str:
    """A date kept as written: YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date."""
    import datetime

    # A year alone (`date: 2026`) is a number to the fast reader; fast_reader.suspect leaves it
    # only numbers without a leading zero, whose digits are the text as written.
    text = str(value) if type(value) is int else str(_text(value)).strip()
    hint = Message("write the date as YYYY-MM-DD, e.g. 2024-02-12, or just the year")
    match = _DATE.match(text)
    if not match:
        raise ValueProblem("STK206", Message("'{text}' is not a date", text=text), hint)
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
        parse_year(year)
    except (ValueError, ValueProblem):
        message = Message("'{text}' is not a valid date", text=text)
        raise ValueProblem("STK206", message, hint) from None
    return text


def _country(value: object) -> str:
    text = str(_text(value)).strip()
    if re.fullmatch(r"[A-Z]{2}", text):
        return text
    hint = Message("write the two-letter code in capitals, e.g. SE, FI or NO")
    if re.fullmatch(r"[A-Za-z]{2}", text):
        hint = Message("write it in capitals: {code}", code=text.upper())
    message = Message("'{text}' is not an ISO 3166-1 alpha-2 country code", text=text)
    raise ValueProblem("STK208", message, hint)


# WithJsonSchema describes each type as an editor sees it (see schema_fragments).
Text = Annotated[str, BeforeValidator(coded(_text)), WithJsonSchema(schema.TEXT)]
Slug = Annotated[str, BeforeValidator(coded(_slug)), WithJsonSchema(schema.SLUG)]
Number = Annotated[int | float, BeforeValidator(coded(parse_number)), WithJsonSchema(schema.NUMBER)]
Year = Annotated[int, BeforeValidator(coded(parse_year)), WithJsonSchema(schema.YEAR)]


def _year_values(value: object, validate: ValidatorFunctionWrapHandler) -> object:
    """`actual` as {year: number}: read directly when every item is fine, else item by item.

    A national run has half a million reported values, and calling the Year and Number
    validators through pydantic for each costs more than reading them here with the same
    parsers. The result is the same dict; when any item is wrong, the full validation runs
    and reports every bad item at its own position.
    """
    if not isinstance(value, dict):
        return validate(value)
    values: dict[int, Entry] = {}
    try:
        for year, number in value.items():
            values[parse_year(year)] = parse_number(number)
    except ValueProblem:
        return validate(value)
    return values


YearValues = Annotated[dict[Year, Entry], WrapValidator(_year_values)]
DateText = Annotated[str, BeforeValidator(coded(parse_date_text)), WithJsonSchema(schema.DATE)]
Count = Annotated[
    int,
    BeforeValidator(coded(lambda v: parse_whole(v, minimum=1))),
    WithJsonSchema(schema.whole(1)),
]
Lag = Annotated[
    int,
    BeforeValidator(coded(lambda v: parse_whole(v, minimum=0))),
    WithJsonSchema(schema.whole(0)),
]
Country = Annotated[str, BeforeValidator(coded(_country)), WithJsonSchema(schema.COUNTRY)]


# Every spelling of the fixed values, in the three vocabularies (see model.vocabulary).
DIRECTIONS = vocabulary.choices(vocabulary.DIRECTIONS)
METHODS = vocabulary.choices(vocabulary.METHODS)
LANGUAGES = vocabulary.choices(vocabulary.LANGUAGE_VALUES)
STATUSES = vocabulary.choices(vocabulary.STATUSES)


DirectionChoice = Annotated[
    Direction,
    BeforeValidator(coded(_choice(vocabulary.DIRECTIONS, N_("'{text}' is not a valid direction")))),
    WithJsonSchema(schema.choice(DIRECTIONS)),
]
MethodChoice = Annotated[
    Method,
    BeforeValidator(coded(_choice(vocabulary.METHODS, N_("'{text}' is not a valid method")))),
    WithJsonSchema(schema.choice(METHODS)),
]
LanguageChoice = Annotated[
    Language,
    BeforeValidator(
        coded(_choice(vocabulary.LANGUAGE_VALUES, N_("'{text}' is not a valid language")))
    ),
    WithJsonSchema(schema.choice(LANGUAGES)),
]
StatusChoice = Annotated[
    InitiativeStatus,
    BeforeValidator(coded(_choice(vocabulary.STATUSES, N_("'{text}' is not a valid status")))),
    WithJsonSchema(schema.choice(STATUSES)),
]
