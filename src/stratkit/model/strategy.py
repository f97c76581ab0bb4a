"""The strategy file format, version 1, as pydantic models.

Field names are English; the Swedish column names of the indicator tables (nytta, mätare,
nuläge, målsättning, förverkligats) are accepted as aliases. Values arrive as the text the user
wrote (see yamlread), so every number, year and choice goes through a parser that knows
Swedish conventions and raises a coded problem when it cannot read the value.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

from stratkit.model import followup
from stratkit.model import schema_parts as schema
from stratkit.model.choices import Direction, InitiativeStatus, Language, Method
from stratkit.model.values import ValueProblem, describe, parse_number, parse_whole, parse_year


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
    if type(value) is str:
        return value  # the common case first: a national run reads a million texts
    if value is None:
        raise ValueProblem("STK106", "the value is empty", "write the text after the ':'")
    if isinstance(value, dict | list):
        raise ValueProblem("STK205", f"expected text, found {describe(value)}", _TEXT_HINT)
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

    # A year alone (`date: 2026`) is a number to the fast reader; fastread.suspect leaves it
    # only numbers without a leading zero, whose digits are the text as written.
    text = str(value) if type(value) is int else str(_text(value)).strip()
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


# WithJsonSchema describes each type as an editor sees it (see schema_fragments).
Text = Annotated[str, BeforeValidator(_coded(_text)), WithJsonSchema(schema.TEXT)]
Slug = Annotated[str, BeforeValidator(_coded(_slug)), WithJsonSchema(schema.SLUG)]
Number = Annotated[
    int | float, BeforeValidator(_coded(parse_number)), WithJsonSchema(schema.NUMBER)
]
Year = Annotated[int, BeforeValidator(_coded(parse_year)), WithJsonSchema(schema.YEAR)]


def _year_values(value: object, validate: ValidatorFunctionWrapHandler) -> object:
    """`actual` as {year: number}: read directly when every item is fine, else item by item.

    A national run has half a million reported values, and calling the Year and Number
    validators through pydantic for each costs more than reading them here with the same
    parsers. The result is the same dict; when any item is wrong, the full validation runs
    and reports every bad item at its own position.
    """
    if not isinstance(value, dict):
        return validate(value)
    values: dict[int, int | float] = {}
    try:
        for year, number in value.items():
            values[parse_year(year)] = parse_number(number)
    except ValueProblem:
        return validate(value)
    return values


YearValues = Annotated[dict[Year, Number], WrapValidator(_year_values)]
DateText = Annotated[str, BeforeValidator(_coded(_date_text)), WithJsonSchema(schema.DATE)]
Count = Annotated[
    int,
    BeforeValidator(_coded(lambda v: parse_whole(v, minimum=1))),
    WithJsonSchema(schema.whole(1)),
]
Lag = Annotated[
    int,
    BeforeValidator(_coded(lambda v: parse_whole(v, minimum=0))),
    WithJsonSchema(schema.whole(0)),
]
Country = Annotated[str, BeforeValidator(_coded(_country)), WithJsonSchema(schema.COUNTRY)]


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


DirectionChoice = Annotated[
    Direction,
    BeforeValidator(_coded(_choice(_DIRECTIONS, "direction"))),
    WithJsonSchema(schema.choice(_DIRECTIONS)),
]
MethodChoice = Annotated[
    Method,
    BeforeValidator(_coded(_choice(_METHODS, "method"))),
    WithJsonSchema(schema.choice(_METHODS)),
]
LanguageChoice = Annotated[
    Language,
    BeforeValidator(_coded(_choice(_LANGUAGES, "language"))),
    WithJsonSchema(schema.choice(_LANGUAGES)),
]
StatusChoice = Annotated[
    InitiativeStatus,
    BeforeValidator(_coded(_choice(_STATUSES, "status"))),
    WithJsonSchema(schema.choice(_STATUSES)),
]
# An initiative's status, or its history year -> status (format 1.1).
StatusOrHistory = Annotated[
    Annotated[StatusChoice, Tag(followup.ONE)]
    | Annotated[dict[Year, StatusChoice], Tag(followup.PER_YEAR)],
    Discriminator(followup.shape),
    WithJsonSchema(
        {
            "anyOf": [
                schema.choice(_STATUSES),
                followup.year_mapping(schema.choice(_STATUSES)),
            ]
        }
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Municipality(_Model):
    name: Text = Field(description="Name of the municipality, e.g. Kaskö.")
    country: Country = Field(description="ISO 3166-1 alpha-2 country code: SE, FI, NO ...")
    code: Text | None = Field(None, description="Official municipality code, e.g. '1883'.")


class Period(_Model):
    start: Year = Field(description="First year the strategy covers.")
    end: Year = Field(description="Last year the strategy covers.")


class Budget(_Model):
    amount: Number = Field(description="The amount, in `currency`.")
    currency: Text = Field("SEK", description="ISO 4217 currency code, e.g. SEK or EUR.")
    year: Year | None = Field(None, description="The budget year the amount belongs to.")
    description: Text | None = Field(None, description="What the money is for.")
    source: Text | None = Field(None, description="Where the figure comes from.")


class StrategyInfo(_Model):
    title: Text = Field(description="Title of the strategy document.")
    motto: Text | None = Field(None, description="The strategy's slogan, if it has one.")
    period: Period | None = Field(None, description="First and last year the strategy covers.")
    vision: Text | None = Field(None, description="The vision, in the document's words.")
    adopted: DateText | None = Field(None, description="Date of adoption, kept as written.")
    budget: Budget | None = None
    source: Text | None = Field(None, description="The document this file was made from.")


_ID = "Short lowercase name (a-z, å, ä, ö, digits, '-'), unique in its list, e.g. 'torget'."


class Value(_Model):
    id: Slug = Field(description=_ID)
    title: Text = Field(description="The value, e.g. 'Modigt utvecklande'.")
    description: Text | None = Field(None, description="What the value means.")


class Goal(_Model):
    id: Slug = Field(description=_ID)
    title: Text = Field(description="The goal as the strategy states it.")
    description: Text | None = Field(None, description="What the goal means.")
    actions: list[Text] = Field(default_factory=list, description="Actions (åtgärder).")
    benefit: Text | None = Field(
        None,
        validation_alias=AliasChoices("benefit", "nytta"),
        description="The benefit the goal brings (Swedish key: nytta).",
    )


class Point(_Model):
    year: Year = Field(description="The year the value belongs to.")
    value: Number = Field(description='The value: 1208, "32 000" or "1,7".')


class Target(Point):
    decision: Text | None = followup.decision()


class Indicator(_Model):
    id: Slug = Field(description=_ID)
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
    unit: Text | None = Field(None, description="Unit of the values, e.g. invånare, %, kr.")
    direction: DirectionChoice | None = Field(
        None, description="increase or decrease (öka, minska); inferred from baseline and target."
    )
    baseline: Point | None = Field(
        None,
        validation_alias=AliasChoices("baseline", "nuläge"),
        description="The starting point (Swedish key: nuläge).",
    )
    target: Target | None = Field(
        None,
        validation_alias=AliasChoices("target", "målsättning"),
        description="The target (Swedish key: målsättning).",
    )
    actual: YearValues = Field(
        default_factory=dict,
        validation_alias=AliasChoices("actual", "förverkligats"),
        description="Reported values, year -> value (Swedish key: förverkligats).",
        json_schema_extra={"propertyNames": schema.YEAR_KEY},
    )
    lag: Lag = Field(
        1,
        description="Publication lag in whole years: with lag 1 (the default) the value for "
        "year Y is due by the end of year Y+1. `stratkit validate` warns (STK402) when a "
        "value is overdue.",
    )
    source: Text | None = Field(None, description="Where the values come from.")
    method: MethodChoice | None = Field(None, description="How progress is judged: linear or cagr.")
    analysis: Annotated[dict[Year, Text], followup.YEARS_FIRST] = followup.analysis()
    assessment: dict[Year, followup.Appraisal] = followup.assessment()

    @property
    def inferred_direction(self) -> Direction | None:
        """The direction given, else the way from the baseline to the target.

        Without a baseline the earliest actual value stands in for it, as in progress.assess:
        the one rule that validate, status and diff all use.
        """
        if self.direction is not None:
            return self.direction
        if self.target is None:
            return None
        if self.baseline is not None:
            start = self.baseline.value
        elif self.actual:
            start = self.actual[min(self.actual)]
        else:
            return None
        if self.target.value == start:
            return None
        return Direction.INCREASE if self.target.value > start else Direction.DECREASE


class Initiative(_Model):
    id: Slug = Field(description=_ID)
    title: Text = Field(description="The initiative (delprojekt, satsning, workshop).")
    goals: list[Slug] = Field(
        default_factory=list, description="Ids of the goals the initiative serves."
    )
    status: StatusOrHistory | None = Field(None, description=followup.INITIATIVE_STATUS)
    date: DateText | None = Field(None, description="Year or date, e.g. 2026 or 2019-04-03.")
    count: Count = Field(1, description="How many initiatives this entry stands for.")
    description: Text | None = Field(None, description="What the initiative does.")
    source: Text | None = Field(None, description="Where its status comes from.")
    responsible: Text | None = followup.responsible()
    budget: Budget | None = followup.budget()
    deadline: DateText | None = followup.deadline()

    def status_in(self, year: int | None = None) -> InitiativeStatus | None:
        """The status known in `year` (None: the newest); see followup.status_in."""
        return followup.status_in(self.status, year)


class StrategyFile(_Model):
    municipality: Municipality = Field(description="The municipality the strategy belongs to.")
    language: LanguageChoice = Field(
        Language.SV, description="Language of the texts and of stratkit's output labels."
    )
    strategy: StrategyInfo = Field(description="The strategy document: title, period, vision.")
    values: list[Value] = Field(default_factory=list, description="Values (värderingar).")
    goals: list[Goal] = Field(default_factory=list, description="Strategic goals.")
    indicators: list[Indicator] = Field(
        default_factory=list,
        description="The indicator table: Nytta, Mätare, Nuläge, Målsättning, Förverkligats.",
    )
    initiatives: list[Initiative] = Field(
        default_factory=list, description="Initiatives: delprojekt, satsningar, workshops."
    )
