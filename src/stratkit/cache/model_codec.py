"""Store a validated strategy as JSON and rebuild exactly the same model without validating.

The cache keeps what validation produced so that a later run (and `stratkit status`) need
not validate an unchanged file again. Validating costs about 3 ms per file; rebuilding from
JSON written by pydantic itself, as `model_construct` does, skips the validators, which is safe
because the JSON only ever comes from a model that passed them (the cache key covers the file,
stratkit's code and the options, and a checksum the entry's bytes). Rebuilding still checks
the shape: every required field present, no unknown field, every value of its field's JSON
type, so that damage the checksum did not catch is a ValueError (the file is checked again),
never a model missing an attribute. tests/unit/test_modelstore.py checks that a rebuilt model
equals the validated one, field types and `model_fields_set` included.
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
# A field whose JSON value is the model's value: the JSON types it may have.
Plain = tuple[type, ...]
_PLAIN: dict[Any, Plain] = {str: (str,), int: (int,), float: (float,), bool: (bool,)}


def dump(strategy: StrategyFile) -> str:
    # exclude_unset keeps which fields the file gave, so model_fields_set survives the trip.
    return strategy.model_dump_json(exclude_unset=True)


def rebuild(text: str) -> StrategyFile:
    data = json.loads(text)
    try:
        built: StrategyFile = _builder(StrategyFile)(data)
    except (TypeError, KeyError, AttributeError) as error:
        raise ValueError(f"a damaged stored strategy: {error}") from error
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
    names = frozenset(model.model_fields)
    setattr_ = object.__setattr__

    def build(data: Any) -> BaseModel:
        # What model_construct does, without its alias handling (our JSON uses field names),
        # which makes it several times faster: __dict__ in field order with defaults filled
        # in, and model_fields_set as the fields the file gave.
        if type(data) is not dict or not names.issuperset(data):
            raise ValueError(f"a stored {model.__name__} is an object of its fields")
        values: dict[str, Any] = {}
        for name, kind, required, default, factory in fields:
            if name in data:
                value = data[name]
                if isinstance(kind, tuple):
                    if type(value) not in kind:
                        raise ValueError(f"a stored {model.__name__}.{name} of the wrong type")
                    values[name] = value
                else:
                    values[name] = kind(value)
            elif factory is not None:
                values[name] = factory()  # type: ignore[call-arg]
            elif not required:
                values[name] = default
            else:
                raise ValueError(f"a stored {model.__name__} without its {name}")
        instance = model.__new__(model)
        setattr_(instance, "__dict__", values)
        setattr_(instance, "__pydantic_fields_set__", set(data))
        setattr_(instance, "__pydantic_extra__", None)
        setattr_(instance, "__pydantic_private__", None)
        return instance

    return build


def _for(annotation: Any) -> Rebuild | Plain:
    """How to turn the JSON form of one field back into the value validation produced: the
    JSON types the value may have when it is the same, or a function that rebuilds it."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _for(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(inner) == 1:
            one = _for(inner[0])
            if isinstance(one, tuple):
                return (*one, type(None))
            return lambda value: None if value is None else _call(one, value)
        # int | float: JSON keeps 3 and 3.0 apart, which is all this union needs.
        if all(arg in (int, float) for arg in inner):
            return (int, float)
        # One value or a mapping year -> value (an initiative's status): the shape decides.
        mappings = [arg for arg in inner if typing.get_origin(_plain(arg)) is dict]
        if len(inner) == 2 and len(mappings) == 1:
            per_year = _for(mappings[0])
            one = _for(next(arg for arg in inner if arg is not mappings[0]))
            return lambda value: _call(per_year if isinstance(value, dict) else one, value)
        # int | float | a model (a year in `actual`): the model is the one JSON object.
        models = [arg for arg in inner if arg not in (int, float)]
        if len(models) == 1 and isinstance(models[0], type) and issubclass(models[0], BaseModel):
            model = _builder(models[0])
            return lambda value: model(value) if isinstance(value, dict) else _number(value)
        raise TypeError(f"cannot rebuild {annotation}")
    if origin is typing.Literal:
        return (str,)  # the assessed statuses: text, checked when the file was read
    if origin is list:
        item = _for(typing.get_args(annotation)[0])
        return lambda value: [_call(item, v) for v in _of(list, value)]
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        val = _for(value_type)
        # JSON object keys are text: the years of `actual` come back as int
        key: Rebuild = int if _plain(key_type) is int else str
        return lambda value: {key(k): _call(val, v) for k, v in _of(dict, value).items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _builder(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if annotation in _PLAIN:
        return _PLAIN[annotation]
    raise TypeError(f"cannot rebuild {annotation}")


def _number(value: Any) -> Any:
    if type(value) not in (int, float):
        raise ValueError("a stored year's value is a number or an object")
    return value


def _call(kind: Rebuild | Plain, value: Any) -> Any:
    if isinstance(kind, tuple):
        if type(value) not in kind:
            raise ValueError("a stored value of the wrong type")
        return value
    return kind(value)


def _of(kind: type, value: Any) -> Any:
    if type(value) is not kind:
        raise ValueError(f"a stored value that is not a {kind.__name__}")
    return value


def _plain(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation
