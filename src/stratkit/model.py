"""The strategy file format, version 1, as pydantic models.

Field names are English; the Swedish column names of the indicator tables (nytta, mätare,
nuläge, målsättning, förverkligats) are accepted as aliases. Values arrive as the text the user
wrote (see yamlread), so every number, year and choice goes through a parser that knows
Swedish conventions and raises a coded problem when it cannot read the value.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from stratkit.numbers import ValueProblem, parse_number, parse_whole, parse_year


def _coded(parser: Any) -> Any:
    """Wrap a parser so its ValueProblem becomes a pydantic error that keeps code and hint."""

    def validate(value: object) -> object:
        try:
            return parser(value)
        except ValueProblem as problem:
            raise PydanticCustomError(
                problem.code, problem.message, {"hint": problem.hint}
            ) from None

    return validate


def _text(value: object) -> object:
    if value is None:
        raise ValueProblem("STK106", "the value is empty", "write the text after the ':'")
    if isinstance(value, dict | list):
        kind = "a mapping" if isinstance(value, dict) else "a list"
        raise ValueProblem("STK205", f"expected text, found {kind}", _TEXT_HINT)
    if isinstance(value, str):
        return value
    # Only a faster parser hands over non-text here; refuse so the exact reader decides.
    raise ValueProblem("STK205", f"expected text, found {value!r}", _TEXT_HINT)


_TEXT_HINT = 'write the text on the same line, in double quotes if it contains ": "'
_SLUG = re.compile(r"^[a-z0-9åäö]+(?:[-_][a-z0-9åäö]+)*$")


def _slug(value: object) -> str:
    text = str(_text(value))
    if _SLUG.match(text):
        return text
    suggestion = re.sub(r"[^a-z0-9åäö]+", "-", text.lower()).strip("-") or "mitt-id"
    raise ValueProblem(
        "STK203",
        f"'{text}' is not a valid id",
        f"use lowercase letters, digits and '-', e.g. '{suggestion}'",
    )


def _choice(choices: dict[str, str], what: str) -> Any:
    """Accept any spelling in `choices` (English and Swedish) and return the English one."""

    def validate(value: object) -> str:
        text = str(_text(value)).strip()
        found = choices.get(text.lower())
        if found is None:
            allowed = ", ".join(dict.fromkeys(choices))
            raise ValueProblem(
                "STK204", f"'{text}' is not a valid {what}", f"use one of: {allowed}"
            )
        return found

    return validate


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date_text(value: object) -> str:
    """A date kept as written: YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date."""
    import datetime

    text = str(_text(value)).strip()
    hint = "write the date as YYYY-MM-DD, e.g. 2024-02-12, or just the year"
    match = _DATE.match(text)
    if not match:
        raise ValueProblem("STK206", f"'{text}' is not a date", hint)
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
        parse_year(year)
    except (ValueError, ValueProblem):
        raise ValueProblem("STK206", f"'{text}' is not a valid date", hint) from None
    return text


def _country(value: object) -> str:
    text = str(_text(value)).strip()
    if re.fullmatch(r"[A-Z]{2}", text):
        return text
    hint = "write the two-letter code in capitals, e.g. SE, FI or NO"
    if re.fullmatch(r"[A-Za-z]{2}", text):
        hint = f"write it in capitals: {text.upper()}"
    raise ValueProblem("STK208", f"'{text}' is not an ISO 3166-1 alpha-2 country code", hint)


Text = Annotated[str, BeforeValidator(_coded(_text))]
Slug = Annotated[str, BeforeValidator(_coded(_slug))]
Number = Annotated[int | float, BeforeValidator(_coded(parse_number))]
Year = Annotated[int, BeforeValidator(_coded(parse_year))]
DateText = Annotated[str, BeforeValidator(_coded(_date_text))]
Count = Annotated[int, BeforeValidator(_coded(lambda v: parse_whole(v, minimum=1)))]
Lag = Annotated[int, BeforeValidator(_coded(lambda v: parse_whole(v, minimum=0)))]
Country = Annotated[str, BeforeValidator(_coded(_country))]


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"

    @property
    def sign(self) -> int:
        return 1 if self is Direction.INCREASE else -1


class Method(StrEnum):
    LINEAR = "linear"
    CAGR = "cagr"


class Language(StrEnum):
    SV = "sv"
    FI = "fi"
    EN = "en"


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


_DIRECTIONS = {
    "increase": "increase",
    "decrease": "decrease",
    "öka": "increase",
    "minska": "decrease",
}
_METHODS = {"linear": "linear", "cagr": "cagr"}
_LANGUAGES = {"sv": "sv", "fi": "fi", "en": "en"}
_STATUSES = {
    "planned": "planned",
    "ongoing": "ongoing",
    "done": "done",
    "cancelled": "cancelled",
    "ej påbörjad": "planned",
    "planerad": "planned",
    "pågår": "ongoing",
    "klar": "done",
    "avbruten": "cancelled",
}


DirectionChoice = Annotated[Direction, BeforeValidator(_coded(_choice(_DIRECTIONS, "direction")))]
MethodChoice = Annotated[Method, BeforeValidator(_coded(_choice(_METHODS, "method")))]
LanguageChoice = Annotated[Language, BeforeValidator(_coded(_choice(_LANGUAGES, "language")))]
StatusChoice = Annotated[InitiativeStatus, BeforeValidator(_coded(_choice(_STATUSES, "status")))]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Municipality(_Model):
    name: Text = Field(description="Name of the municipality, e.g. Kaskö.")
    country: Country = Field(description="ISO 3166-1 alpha-2 country code: SE, FI, NO ...")
    code: Text | None = Field(None, description="Official municipality code, e.g. '1883'.")


class Period(_Model):
    start: Year
    end: Year


class Budget(_Model):
    amount: Number = Field(description="The amount, in `currency`.")
    currency: Text = Field("SEK", description="ISO 4217 currency code, e.g. SEK or EUR.")
    year: Year | None = Field(None, description="The budget year the amount belongs to.")
    description: Text | None = None
    source: Text | None = Field(None, description="Where the figure comes from.")


class StrategyInfo(_Model):
    title: Text = Field(description="Title of the strategy document.")
    motto: Text | None = None
    period: Period | None = Field(None, description="First and last year the strategy covers.")
    vision: Text | None = None
    adopted: DateText | None = Field(None, description="Date of adoption, kept as written.")
    budget: Budget | None = None
    source: Text | None = Field(None, description="The document this file was made from.")


class Value(_Model):
    id: Slug
    title: Text
    description: Text | None = None


class Goal(_Model):
    id: Slug
    title: Text
    description: Text | None = None
    actions: list[Text] = Field(default_factory=list, description="Actions (åtgärder).")
    benefit: Text | None = Field(
        None,
        validation_alias=AliasChoices("benefit", "nytta"),
        description="The benefit the goal brings (Swedish key: nytta).",
    )


class Point(_Model):
    year: Year
    value: Number


class Indicator(_Model):
    id: Slug
    title: Text = Field(
        validation_alias=AliasChoices("title", "nytta"),
        description="What the indicator shows (Swedish key: nytta).",
    )
    goals: list[Slug] = Field(default_factory=list, description="Ids of the goals it measures.")
    metric: Text | None = Field(
        None,
        validation_alias=AliasChoices("metric", "mätare"),
        description="How it is measured (Swedish key: mätare).",
    )
    unit: Text | None = None
    direction: DirectionChoice | None = Field(
        None, description="increase or decrease (öka, minska); inferred from baseline and target."
    )
    baseline: Point | None = Field(
        None,
        validation_alias=AliasChoices("baseline", "nuläge"),
        description="The starting point (Swedish key: nuläge).",
    )
    target: Point | None = Field(
        None,
        validation_alias=AliasChoices("target", "målsättning"),
        description="The target (Swedish key: målsättning).",
    )
    actual: dict[Year, Number] = Field(
        default_factory=dict,
        validation_alias=AliasChoices("actual", "förverkligats"),
        description="Reported values, year -> value (Swedish key: förverkligats).",
    )
    source: Text | None = Field(None, description="Where the values come from.")
    method: MethodChoice | None = Field(None, description="How progress is judged: linear or cagr.")

    @property
    def inferred_direction(self) -> Direction | None:
        if self.direction is not None:
            return self.direction
        if self.baseline is not None and self.target is not None:
            if self.target.value > self.baseline.value:
                return Direction.INCREASE
            if self.target.value < self.baseline.value:
                return Direction.DECREASE
        return None


class Initiative(_Model):
    id: Slug
    title: Text
    goals: list[Slug] = Field(default_factory=list)
    status: StatusChoice | None = Field(
        None, description="planned, ongoing, done or cancelled (Swedish words too)."
    )
    date: DateText | None = Field(None, description="Year or date, e.g. 2026 or 2019-04-03.")
    count: Count = Field(1, description="How many initiatives this entry stands for.")
    description: Text | None = None
    source: Text | None = None


class StrategyFile(_Model):
    municipality: Municipality
    language: LanguageChoice = Field(
        Language.SV, description="Language of the texts and of stratkit's output labels."
    )
    strategy: StrategyInfo
    values: list[Value] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
