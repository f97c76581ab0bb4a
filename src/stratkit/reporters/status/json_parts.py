"""Status as JSON made one strategy at a time, in the worker that validated the file, and
joined here: the same bytes as reporters.status.json, without 600 models in one process.

A national run judges 24 000 indicators. Building one document of nested dicts and encoding
it with indentation (the standard library's pure-Python encoder) was most of
`status --format json`. Here each strategy's part is written as indented text where its
model exists (validation.products) and kept in the cache; the command only joins the parts.
The indicators, nine tenths of the text, are written one f-string each; everything else is
the normal renderer's dict through a small indenting encoder. tests/unit/test_status_parts.py
holds both to `json.dumps(..., indent=2)` of the normal renderer's dict.

A part never holds the strategy's name, which comes from the file name: the cache keys parts
on the file's contents, so a renamed copy must not bring its old name along.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from stratkit.model.choices import Method
from stratkit.reporters import RenderOptions
from stratkit.reporters.status.json import strategy_dict

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.assess import Assessment, Value
    from stratkit.progress.people import Analysis, Judged
    from stratkit.validation.status import StatusParts

# A JSON string exactly as json.dumps(ensure_ascii=False) writes it (the C function it uses).
_text = json.encoder.encode_basestring
_dumps = json.JSONEncoder(ensure_ascii=False).encode
# A part is one line of a cache entry: it is written with NUL for each line break, which JSON
# text never holds raw (the encoder escapes every control character inside strings).
_BREAK = "\x00"
# The document's depths: a strategy's keys, an indicator, an indicator's keys, their values'.
_STRATEGY_KEY, _INDICATOR, _INDICATOR_KEY, _INNER = (_BREAK + " " * n for n in (6, 8, 10, 12))


def part(
    as_of: int | None, method: Method | None, today: int | None, strategy: StrategyFile
) -> str:
    """One strategy's part: its language, the methods its indicators were judged by (the
    document's `method` needs them all) and its JSON after the name, tab-separated.

    What the workers call (validation.products): module level, so that spawned workers find
    it; the arguments before the strategy are everything the text depends on.
    """
    from stratkit.progress.rollup import strategy_status

    status = strategy_status("", strategy, as_of, method, today)
    fields = strategy_dict(status, indicators=False)
    del fields["name"]
    pieces = []
    for key, value in fields.items():
        text = _indicators(status.assessments) if key == "indicators" else _indented(value, 6)
        pieces.append(f",{_STRATEGY_KEY}{_text(key)}: {text}")
    methods = ",".join(sorted(m.value for m in {a.method for a in status.assessments}))
    return f"{strategy.language.value}\t{methods}\t{''.join(pieces)}{_BREAK}    }}"


def render(result: StatusParts, options: RenderOptions) -> Iterator[str]:
    """The document of the parts, as reporters.status.json.render writes it of the models,
    piece by piece: a nation's is 25 MB, which is not worth holding twice."""
    bodies = []  # where each part's JSON starts, after its language and methods
    methods: set[str] = set()
    for _, made in result.parts:
        after_methods = made.index("\t", made.index("\t") + 1)
        methods.update(made[made.index("\t") + 1 : after_methods].split(","))
        bodies.append(after_methods + 1)
    methods.discard("")
    if result.method is not None:
        method: str | None = result.method.value
    else:
        method = methods.pop() if len(methods) == 1 else None if methods else Method.LINEAR.value
    head = f'{{\n  "as_of": {_dumps(result.as_of)},\n  "method": {_dumps(method)},\n'
    if not result.parts:
        yield head + '  "strategies": []\n}\n'
        return
    yield head + '  "strategies": ['
    separator = "\n"
    for (name, made), body in zip(result.parts, bodies, strict=True):
        start = f'{separator}    {{\n      "name": {_text(name)}'
        yield start + made[body:].replace(_BREAK, "\n")
        separator = ",\n"
    yield "\n  ]\n}\n"


def _indicators(assessments: tuple[Assessment, ...]) -> str:
    if not assessments:
        return "[]"
    return (
        "[" + _INDICATOR + f",{_INDICATOR}".join(map(_indicator, assessments)) + _STRATEGY_KEY + "]"
    )


def _indicator(a: Assessment) -> str:
    """`assessment_dict(a)` indented as at its place in the document, one f-string (its
    parts are joined in one step). The enums are StrEnums, which the encoder writes as their
    text (their `.value` is a slower descriptor); what is often missing is tested here rather
    than in a call."""
    ind, verdict, k = a.indicator, a.verdict, _INDICATOR_KEY
    direction, reason, judged, analysis = a.direction, verdict.reason, a.judged, a.analysis
    metric, unit, target, after = ind.metric, ind.unit, ind.target, a.after_period
    decision = target.decision if target else None
    progress, expected, pace = verdict.progress, verdict.expected, verdict.pace
    observed, required = verdict.cagr_observed, verdict.cagr_required
    return (
        f'{{{k}"id": {_text(ind.id)},'
        f'{k}"title": {_text(ind.title)},'
        f'{k}"goals": {_strings(ind.goals) if ind.goals else "[]"},'
        f'{k}"metric": {"null" if metric is None else _text(metric)},'
        f'{k}"unit": {"null" if unit is None else _text(unit)},'
        f'{k}"direction": {"null" if direction is None else _text(direction)},'
        f'{k}"method": {_text(a.method)},'
        f'{k}"baseline": {_point(a.baseline)},'
        f'{k}"baseline_inferred": {"true" if a.baseline_inferred else "false"},'
        f'{k}"target": {_point(a.target)},'
        f'{k}"target_decision": {"null" if decision is None else _text(decision)},'
        f'{k}"latest": {_point(a.latest)},'
        f'{k}"after_period": {"null" if after is None else _point(after)},'
        f'{k}"progress": {"null" if progress is None else _number(progress)},'
        f'{k}"expected": {"null" if expected is None else _number(expected)},'
        f'{k}"pace": {"null" if pace is None else _number(pace)},'
        f'{k}"cagr_observed": {"null" if observed is None else _number(observed)},'
        f'{k}"cagr_required": {"null" if required is None else _number(required)},'
        f'{k}"status": {_text(a.status)},'
        f'{k}"reason": {"null" if reason is None else _text(reason)},'
        f'{k}"computed_status": {_text(verdict.status)},'
        f'{k}"assessed": {"true" if a.assessed else "false"},'
        f'{k}"assessment": {"null" if judged is None else _indented(_judged(judged), 10)},'
        f'{k}"analysis": {"null" if analysis is None else _indented(_analysis(analysis), 10)}'
        f"{_INDICATOR}}}"
    )


def _analysis(analysis: Analysis) -> dict[str, object]:
    return {"year": analysis.year, "text": analysis.text}


def _judged(judged: Judged) -> dict[str, object]:
    return {"year": judged.year, "status": judged.status.value, "motivation": judged.motivation}


def _point(value: Value | None) -> str:
    """reporters.status.json's point: year and value, and the details a year may have."""
    if value is None:
        return "null"
    # A year is a whole number (model.values): json.dumps writes it by repr.
    text = f'{{{_INNER}"year": {value.year!r},{_INNER}"value": {_number(value.value)}'
    if value.preliminary:
        text += f',{_INNER}"preliminary": true'
    if value.women is not None or value.men is not None:
        text += f',{_INNER}"women": {_number(value.women)},{_INNER}"men": {_number(value.men)}'
    return text + _INDICATOR_KEY + "}"


def _strings(texts: list[str]) -> str:
    return "[" + _INNER + f",{_INNER}".join(map(_text, texts)) + _INDICATOR_KEY + "]"


def _number(value: object) -> str:
    """A number, null, true or false as json.dumps writes it: ints and finite floats by repr,
    the rest (NaN, infinities, subclasses) by the encoder itself."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
        return repr(value)
    return _dumps(value)


def _indented(value: object, depth: int) -> str:
    """`json.dumps(value, indent=2)` for a value written `depth` spaces in: the same text,
    without the standard library's generators (five times faster for small values)."""
    kind = type(value)
    if kind is str:
        return _text(value)  # type: ignore[arg-type]
    if kind is dict and value:
        inner = _BREAK + " " * (depth + 2)
        try:
            pairs = [
                f"{_text(key)}: {_indented(item, depth + 2)}"
                for key, item in value.items()  # type: ignore[attr-defined]
            ]
        except TypeError:  # a key that is not text: json.dumps turns it into text
            pairs = None
        if pairs is not None:
            return "{" + inner + f",{inner}".join(pairs) + _BREAK + " " * depth + "}"
    elif kind is list and value:
        inner = _BREAK + " " * (depth + 2)
        items = [_indented(item, depth + 2) for item in value]  # type: ignore[attr-defined]
        return "[" + inner + f",{inner}".join(items) + _BREAK + " " * depth + "]"
    elif kind not in (dict, list, tuple):
        return _number(value)
    # Empty containers, tuples, keys that are not text: the standard library itself.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", _BREAK + " " * depth)
