"""Store a validated strategy as JSON and rebuild exactly the same model without validating.

The cache keeps what validation produced so that a later run (and `stratkit status`) need
not validate an unchanged file again. Validating costs about 3 ms per file; rebuilding from
JSON written by pydantic itself, as `model_construct` does, skips the validators, which is safe
because the JSON only ever comes from a model that passed them (the cache key covers the file,
stratkit's code and the options). tests/test_modelstore.py checks that a rebuilt model equals
the validated one, field types and `model_fields_set` included.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic import BaseModel

from stratkit.model.strategy import StrategyFile

Rebuild = Callable[[Any], Any]


def dump(strategy: StrategyFile) -> str:
    # exclude_unset keeps which fields the file gave, so model_fields_set survives the trip.
    return strategy.model_dump_json(exclude_unset=True)


def rebuild(text: str) -> StrategyFile:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a stored strategy is a JSON object")
    built: StrategyFile = _builder(StrategyFile)(data)
    return built


@cache
def _builder(model: type[BaseModel]) -> Rebuild:
    if (
        model.__pydantic_post_init__
        or model.__private_attributes__
        or model.model_config.get("extra") == "allow"
    ):
        raise TypeError(f"{model.__name__} needs model_construct")  # none of ours do
    fields = [
        (name, _for(info.annotation), info.is_required(), info.default, info.default_factory)
        for name, info in model.model_fields.items()
    ]
    setattr_ = object.__setattr__

    def build(data: Any) -> BaseModel:
        # What model_construct does, without its alias handling (our JSON uses field names),
        # which makes it several times faster: __dict__ in field order with defaults filled
        # in, and model_fields_set as the fields the file gave.
        values: dict[str, Any] = {}
        for name, rebuild_value, required, default, factory in fields:
            if name in data:
                value = data[name]
                values[name] = value if rebuild_value is _same else rebuild_value(value)
            elif factory is not None:
                values[name] = factory()  # type: ignore[call-arg]
            elif not required:
                values[name] = default
        instance = model.__new__(model)
        setattr_(instance, "__dict__", values)
        setattr_(instance, "__pydantic_fields_set__", set(data))
        setattr_(instance, "__pydantic_extra__", None)
        setattr_(instance, "__pydantic_private__", None)
        return instance

    return build


def _same(value: Any) -> Any:
    return value


def _for(annotation: Any) -> Rebuild:
    """How to turn the JSON form of one field back into the value validation produced."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _for(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(inner) == 1:
            one = _for(inner[0])
            return lambda value: None if value is None else one(value)
        # int | float: JSON keeps 3 and 3.0 apart, which is all this union needs.
        if all(arg in (int, float) for arg in inner):
            return _same
        # One value or a mapping year -> value (an initiative's status): the shape decides.
        mappings = [arg for arg in inner if typing.get_origin(_plain(arg)) is dict]
        if len(inner) == 2 and len(mappings) == 1:
            per_year = _for(mappings[0])
            one = _for(next(arg for arg in inner if arg is not mappings[0]))
            return lambda value: per_year(value) if isinstance(value, dict) else one(value)
        raise TypeError(f"cannot rebuild {annotation}")
    if origin is typing.Literal:
        return _same
    if origin is list:
        item = _for(typing.get_args(annotation)[0])
        return list if item is _same else lambda value: [item(v) for v in value]
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        key, val = _for(key_type), _for(value_type)
        if key is _same and _plain(key_type) is int:
            key = int  # JSON object keys are text: the years of `actual` come back as int
        if val is _same:
            return lambda value: {key(k): v for k, v in value.items()}
        return lambda value: {key(k): val(v) for k, v in value.items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _builder(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if annotation in (str, int, float, bool):
        return _same
    raise TypeError(f"cannot rebuild {annotation}")


def _plain(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation
