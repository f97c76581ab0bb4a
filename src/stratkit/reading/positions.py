"""Tie findings to file positions, and turn pydantic's errors into findings users can act on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from stratkit.diagnostics import FILE_START, Diagnostic, Finding, Span
from stratkit.i18n import N_
from stratkit.messages import Message, Spelt, Written, resolve
from stratkit.model.values import describe
from stratkit.model.vocabulary import spelling, value_word
from stratkit.reading.unknown_keys import Loc, part_at, raw_path, spellings
from stratkit.reading.yaml_reader import Slot


class Slots(Protocol):
    """Where the entries of a file are: yaml_reader's dict of slots, or NodePositions."""

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

    lines: list[str] = []  # the text's lines, split once when a value is first quoted
    # A finding and the values its message quotes mostly share their paths.
    paths = _RawPaths(slots)

    def fill(marker: Written | Spelt) -> str:
        if isinstance(marker, Spelt):
            if marker.value == "*":  # every value of the choice
                return ", ".join(value_word(marker.table, v, vocabulary) for v in marker.table)
            return value_word(marker.table, marker.value, vocabulary)
        if text is not None and not lines:
            lines.extend(text.splitlines())
        return _written(marker, paths, lines if text is not None else None, vocabulary)

    return [
        Diagnostic.at(
            path, _span(f, paths), f.code, resolve(f.message, fill) or "", resolve(f.hint, fill)
        )
        for f in findings
    ]


def _written(written: Written, slots: _RawPaths, lines: list[str] | None, vocabulary: str) -> str:
    loc = slots.written(written.loc)
    slot = slots.get(loc)
    if written.kind == "key":
        if slot is not None and isinstance(loc[-1], str):
            return loc[-1]
        return spelling(written.part or "", written.fallback, vocabulary)
    if slot is None or lines is None:
        return written.fallback
    span = slot.value
    if span.line != span.end_line:
        return written.fallback
    if not 0 < span.line <= len(lines):
        return written.fallback
    cut = lines[span.line - 1][span.column - 1 : span.end_column - 1].strip()
    if len(cut) >= 2 and cut[0] == cut[-1] and cut[0] in "'\"":
        cut = cut[1:-1]
    return cut or written.fallback


def _span(finding: Finding, slots: _RawPaths) -> Span:
    loc = slots.written(finding.loc)
    # A missing key has no position of its own: point at the nearest enclosing entry.
    for end in range(len(loc), 0, -1):
        slot = slots.get(loc[:end])
        if slot is not None:
            if finding.on_key and end == len(loc) and slot.key is not None:
                return slot.key
            return slot.value
    return FILE_START


_MAPPING = N_("expected a mapping (key: value lines), found {found}")
_STRUCTURE = {
    "model_type": _MAPPING,
    "model_attributes_type": _MAPPING,
    "dict_type": _MAPPING,
    "list_type": N_("expected a list (lines starting with '- '), found {found}"),
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
            message = ctx.get("message") or error["msg"]
            findings.append(Finding(kind, tuple(loc), message, ctx.get("hint"), on_key))
        elif kind == "missing":
            keys = spellings(tuple(loc)) if loc else ["?"]
            # The key as the file would write it: 'titel' in a file with Swedish keys.
            key = Written(tuple(loc), "key", keys[0], part_at(tuple(loc)))
            findings.append(
                Finding(
                    "STK106",
                    tuple(loc),
                    Message("required key '{key}' is missing", key=key),
                    Message(
                        "add '{key}: …' here; `stratkit init` writes a commented example file",
                        key=key,
                    ),
                )
            )
        elif kind in _STRUCTURE:
            found = describe(error.get("input"))
            if kind == "list_type":
                hint = Message(
                    "write it as a list: each item on its own indented line starting with '- '"
                )
            else:
                hint = Message("write the keys on their own lines below, indented by two spaces")
            message = Message(_STRUCTURE[kind], found=found)
            findings.append(Finding("STK105", tuple(loc), message, hint))
        elif kind == "extra_forbidden":
            message = Message("unknown key '{key}'", key=str(loc[-1]))
            findings.append(Finding("STK103", tuple(loc), message, None, on_key=True))
        else:
            # pydantic's own words, for a case the format never produces.
            findings.append(Finding("STK105", tuple(loc), str(error["msg"])))
    return findings


class _RawPaths:
    """Slots that also remember the path each English path is written as in the file."""

    __slots__ = ("_paths", "_slots")

    def __init__(self, slots: Slots) -> None:
        self._slots = slots
        self._paths: dict[Loc, Loc] = {}

    def get(self, loc: Loc, /) -> Slot | None:
        return self._slots.get(loc)

    def __contains__(self, loc: object, /) -> bool:
        return loc in self._slots

    def written(self, loc: Loc) -> Loc:
        found = self._paths.get(loc)
        if found is None:
            found = self._paths[loc] = raw_path(loc, self._slots)
        return found
