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
from stratkit.model.strategy import StrategyFile

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
        # A mapping year -> model (`assessment`) holds a model; `actual` holds numbers.
        return _find_model(typing.get_args(annotation)[1])
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
        if inner is not None and isinstance(value, dict) and _per_year(model, field):
            kept[key] = {
                year: _clean(item, inner, (*loc, key, year), findings, extensions)
                for year, item in value.items()
            }
            continue
        kept[key] = _clean_field(value, inner, (*loc, key), findings, extensions)
    return kept


@cache
def _per_year(model: type[BaseModel], name: str) -> bool:
    """Whether the field maps years to models, such as an indicator's `assessment`."""
    annotation = model.model_fields[name].annotation
    return typing.get_origin(annotation) is dict


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


# Finnish names of the indicator-table columns, which the format does not take (yet): the
# hint names the key to write instead of guessing from the spelling.
_FINNISH = {
    "mittari": "mätare",
    "nykytila": "nuläge",
    "lähtötaso": "nuläge",
    "lähtötilanne": "nuläge",
    "tavoite": "målsättning",
    "toteutunut": "förverkligats",
    "toteuma": "förverkligats",
    "hyöty": "nytta",
}


def _unknown(key: str, model: type[BaseModel], loc: Loc) -> Finding:
    accepted = accepted_keys(model)
    message = f"unknown key '{key}'"
    if key.lower() in accepted:
        return Finding(
            "STK103", (*loc, key), message, f"keys are written in lowercase: '{key.lower()}'", True
        )
    if _FINNISH.get(key.lower()) in accepted:
        swedish = _FINNISH[key.lower()]
        hint = f"write the Swedish key '{swedish}' (or its English name '{accepted[swedish]}')"
        return Finding("STK103", (*loc, key), message, hint, on_key=True)
    if key.isdigit():
        # `{year: 2030, value: 1 300,5}`: the comma ends the entry and "5" becomes a key.
        hint = 'a number with a decimal comma inside { } must be in quotes: value: "1 300,5"'
        return Finding("STK103", (*loc, key), message, hint, on_key=True)
    # 0.75 keeps real misspellings (målsättnig, mätar, titel) and drops far-fetched ones.
    close = difflib.get_close_matches(key.lower(), list(accepted), n=1, cutoff=0.75)
    if close:
        message += f" (did you mean '{close[0]}'?)"
        hint = f"rename the key to '{close[0]}'"
    elif home := _home_of(key):
        hint = f"'{key}' belongs under '{home}:'"
    else:
        hint = "allowed keys here: " + ", ".join(accepted) + " (or an 'x-' extension key)"
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


def spellings(loc: Loc) -> list[str]:
    """Every key that fills the field at `loc`, e.g. ['title', 'nytta'] for an indicator's."""
    model: type[BaseModel] | None = StrategyFile
    for part in loc[:-1]:
        if model is None:
            return [str(loc[-1])]
        field = accepted_keys(model).get(part) if isinstance(part, str) else None
        if field is not None:
            model = field_model(model, field)
    if model is None:
        return [str(loc[-1])]
    field = accepted_keys(model).get(str(loc[-1]), str(loc[-1]))
    return [key for key, name in accepted_keys(model).items() if name == field] or [field]
