"""What the yearly follow-up writes down besides the numbers (format 1.1, issue 12).

An annual report (årsredovisning, uppföljning; in Finland toteumaraportti, tilinpäätös)
prints an analysis per indicator and year, a judgement by people where numbers cannot
judge, the council decision behind a target, and who is responsible for an initiative, what
it costs and when it is due. The models and value types here are added to the classes of
strategy.py one field each; every key has its English, Swedish and Finnish spelling, as a
municipality writes them (docs/format.md).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import AliasChoices, BeforeValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from stratkit.messages import Message
from stratkit.model import schema_parts as schema
from stratkit.model.choices import InitiativeStatus
from stratkit.model.coded import coded
from stratkit.model.parts import Part
from stratkit.model.values import ValueProblem, describe, not_text
from stratkit.model.vocabulary import spellings

# The statuses of progress.statuses.Status, which the model layer may not import; the
# spellings are those of the status labels in the three languages, in any letter case.
AssessedValue = Literal[
    "achieved",
    "on_track",
    "needs_acceleration",
    "limited_progress",
    "deteriorating",
    "missed",
    "not_available",
]
ASSESSED_STATUSES: dict[str, str] = {
    **{word: word for word in get_args(AssessedValue)},
    "on track": "on_track",
    "needs acceleration": "needs_acceleration",
    "limited progress": "limited_progress",
    "not available": "not_available",
    # sv, as in the status table
    "uppnått": "achieved",
    "i fas": "on_track",
    "behöver accelereras": "needs_acceleration",
    "behöver öka takten": "needs_acceleration",
    "begränsade framsteg": "limited_progress",
    "försämring": "deteriorating",
    "ej uppnått": "missed",
    "ej bedömbar": "not_available",
    # fi
    "saavutettu": "achieved",
    "aikataulussa": "on_track",
    "vaatii kiihdyttämistä": "needs_acceleration",
    "vauhtia lisättävä": "needs_acceleration",
    "vähäistä edistystä": "limited_progress",
    "heikentynyt": "deteriorating",
    "ei saavutettu": "missed",
    "ei arvioitavissa": "not_available",
}


def _assessed(value: object) -> str:
    text = value.strip() if isinstance(value, str) else None
    found = ASSESSED_STATUSES.get(text.lower()) if text else None
    if found is None:
        shown = describe(value) if value is None else f"'{value}'"
        raise ValueProblem(
            "STK204",
            Message("{shown} is not a valid assessed status", shown=shown),
            Message("use one of: {words}", words=", ".join(dict.fromkeys(ASSESSED_STATUSES))),
        )
    return found


AssessedChoice = Annotated[
    AssessedValue,
    BeforeValidator(coded(_assessed)),
    WithJsonSchema(schema.choice(ASSESSED_STATUSES)),
]


def year_mapping(item: schema.JsonSchema) -> schema.JsonSchema:
    """An editor's view of a mapping year -> item."""
    return {"type": "object", "propertyNames": schema.YEAR_KEY, "additionalProperties": item}


def shape(value: object) -> str:
    """The tag of a value that may be one value or a mapping year -> value.

    Used as a discriminator, not a plain union, so that a wrong value gets one error from the
    shape the user chose, not one per shape. Tags start with '|', which from_pydantic leaves
    out of the error's location (a key in a file never starts with it).
    """
    return PER_YEAR if isinstance(value, dict) else ONE


ONE, PER_YEAR = "|one", "|years"


def _motivation_text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value
    if value is None or isinstance(value, str):
        raise ValueProblem(
            "STK106",
            Message("the motivation is empty"),
            Message("write why this status was chosen: a traffic light must say why"),
        )
    raise not_text(
        value, Message('write the text on the same line, in double quotes if it contains ": "')
    )


def _years_first(value: object) -> object:
    """A mapping year -> text; text given without its year gets a hint that shows the year."""
    if isinstance(value, dict):
        return value
    raise ValueProblem(
        "STK105",
        Message("expected years with a text each, found {found}", found=describe(value)),
        Message("write the year first, on a line of its own below the key: 2025: the year's text"),
    )


YEARS_FIRST = BeforeValidator(coded(_years_first))


class Appraisal(Part):
    """A status set by people for one year, with the reason: a traffic light says why."""

    @model_validator(mode="before")
    @classmethod
    def _status_and_motivation(cls, data: object) -> object:
        if isinstance(data, dict):
            return data
        raise PydanticCustomError(
            "STK105",
            f"an assessment is a status and its motivation, found {describe(data)}",
            {
                "hint": 'write {status: …, motivation: "…"} (motivering, perustelu): the reason '
                "is required"
            },
        )

    status: AssessedChoice = Field(
        validation_alias=AliasChoices(*spellings("Appraisal", "status")),
        description="achieved, on_track, needs_acceleration, limited_progress, deteriorating, "
        "missed or not_available (also the Swedish and Finnish words of the status table: "
        "uppnått, i fas …; saavutettu, aikataulussa …). Finnish key: tila.",
    )
    motivation: Annotated[
        str, BeforeValidator(coded(_motivation_text)), WithJsonSchema(schema.TEXT)
    ] = Field(
        validation_alias=AliasChoices(*spellings("Appraisal", "motivation")),
        description="Why this status (Swedish key: motivering; Finnish: perustelu). Required.",
    )


# Field lines for strategy.py: the keys and their descriptions live here, beside the models.
# (Each returns pydantic's FieldInfo, typed Any as Field itself is for a default.)


def analysis() -> Any:
    return Field(
        default_factory=dict,
        description="The analysis per year, as the annual report prints it: year -> text "
        "(Swedish key: analys; Finnish: analyysi).",
        json_schema_extra={"propertyNames": schema.YEAR_KEY},
    )


def assessment() -> Any:
    return Field(
        default_factory=dict,
        description="A status judged by people per year, year -> {status, motivation}, for "
        "an indicator that is qualitative or has no numbers (Swedish key: bedömning; "
        "Finnish: arvio).",
        json_schema_extra={"propertyNames": schema.YEAR_KEY},
    )


def decision() -> Any:
    return Field(
        None,
        description="The decision that set this target, e.g. 'KF 2025-03-12 § 45' (Swedish "
        "key: beslut; Finnish: päätös). `stratkit diff --rev --fail-on "
        "undecided-target-change` asks for a new one whenever the target changes.",
    )


def responsible() -> Any:
    return Field(
        None,
        description="Who is responsible, e.g. Kommunstyrelsen (Swedish key: ansvarig; "
        "Finnish: vastuutaho).",
    )


def budget() -> Any:
    return Field(
        None,
        description="What the initiative may cost: amount and currency (Finnish key: budjetti).",
    )


def deadline() -> Any:
    return Field(
        None,
        description="When it is to be done: a year, YYYY-MM or YYYY-MM-DD (Swedish key: "
        "slutdatum; Finnish: määräaika). `stratkit validate` warns (STK404) when it has "
        "passed and the initiative is not done.",
    )


INITIATIVE_STATUS = (
    "planned, ongoing, done or cancelled (Swedish words too), or a mapping year -> status "
    "such as {2024: ongoing, 2025: done}, so that --as-of and diff YEAR YEAR apply."
)


def status_in(
    status: InitiativeStatus | dict[int, InitiativeStatus] | None, year: int | None
) -> InitiativeStatus | None:
    """An initiative's status known in `year` (None: the newest).

    With a history, the entry of the latest year at or before `year` (none before its first
    year); a status without a history holds for every year, as it did before format 1.1.
    """
    if not isinstance(status, dict):
        return status
    years = [y for y in status if year is None or y <= year]
    return status[max(years)] if years else None
