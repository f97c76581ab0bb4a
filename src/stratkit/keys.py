"""Which keys each part of a strategy file accepts, read off the pydantic models.

Before pydantic sees the data we remove `x-` extension keys and report unknown keys and keys
given in two languages ourselves: pydantic would say "Extra inputs are not permitted", while a
user needs "unknown key 'målsättnig' (did you mean 'målsättning'?)".
"""

from __future__ import annotations

import difflib
import types
import typing
from functools import cache

from pydantic import AliasChoices, BaseModel

from stratkit.diagnostics import Finding
from stratkit.model import StrategyFile

Loc = tuple[str | int, ...]


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
                    keys[choice] = name
    return keys


@cache
def field_model(model: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The model inside a field (through Optional, list and Annotated), if there is one."""
    return _find_model(model.model_fields[name].annotation)


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


def clean(
    data: object, model: type[BaseModel] = StrategyFile, extensions: list[object] | None = None
) -> tuple[object, list[Finding]]:
    """Drop extension keys and keys we report here; return what pydantic should validate.

    The values of the dropped `x-` keys are added to `extensions` when it is given.
    """
    findings: list[Finding] = []
    return _clean(data, model, (), findings, extensions), findings


def _clean(
    data: object,
    model: type[BaseModel],
    loc: Loc,
    findings: list[Finding],
    extensions: list[object] | None = None,
) -> object:
    if not isinstance(data, dict):
        return data  # pydantic reports the wrong structure
    accepted = accepted_keys(model)
    kept: dict[str, object] = {}
    filled: dict[str, str] = {}  # field name -> the key that filled it
    for key, value in data.items():
        if not isinstance(key, str):
            # Only the fast reader (fastread) hands over keys that are not text, such as
            # `2020:`; yamlread keeps every key as text. Refuse, so the exact reader decides.
            findings.append(Finding("STK105", loc, f"a key must be text, found {key!r}"))
            continue
        if key.startswith("x-"):
            if extensions is not None:
                extensions.append(value)
            continue
        field = accepted.get(key)
        if field is None:
            findings.append(_unknown(key, model, loc))
            continue
        if field in filled:
            findings.append(
                Finding(
                    "STK104",
                    (*loc, key),
                    f"'{key}' and '{filled[field]}' are the same key in two languages",
                    f"keep only one of '{filled[field]}' and '{key}'",
                    on_key=True,
                )
            )
            continue
        filled[field] = key
        inner = field_model(model, field)
        kept[key] = _clean_field(value, inner, (*loc, key), findings, extensions)
    return kept


def _clean_field(
    value: object,
    inner: type[BaseModel] | None,
    loc: Loc,
    findings: list[Finding],
    extensions: list[object] | None,
) -> object:
    if inner is None:
        return value
    if isinstance(value, list):
        return [
            _clean(item, inner, (*loc, i), findings, extensions) for i, item in enumerate(value)
        ]
    return _clean(value, inner, loc, findings, extensions)


def _unknown(key: str, model: type[BaseModel], loc: Loc) -> Finding:
    accepted = accepted_keys(model)
    hint = None
    if key.lower() in accepted:
        suggestion = key.lower()
        hint = f"keys are written in lowercase: '{suggestion}'"
    else:
        close = difflib.get_close_matches(key.lower(), list(accepted), n=1, cutoff=0.6)
        suggestion = close[0] if close else ""
        home = _home_of(key) if not suggestion else None
        if suggestion:
            hint = f"rename the key to '{suggestion}'"
        elif home:
            hint = f"'{key}' belongs under '{home}:'"
        else:
            hint = "allowed keys here: " + ", ".join(accepted) + " (or an 'x-' extension key)"
    message = f"unknown key '{key}'"
    if suggestion:
        message += f" (did you mean '{suggestion}'?)"
    return Finding("STK103", (*loc, key), message, hint, on_key=True)


def _home_of(key: str) -> str | None:
    """The top-level section where a misplaced key belongs, e.g. 'vision' -> 'strategy'."""
    for section in ("strategy", "municipality"):
        inner = field_model(StrategyFile, section)
        if inner is not None and key in accepted_keys(inner):
            return section
    return None


def raw_path(loc: Loc, present: typing.Container[Loc]) -> Loc:
    """Translate a path of English field names to the keys actually written in the file."""
    model: type[BaseModel] | None = StrategyFile
    path: Loc = ()
    for part in loc:
        field = accepted_keys(model).get(part) if model and isinstance(part, str) else None
        if model is None or field is None:
            path = (*path, part)
            if isinstance(part, str):
                model = None  # past the schema (e.g. a year in `actual`): keep parts as given
            continue
        spellings = [part] + [k for k, name in accepted_keys(model).items() if name == field]
        written = next((key for key in spellings if (*path, key) in present), part)
        path = (*path, written)
        model = field_model(model, field)
    return path
