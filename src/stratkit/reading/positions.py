"""Tie findings to file positions, and turn pydantic's errors into findings users can act on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from stratkit.diagnostics import FILE_START, Diagnostic, Finding, Span
from stratkit.model.values import describe
from stratkit.reading.unknown_keys import Loc, raw_path, spellings
from stratkit.reading.yaml_reader import Slot


class Slots(Protocol):
    """Where the entries of a file are: yamlread's dict of slots, or nodeslots.NodeSlots."""

    def get(self, loc: Loc, /) -> Slot | None: ...

    def __contains__(self, loc: object, /) -> bool: ...


def to_diagnostics(path: str, findings: Iterable[Finding], slots: Slots) -> list[Diagnostic]:
    return [Diagnostic.at(path, _span(f, slots), f.code, f.message, f.hint) for f in findings]


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
        # '|one' and '|years' name the shape a value was read as (model.followup.shape), not
        # a key of the file: leave them out of the location.
        loc: list[str | int] = [
            part for part in error["loc"] if not (isinstance(part, str) and part[:1] == "|")
        ]
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
