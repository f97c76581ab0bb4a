"""Status as JSON and CSV, made one strategy at a time and joined by the caller.

A national run judges 24 000 indicators. Building one document of nested dicts and encoding
it with indentation (the standard library's pure-Python encoder) took three quarters of
`status --format json`. Here each strategy's part is made as text where its model exists (in
the worker that validated the file, see validation.batch.Product), kept in the cache, and the
command only joins the parts: the main process never builds 600 models.

A part never holds the strategy's name, which comes from the file name: the cache keys parts
on the file's contents, so a renamed copy must not bring its old name along.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from stratkit.model.choices import Method
from stratkit.reporters.text.spreadsheet import CsvStyle, csv_line

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.assess import Assessment, Value
    from stratkit.progress.overview import InitiativeTally
    from stratkit.progress.rollup import StrategyStatus

# The compact encoder is the C one; the parts are joined into one line per strategy.
_dumps = json.JSONEncoder(ensure_ascii=False).encode
# A JSON string as that encoder writes it (in C): quotes, escapes, no ASCII-only escaping.
_text = json.encoder.encode_basestring

CSV_COLUMNS = [
    "strategy",
    "municipality",
    "indicator",
    "title",
    "goals",
    "metric",
    "unit",
    "direction",
    "method",
    "baseline_year",
    "baseline_value",
    "baseline_inferred",
    "target_year",
    "target_value",
    "latest_year",
    "latest_value",
    "progress",
    "expected",
    "pace",
    "cagr_observed",
    "cagr_required",
    "status",
    "reason",
]


def json_part(status: StrategyStatus) -> str:
    """One strategy as JSON without its name, after the methods its indicators were judged by
    (comma-separated) and a tab: the document's top-level `method` needs them all.

    The text is what `_dumps(strategy_dict(status))` gives (tests/test_status_parts.py), made
    from templates: building and encoding 18 keys for each of 24 000 indicators was most of
    a national run's cost beyond checking the files.
    """
    methods = ",".join(sorted({a.method.value for a in status.assessments}))
    rest = strategy_dict(status, indicators=False)
    indicators = ", ".join(map(assessment_json, status.assessments))
    head = _dumps({k: rest[k] for k in ("title", "municipality", "language", "period", "statuses")})
    tail = _dumps({k: rest[k] for k in ("goals", "initiatives")})
    return f'{methods}\t{head[:-1]}, "indicators": [{indicators}], {tail[1:]}'


def assessment_json(a: Assessment) -> str:
    """`_dumps(assessment_dict(a))`, made faster."""
    ind, verdict = a.indicator, a.verdict
    direction, reason = a.direction, verdict.reason
    return (
        f'{{"id": {_text(ind.id)}, "title": {_text(ind.title)}, '
        f'"goals": [{", ".join(map(_text, ind.goals))}], '
        f'"metric": {_maybe_text(ind.metric)}, "unit": {_maybe_text(ind.unit)}, '
        f'"direction": {"null" if direction is None else _text(direction)}, '
        f'"method": {_text(a.method)}, "baseline": {_point_json(a.baseline)}, '
        f'"baseline_inferred": {"true" if a.baseline_inferred else "false"}, '
        f'"target": {_point_json(a.target)}, "latest": {_point_json(a.latest)}, '
        f'"progress": {_json_number(verdict.progress)}, '
        f'"expected": {_json_number(verdict.expected)}, "pace": {_json_number(verdict.pace)}, '
        f'"cagr_observed": {_json_number(verdict.cagr_observed)}, '
        f'"cagr_required": {_json_number(verdict.cagr_required)}, '
        f'"status": {_text(verdict.status)}, '
        f'"reason": {"null" if reason is None else _text(reason)}}}'
    )


def _maybe_text(value: str | None) -> str:
    return "null" if value is None else _text(value)


def _point_json(value: Value | None) -> str:
    if value is None:
        return "null"
    return f'{{"year": {value.year}, "value": {_json_number(value.value)}}}'


def _json_number(value: float | None) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float and math.isfinite(value):
        return float.__repr__(value)
    return _dumps(value)


def strategy_dict(status: StrategyStatus, indicators: bool = True) -> dict[str, object]:
    info = status.strategy.strategy
    return {
        "title": info.title,
        "municipality": status.strategy.municipality.name,
        "language": status.strategy.language.value,
        "period": {"start": info.period.start, "end": info.period.end} if info.period else None,
        "statuses": {s.value: n for s, n in status.statuses.items()},
        "indicators": [assessment_dict(a) for a in status.assessments] if indicators else [],
        "goals": [
            {
                "id": group.goal.id,
                "title": group.goal.title,
                "statuses": {s.value: n for s, n in group.statuses.items()},
                "initiatives": {"done": group.tally.done, "total": group.tally.total},
            }
            for group in status.goals
            if group.goal is not None
        ],
        "initiatives": tally_dict(status.tally),
    }


def assessment_dict(a: Assessment) -> dict[str, object]:
    ind, verdict = a.indicator, a.verdict
    return {
        "id": ind.id,
        "title": ind.title,
        "goals": list(ind.goals),
        "metric": ind.metric,
        "unit": ind.unit,
        "direction": a.direction.value if a.direction else None,
        "method": a.method.value,
        "baseline": _value(a.baseline),
        "baseline_inferred": a.baseline_inferred,
        "target": _value(a.target),
        "latest": _value(a.latest),
        "progress": verdict.progress,
        "expected": verdict.expected,
        "pace": verdict.pace,
        "cagr_observed": verdict.cagr_observed,
        "cagr_required": verdict.cagr_required,
        "status": verdict.status.value,
        "reason": verdict.reason.value if verdict.reason else None,
    }


def tally_dict(tally: InitiativeTally) -> dict[str, int]:
    return {
        "done": tally.done,
        "ongoing": tally.ongoing,
        "planned": tally.planned,
        "cancelled": tally.cancelled,
        "unknown": tally.unknown,
        "total": tally.total,
    }


def _value(value: Value | None) -> dict[str, object] | None:
    return None if value is None else {"year": value.year, "value": value.value}


def json_document(
    as_of: int | None, method: Method | None, parts: Iterable[tuple[str, str]], indent: bool
) -> Iterator[str]:
    """The status document from (name, json_part) pairs, piece by piece.

    Compact, one strategy per line, unless `indent` (for a person at a terminal): the
    indented form costs the pure-Python encoder about 5 µs a value, seconds for a nation.
    """
    methods: set[str] = set()
    bodies: list[str] = []
    for name, part in parts:
        used, _, body = part.partition("\t")
        methods.update(m for m in used.split(",") if m)
        bodies.append('{"name": ' + _dumps(name) + ", " + body[1:])
    if method is not None:
        top: str | None = method.value
    else:
        top = methods.pop() if len(methods) == 1 else None if methods else Method.LINEAR.value
    head = '{"as_of": ' + _dumps(as_of) + ', "method": ' + _dumps(top) + ', "strategies": ['
    if indent:
        document = json.loads(head + ",".join(bodies) + "]}")
        yield json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        return
    if not bodies:
        yield head + "]}\n"
        return
    yield head + "\n"
    for number, body in enumerate(bodies):
        yield body + (",\n" if number < len(bodies) - 1 else "\n")
    yield "]}\n"


def csv_part(status: StrategyStatus, style: CsvStyle) -> str:
    """One strategy's CSV rows without the strategy column, as a JSON list of lines (a part
    is one line of text, and a title may hold a line break)."""
    municipality = status.strategy.municipality.name
    rows = []
    for a in status.assessments:
        ind, verdict = a.indicator, a.verdict
        cells: list[object] = [municipality, ind.id, ind.title, ";".join(ind.goals)]
        cells.extend((ind.metric, ind.unit, a.direction.value if a.direction else None))
        cells.append(a.method.value)
        cells.extend(_point(a.baseline))
        cells.append("true" if a.baseline_inferred else "false")
        cells.extend(_point(a.target))
        cells.extend(_point(a.latest))
        cells.extend((verdict.progress, verdict.expected, verdict.pace))
        cells.extend((verdict.cagr_observed, verdict.cagr_required, verdict.status.value))
        cells.append(verdict.reason.value if verdict.reason else None)
        rows.append(csv_line(cells, style))
    return _dumps(rows)


def _point(value: Value | None) -> tuple[object, object]:
    return (None, None) if value is None else (value.year, value.value)


def csv_document(parts: Iterable[tuple[str, str]], style: CsvStyle) -> Iterator[str]:
    """The CSV from (name, csv_part) pairs: the header, then every strategy's rows."""
    end = style.newline
    yield style.start + csv_line(CSV_COLUMNS, style) + end
    for name, part in parts:
        first = csv_line([name], style) + style.separator
        lines = json.loads(part)
        if lines:
            yield "".join(first + line + end for line in lines)


def make_part(kind: str, as_of: int | None, method: Method | None, strategy: StrategyFile) -> str:
    """The part of `kind` (json, csv or excel) for one validated strategy; what the workers
    call (a module-level function, so that it reaches spawned workers by name)."""
    from stratkit.progress.rollup import strategy_status

    status = strategy_status("", strategy, as_of, method)
    if kind == "json":
        return json_part(status)
    return csv_part(status, CsvStyle.excel() if kind == "excel" else CsvStyle.plain())
