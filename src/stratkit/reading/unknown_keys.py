"""Which keys each part of a strategy file accepts, and the keys it does not.

Before pydantic sees the data we remove `x-` extension keys and report unknown keys and keys
given in two languages ourselves: pydantic would say "Extra inputs are not permitted", while a
user needs "unknown key 'målsättnig' (did you mean 'målsättning'?)".
"""

from __future__ import annotations

import typing

from pydantic import BaseModel

from stratkit.diagnostics import Finding
from stratkit.messages import Message
from stratkit.model.parts import accepted_keys, entry_model, field_model, keys_of_field
from stratkit.model.strategy import StrategyFile
from stratkit.reading.key_suggestions import (
    Vocabulary,
    file_vocabulary,
    joined_number,
    points_as_actual,
    unknown_key,
)

Loc = tuple[str | int, ...]


def clean(
    data: object, model: type[BaseModel] = StrategyFile, extensions: list[object] | None = None
) -> tuple[object, list[Finding]]:
    """Drop extension keys and keys we report here; return what pydantic should validate.

    The values of the dropped `x-` keys are added to `extensions` when it is given. A key
    reported as a misspelling of a key that is not there stands in for it, so that one
    mistake is one diagnostic (not also "required key missing") and its value is checked.
    """
    findings: list[Finding] = []
    reading = _Reading(data, findings, extensions)
    return reading.part(data, model, ()), findings


class _Reading:
    __slots__ = ("_vocabulary", "data", "extensions", "findings")

    def __init__(
        self, data: object, findings: list[Finding], extensions: list[object] | None
    ) -> None:
        self.data = data
        self._vocabulary: Vocabulary | None = None
        self.findings = findings
        self.extensions = extensions

    @property
    def vocabulary(self) -> Vocabulary:
        # Looked at only for an unknown key: most files have none, and a national run reads
        # every file's keys here.
        if self._vocabulary is None:
            self._vocabulary = file_vocabulary(self.data)
        return self._vocabulary

    def part(self, data: object, model: type[BaseModel], loc: Loc) -> object:
        if not isinstance(data, dict):
            return data  # pydantic reports the wrong structure
        accepted = accepted_keys(model)
        kept: dict[str, object] = {}
        filled: dict[str, str] = {}  # field name -> the key that filled it
        unknown: list[tuple[str, object]] = []
        for key, value in data.items():
            # Known keys first: they are text and no extension, so the common case asks once.
            field = accepted.get(key)
            if field is None:
                if not isinstance(key, str):
                    # Only the fast reader (fast_reader) hands over keys that are not text, such
                    # as `2020:`; yaml_reader keeps every key as text. Refuse, so the exact
                    # reader decides.
                    message = Message("a key must be text, found {found}", found=repr(key))
                    self.findings.append(Finding("STK105", loc, message))
                elif key.startswith("x-"):
                    if self.extensions is not None:
                        self.extensions.append(value)
                else:
                    unknown.append((key, value))
                continue
            if field in filled:
                self.findings.append(_twice(loc, key, filled[field]))
                continue
            filled[field] = key
            # Most values are text or numbers, with no keys inside: decided here, as the
            # national run passes every value of 600 files through this loop.
            kept[key] = (
                self.field(value, model, field, (*loc, key))
                if isinstance(value, dict | list)
                else value
            )
        for key, value in unknown:
            finding, meant = unknown_key(key, value, model, loc, data, self.vocabulary)
            self.findings.append(finding)
            if meant is not None and meant not in filled:
                filled[meant] = meant
                kept[meant] = self.field(value, model, meant, (*loc, meant))
            joined = joined_number(key, value, data)
            if joined is not None and joined[0] in kept:
                kept[joined[0]] = joined[1]  # 9,4 as written, not the 9 the comma left
        return kept

    def field(self, value: object, model: type[BaseModel], field: str, loc: Loc) -> object:
        if not isinstance(value, dict | list):
            return value  # text or a number: no keys inside (most fields, checked first)
        if field == "actual":
            wrong = points_as_actual(value, loc)
            if wrong is not None:
                self.findings.append(wrong[0])
                return wrong[1]
        inner = field_model(model, field)
        if inner is None:
            # The years of `actual` may be mappings ({value, preliminary, …}): their keys too.
            entries = entry_model(model, field)
            if entries is not None and isinstance(value, dict):
                # Most years hold a bare number: only a year written as a mapping has keys.
                # (Both readers make plain dicts, so the exact type is enough.)
                if dict not in map(type, value.values()):
                    return value
                return {k: self.part(v, entries, (*loc, k)) for k, v in value.items()}
            return value
        if isinstance(value, list):
            return [self.part(item, inner, (*loc, i)) for i, item in enumerate(value)]
        return self.part(value, inner, loc)


def _twice(loc: Loc, key: str, first: str) -> Finding:
    return Finding(
        "STK104",
        (*loc, key),
        Message("'{key}' and '{first}' are the same key in two languages", key=key, first=first),
        Message("keep only one of '{first}' and '{key}'", key=key, first=first),
        on_key=True,
    )


def raw_path(loc: Loc, present: typing.Container[Loc]) -> Loc:
    """Translate a path of English field names to the keys actually written in the file."""
    model: type[BaseModel] | None = StrategyFile
    path: Loc = ()
    entries: type[BaseModel] | None = None  # the model of the next part's value (a year's)
    for part in loc:
        if model is None:  # a year of a mapping year -> part, else past the schema
            path = (*path, part)
            model, entries = entries, None
            continue
        field = accepted_keys(model).get(part) if isinstance(part, str) else None
        if field is None:
            path = (*path, part)
            if isinstance(part, str):  # a key the model does not know: past the schema
                model, entries = None, None
            continue
        written = next(
            (key for key in (part, *keys_of_field(model, field)) if (*path, key) in present), part
        )
        path = (*path, written)
        entries = entry_model(model, field)
        model = field_model(model, field)
    return path


def _model_at(parts: Loc) -> type[BaseModel] | None:
    """The model whose keys come after `parts`; into the years of a mapping of parts (a
    year's details in `actual`, a year's `assessment`) too."""
    model: type[BaseModel] | None = StrategyFile
    entries: type[BaseModel] | None = None
    for part in parts:
        if model is None:
            model, entries = entries, None  # a year of a mapping year -> part
            continue
        field = accepted_keys(model).get(part) if isinstance(part, str) else None
        if field is not None:
            entries = entry_model(model, field)
            model = field_model(model, field)
    return model


def spellings(loc: Loc) -> list[str]:
    """Every key that fills the field at `loc`, e.g. ['title', 'nytta'] for an indicator's."""
    model = _model_at(loc[:-1])
    if model is None:
        return [str(loc[-1])]
    field = accepted_keys(model).get(str(loc[-1]), str(loc[-1]))
    return [key for key, name in accepted_keys(model).items() if name == field] or [field]


def part_at(loc: Loc) -> str:
    """The name of the model that holds the last key of `loc`, e.g. 'Indicator'."""
    model = _model_at(loc[:-1])
    return model.__name__ if model is not None else ""
