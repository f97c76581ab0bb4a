"""Tie findings to file positions, and turn pydantic's errors into findings users can act on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from stratkit.diagnostics import FILE_START, Diagnostic, Finding, Span
from stratkit.messages import Spelt, Written, resolve
from stratkit.model.values import describe
from stratkit.model.vocabulary import spelling, value_word
from stratkit.reading.unknown_keys import Loc, raw_path, spellings
from stratkit.reading.yaml_reader import Slot


class Slots(Protocol):
    """Where the entries of a file are: yamlread's dict of slots, or nodeslots.NodeSlots."""

    def get(self, loc: Loc, /) -> Slot | None: ...

    def __contains__(self, loc: object, /) -> bool: ...


def to_diagnostics(
    path: str,
    findings: Iterable[Finding],
    slots: Slots,
    text: str | None = None,
    vocabulary: str = "en",
) -> list[Diagnostic]:
    """Place each finding; its Written values become the words the file has there."""

    def fill(marker: Written | Spelt) -> str:
        if isinstance(marker, Spelt):
            return value_word(marker.table, marker.value, vocabulary)
        return _written(marker, slots, text, vocabulary)

    return [
        Diagnostic.at(
            path, _span(f, slots), f.code, resolve(f.message, fill) or "", resolve(f.hint, fill)
        )
        for f in findings
    ]


def _written(written: Written, slots: Slots, text: str | None, vocabulary: str) -> str:
    loc = raw_path(written.loc, slots)
    slot = slots.get(loc)
    if written.kind == "key":
        if slot is not None and isinstance(loc[-1], str):
            return loc[-1]
        return spelling(written.part or "", written.fallback, vocabulary)
    if slot is None or text is None:
        return written.fallback
    span = slot.value
    if span.line != span.end_line:
        return written.fallback
    lines = text.splitlines()
    if not 0 < span.line <= len(lines):
        return written.fallback
    cut = lines[span.line - 1][span.column - 1 : span.end_column - 1].strip()
    if len(cut) >= 2 and cut[0] == cut[-1] and cut[0] in "'\"":
        cut = cut[1:-1]
    return cut or written.fallback


def _span(finding: Finding, slots: Slots) -> Span:
    loc = raw_path(finding.loc, slots)
    # A missing key has no position of its own: point at the nearest enclosing entry.
    for end in range(len(loc), 0, -1):
        slot = slots.get(loc[:end])
        if slot is not None:
            if finding.on_key and end == len(loc) and slot.key is not None:
                return slot.key
            return slot.value
    return FILE_START


_STRUCTURE = {
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
    "list_type": "a list (lines starting with '- ')",
}


def from_pydantic(errors: Iterable[Mapping[str, Any]]) -> list[Finding]:
    findings = []
    for error in errors:
        loc: list[str | int] = list(error["loc"])
        on_key = bool(loc) and loc[-1] == "[key]"
        if on_key:
            loc.pop()
        kind = str(error["type"])
        ctx = error.get("ctx") or {}
        if kind.startswith("STK"):
            findings.append(Finding(kind, tuple(loc), error["msg"], ctx.get("hint"), on_key))
        elif kind == "missing":
            keys = spellings(tuple(loc)) if loc else ["?"]
            written = " or ".join(f"'{key}: …'" for key in keys)
            findings.append(
                Finding(
                    "STK106",
                    tuple(loc),
                    f"required key '{keys[0]}' is missing",
                    f"add {written} here; `stratkit init` writes a commented example file",
                )
            )
        elif kind in _STRUCTURE:
            found = describe(error.get("input"))
            if kind == "list_type":
                hint = "write it as a list: each item on its own indented line starting with '- '"
            else:
                hint = "write the keys on their own lines below, indented by two spaces"
            findings.append(
                Finding("STK105", tuple(loc), f"expected {_STRUCTURE[kind]}, found {found}", hint)
            )
        elif kind == "extra_forbidden":
            findings.append(
                Finding("STK103", tuple(loc), f"unknown key '{loc[-1]}'", None, on_key=True)
            )
        else:
            findings.append(Finding("STK105", tuple(loc), str(error["msg"])))
    return findings
