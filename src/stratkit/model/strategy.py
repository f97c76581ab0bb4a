"""The strategy file format, version 1, as pydantic models.

Field names are English. Every key may also be written in Swedish or Finnish: the spellings
come from model.vocabulary, one table for the whole format, which `parts.Part` turns into each
field's aliases: a field added here gets its Swedish and Finnish keys from that table alone.
The kinds of value (numbers, years, dates, choices) are in model.value_types.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AliasChoices, Discriminator, Field, Tag, WithJsonSchema

from stratkit.i18n import N_
from stratkit.model import followup
from stratkit.model import schema_parts as schema
from stratkit.model.choices import Direction, InitiativeStatus, Language
from stratkit.model.fetch_source import FetchSource
from stratkit.model.parts import Part
from stratkit.model.reported import value_of
from stratkit.model.value_types import (
    STATUSES,
    Count,
    Country,
    DateText,
    DirectionChoice,
    Lag,
    LanguageChoice,
    MethodChoice,
    Number,
    Slug,
    StatusChoice,
    Text,
    Year,
    YearValues,
)
from stratkit.model.vocabulary import spellings

# An initiative's status, or its history year -> status (format 1.1).
StatusOrHistory = Annotated[
    Annotated[StatusChoice, Tag(followup.ONE)]
    | Annotated[dict[Year, StatusChoice], Tag(followup.PER_YEAR)],
    Discriminator(followup.shape),
    WithJsonSchema(
        {"anyOf": [schema.choice(STATUSES), followup.year_mapping(schema.choice(STATUSES))]}
    ),
]


def _spelled_in(part: str, key: str) -> AliasChoices:
    """The spellings of a key whose words depend on its part (vocabulary.PART_KEYS)."""
    return AliasChoices(*spellings(part, key))


class Municipality(Part):
    name: Text = Field(description="Name of the municipality, e.g. Kaskö.")
    country: Country = Field(description="ISO 3166-1 alpha-2 country code: SE, FI, NO ...")
    code: Text | None = Field(None, description="Official municipality code, e.g. '1883'.")


class Period(Part):
    start: Year = Field(description="First year the strategy covers.")
    end: Year = Field(description="Last year the strategy covers.")


class Budget(Part):
    amount: Number = Field(description="The amount, in `currency`.")
    currency: Text = Field("SEK", description="ISO 4217 currency code, e.g. SEK or EUR.")
    year: Year | None = Field(None, description="The budget year the amount belongs to.")
    description: Text | None = Field(None, description="What the money is for.")
    source: Text | None = Field(None, description="Where the figure comes from.")


class StrategyInfo(Part):
    title: Text = Field(description="Title of the strategy document.")
    motto: Text | None = Field(None, description="The strategy's slogan, if it has one.")
    period: Period | None = Field(None, description="First and last year the strategy covers.")
    vision: Text | None = Field(None, description="The vision, in the document's words.")
    adopted: DateText | None = Field(None, description="Date of adoption, kept as written.")
    budget: Budget | None = None
    source: Text | None = Field(None, description="The document this file was made from.")


_ID = N_("Short lowercase name (a-z, å, ä, ö, digits, '-'), unique in its list, e.g. 'torget'.")


class CoreValue(Part):
    """One of the strategy's values (värderingar): not a figure, see Point for those."""

    id: Slug = Field(description=_ID)
    title: Text = Field(
        description="The value, e.g. 'Modigt utvecklande'.",
        validation_alias=_spelled_in("CoreValue", "title"),
    )
    description: Text | None = Field(None, description="What the value means.")


class Goal(Part):
    id: Slug = Field(description=_ID)
    title: Text = Field(description="The goal as the strategy states it.")
    description: Text | None = Field(None, description="What the goal means.")
    actions: list[Text] = Field(default_factory=list, description="Actions (åtgärder).")
    benefit: Text | None = Field(
        None,
        description="The benefit the goal brings.",
    )


class Point(Part):
    year: Year = Field(description="The year the value belongs to.")
    value: Number = Field(description='The value: 1208, "32 000" or "1,7".')


class Target(Point):
    decision: Text | None = followup.decision()


class Indicator(Part):
    id: Slug = Field(description=_ID)
    title: Text = Field(
        validation_alias=_spelled_in("Indicator", "title"),
        description="What the indicator shows.",
    )
    goals: list[Slug] = Field(default_factory=list, description="Ids of the goals it measures.")
    metric: Text | None = Field(
        None,
        description="How it is measured.",
    )
    unit: Text | None = Field(None, description="Unit of the values, e.g. invånare, %, kr.")
    direction: DirectionChoice | None = Field(
        None,
        description="increase or decrease (öka, minska; kasvaa, vähenee); inferred from "
        "baseline and target.",
    )
    baseline: Point | None = Field(
        None,
        description="The starting point.",
    )
    target: Target | None = Field(
        None,
        description="The target.",
    )
    actual: YearValues = Field(
        default_factory=dict,
        description="Reported values, year -> value or {value, preliminary, women, men, note}.",
        json_schema_extra={"propertyNames": schema.YEAR_KEY},
    )
    lag: Lag = Field(
        1,
        description="Publication lag in whole years: with lag 1 (the default) the value for "
        "year Y is due by the end of year Y+1. `stratkit validate` warns (STK402) when a "
        "value is overdue.",
    )
    source: Text | None = Field(None, description="Where the values come from.")
    analysis: Annotated[dict[Year, Text], followup.YEARS_FIRST] = followup.analysis()
    assessment: dict[Year, followup.Appraisal] = followup.assessment()
    fetch: FetchSource | None = Field(
        None,
        description="Where `stratkit fetch` gets the values: {kolada: KPI}, {scb: TABLE, "
        "select: {...}} or {statfin: TABLE, select: {...}}.",
    )
    method: MethodChoice | None = Field(None, description="How progress is judged: linear or cagr.")

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
            start = value_of(self.actual[min(self.actual)])
        else:
            return None
        if self.target.value == start:
            return None
        return Direction.INCREASE if self.target.value > start else Direction.DECREASE


class Initiative(Part):
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


class StrategyFile(Part):
    municipality: Municipality = Field(description="The municipality the strategy belongs to.")
    language: LanguageChoice = Field(
        Language.SV, description="Language of the texts and of stratkit's output labels."
    )
    strategy: StrategyInfo = Field(description="The strategy document: title, period, vision.")
    values: list[CoreValue] = Field(default_factory=list, description="Values (värderingar).")
    goals: list[Goal] = Field(
        default_factory=list,
        description="Strategic goals.",
        validation_alias=_spelled_in("StrategyFile", "goals"),
    )
    indicators: list[Indicator] = Field(
        default_factory=list,
        description="The indicator table: Nytta, Mätare, Nuläge, Målsättning, Förverkligats.",
    )
    initiatives: list[Initiative] = Field(
        default_factory=list, description="Initiatives: delprojekt, satsningar, workshops."
    )
