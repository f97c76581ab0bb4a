"""The parts of a strategy file (the models): their common base, and the keys each accepts,
read off the models.

Every key a part accepts comes from its fields' aliases, which model.vocabulary fills: the
English name and its Swedish and Finnish spellings.
"""

from __future__ import annotations

import types
import typing
from functools import cache

from pydantic import AliasChoices, AliasGenerator, BaseModel, ConfigDict

from stratkit.model import vocabulary


def _spelled(key: str) -> AliasChoices:
    return AliasChoices(*vocabulary.spellings("", key))


class Part(BaseModel):
    """A part of a strategy file: no key it does not know, never changed once read.

    Every key takes its spellings from the vocabulary as pydantic builds the class (a rebuild
    per class afterwards would cost start-up time); the few keys whose words depend on their
    part name them with their own validation_alias.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        alias_generator=AliasGenerator(validation_alias=_spelled),
    )


@cache
def accepted_keys(model: type[BaseModel]) -> dict[str, str]:
    """Every key the model accepts, mapped to the English field name it fills."""
    keys: dict[str, str] = {}
    for name, info in model.model_fields.items():
        keys[name] = name
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            for choice in alias.choices:
                if isinstance(choice, str):
                    keys.setdefault(choice, name)
    return keys


@cache
def keys_of_field(model: type[BaseModel], name: str) -> tuple[str, ...]:
    """Every key that fills the field `name` of the model, in the order accepted_keys has."""
    return tuple(key for key, field in accepted_keys(model).items() if field == name)


@cache
def field_model(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The model inside a field (through Optional, list and Annotated), if there is one."""
    return _find_model(model.model_fields[name].annotation)


@cache
def entry_model(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The model of the values of a mapping field, such as the years of `actual`."""
    annotation = model.model_fields[name].annotation
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is not dict:
        return None
    return _find_model(typing.get_args(annotation)[1])


def _find_model(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is dict:
        return None  # mappings of scalars such as `actual` hold no model
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _find_model(arg)
            if found is not None:
                return found
    return None


def every_part(root: type[BaseModel]) -> list[type[BaseModel]]:
    """`root` and every model inside it, each once, outermost first."""
    found: list[type[BaseModel]] = [root]
    for model in found:
        for name in model.model_fields:
            for inner in (field_model(model, name), entry_model(model, name)):
                if inner is not None and inner not in found:
                    found.append(inner)
    return found


def key_in(model: type[BaseModel], field: str, language: str) -> str:
    """How a file written in `language` spells `field` of `model`: 'nuläge' for baseline."""
    return vocabulary.spelling(model.__name__, field, language)
