"""Where an indicator's figures come from: `fetch: {kolada: N01951}` and its kin.

One source per indicator, named by its key: a Kolada KPI id, an SCB table (PxWebApi 2.0)
or a Statistics Finland table (PxWeb). The municipality comes from `municipality.code`;
`select` fixes the table's other variables (SCB's ContentsCode, for example).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import (
    AliasChoices,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from stratkit.messages import Message
from stratkit.model import schema_parts as schema
from stratkit.model.coded import coded
from stratkit.model.parts import Part
from stratkit.model.values import ValueProblem, describe
from stratkit.model.vocabulary import spellings

SOURCES = ("kolada", "scb", "statfin")
_KPI = re.compile(r"^[A-Z]\d{5}$")
_TABLE = re.compile(r"^[A-Za-z0-9_./-]+$")


def _kpi(value: object) -> str:
    text = str(value).strip() if isinstance(value, str) else ""
    if _KPI.match(text):
        return text
    raise ValueProblem(
        "STK209",
        Message("{found} is not a Kolada KPI id", found=describe(value)),
        Message("write the id as Kolada shows it: a capital letter and five digits, e.g. N01951"),
    )


def _table(value: object) -> str:
    text = str(value).strip() if isinstance(value, str | int) else ""
    if text and _TABLE.match(text):
        return text
    raise ValueProblem(
        "STK209",
        Message("{found} is not a table id", found=describe(value)),
        Message("write the table's id as the statistics database shows it, e.g. TAB638 or 11ra"),
    )


def _codes(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if items and all(isinstance(item, str | int) and str(item).strip() for item in items):
        return [str(item).strip() for item in items]
    raise ValueProblem(
        "STK209",
        Message("expected a code or a list of codes, found {found}", found=describe(value)),
        Message("write the code as the table's metadata shows it, e.g. ContentsCode: BE0101N1"),
    )


Kpi = Annotated[
    str,
    BeforeValidator(coded(_kpi)),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]\\d{5}$"}),
]
Table = Annotated[str, BeforeValidator(coded(_table)), WithJsonSchema(schema.TEXT)]
Codes = Annotated[
    list[str],
    BeforeValidator(coded(_codes)),
    WithJsonSchema({"anyOf": [schema.TEXT, {"type": "array", "items": schema.TEXT}]}),
]


class FetchSource(Part):
    # An editor can tell too that exactly one source is named.
    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": [name]} for name in SOURCES]}
    )

    kolada: Kpi | None = Field(None, description="A Kolada KPI id, e.g. N01951.")
    scb: Table | None = Field(None, description="An SCB table (PxWebApi 2.0), e.g. TAB638.")
    statfin: Table | None = Field(
        None, description="A Statistics Finland table (PxWeb), e.g. statfin_vaerak_pxt_11ra."
    )
    select: dict[str, Codes] = Field(
        default_factory=dict,
        validation_alias=AliasChoices(*spellings("FetchSource", "select")),
        description="The table's other variables, code -> value code(s).",
    )

    @model_validator(mode="after")
    def _one_source(self) -> FetchSource:
        named = [name for name in SOURCES if getattr(self, name) is not None]
        if len(named) != 1:
            raise PydanticCustomError(
                "STK209",
                "name one source: kolada, scb or statfin"
                + (f" (found {', '.join(named)})" if named else ""),
                {
                    "hint": "write for example fetch: {kolada: N01951} or fetch: {scb: TAB638, "
                    "select: {ContentsCode: BE0101N1}}"
                },
            )
        if self.kolada is not None and self.select:
            raise PydanticCustomError(
                "STK209",
                "a Kolada source takes no 'select'",
                {"hint": "Kolada's KPI id says it all: fetch: {kolada: N01951}"},
            )
        return self

    @property
    def source(self) -> str:
        return next(name for name in SOURCES if getattr(self, name) is not None)

    @property
    def table(self) -> str:
        found: str = getattr(self, self.source)
        return found
