"""One year's reported value: a number, or a mapping {value, preliminary, women, men, note}.

Most years are a bare number (`2024: 30180`), and a national run reads half a million of
them, so a number stays a number; only a year written as a mapping becomes a `Reported`.
Everything that wants the figure itself calls `value_of`, so status judges by `value`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AliasChoices, BeforeValidator, Field, GetCoreSchemaHandler, WithJsonSchema
from pydantic_core import core_schema

from stratkit.messages import Message
from stratkit.model import schema_parts as schema
from stratkit.model.coded import coded
from stratkit.model.parts import Part
from stratkit.model.values import ValueProblem, describe, not_text, parse_number
from stratkit.model.vocabulary import spellings

# The spellings of each key (model.vocabulary), English first.
SPELLINGS: dict[str, tuple[str, ...]] = {
    key: spellings("Reported", key) for key in ("value", "preliminary", "women", "men", "note")
}

_YES = frozenset({"true", "yes", "ja", "kyllä", "on"})
_NO = frozenset({"false", "no", "nej", "ei", "off"})


def parse_flag(value: object) -> bool:
    """true/false as written in any of the three languages (ja/nej, kyllä/ei)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if isinstance(value, str | int) else None
    if text in _YES:
        return True
    if text in _NO:
        return False
    shown = describe(value) if text is None else f"'{value}'"
    raise ValueProblem(
        "STK204",
        Message("{shown} is not true or false", shown=shown),
        Message("write true or false"),
    )


def _note(value: object) -> str:
    if isinstance(value, str):
        return value
    raise not_text(value, Message("write the note as text"))


_Number = Annotated[
    int | float, BeforeValidator(coded(parse_number)), WithJsonSchema(schema.NUMBER)
]
_Flag = Annotated[bool, BeforeValidator(coded(parse_flag)), WithJsonSchema(schema.FLAG)]
_Note = Annotated[str, BeforeValidator(coded(_note)), WithJsonSchema(schema.TEXT)]


def _aliases(name: str) -> AliasChoices:
    return AliasChoices(*SPELLINGS[name])


class Reported(Part):
    value: _Number = Field(validation_alias=_aliases("value"), description="The figure.")
    preliminary: _Flag = Field(
        False,
        validation_alias=_aliases("preliminary"),
        description="true while the figure is preliminary.",
    )
    women: _Number | None = Field(None, validation_alias=_aliases("women"), description="Women.")
    men: _Number | None = Field(None, validation_alias=_aliases("men"), description="Men.")
    note: _Note | None = Field(None, validation_alias=_aliases("note"), description="A note.")


def value_of(entry: int | float | Reported) -> int | float:
    """The figure of a year, whichever way it was written."""
    return entry.value if isinstance(entry, Reported) else entry


def is_preliminary(entry: int | float | Reported) -> bool:
    return isinstance(entry, Reported) and entry.preliminary


def _number_or_mapping(value: object, handler: core_schema.ValidatorFunctionWrapHandler) -> object:
    if isinstance(value, dict):
        return handler(value)  # validated as Reported, errors placed at each inner key
    return coded(parse_number)(value)


def _dump(value: object, handler: core_schema.SerializerFunctionWrapHandler) -> object:
    return handler(value) if isinstance(value, Reported) else value


class _EntrySchema:
    """Validate a number as a number and a mapping as `Reported`, each with its own errors.

    A plain `int | float | Reported` union would report a wrong mapping three times, once
    per member; choosing by the shape of the input keeps one message at the right place.
    """

    def __get_pydantic_core_schema__(
        self, source: object, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_wrap_validator_function(
            _number_or_mapping,
            handler.generate_schema(Reported),
            serialization=core_schema.wrap_serializer_function_ser_schema(_dump),
        )


def _mapping_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    kinds = {"value": schema.NUMBER, "preliminary": schema.FLAG, "note": schema.TEXT}
    for name, spelled in SPELLINGS.items():
        for key in spelled:
            properties[key] = kinds.get(name, schema.NUMBER)
    return {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "oneOf": [{"required": [key]} for key in SPELLINGS["value"]],
        "description": "A value with details: {value, preliminary, women, men, note}.",
    }


ENTRY_SCHEMA: dict[str, Any] = {"anyOf": [schema.NUMBER, _mapping_schema()]}

# What a year in `actual` holds at run time: a number, or Reported for a mapping.
Entry = Annotated[int | float | Reported, _EntrySchema(), WithJsonSchema(ENTRY_SCHEMA)]
