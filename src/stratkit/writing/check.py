"""Trust no edit: read the new text back and compare its data with what was intended.

The editor works on text; this module reads the text before and after as data and checks
that they differ by exactly the one year that was set or deleted, that the new text is still
a valid strategy, and that the year now reads as the value asked for (or is gone). The
initiatives' edits are checked the same way (check_initiative).
"""

from __future__ import annotations

from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.reported import Reported
from stratkit.model.strategy import StrategyFile
from stratkit.reading.unknown_keys import clean
from stratkit.reading.yaml_reader import parse
from stratkit.writing.deleting import YearDeleted
from stratkit.writing.places import INDICATORS, key_for, with_item_copied
from stratkit.writing.yearly import YearValue


def refuse_errors(path: Path, text: str) -> StrategyFile:
    """The strategy in `text`, or CannotRun when the file has errors."""
    strategy = strategy_of(text)
    if strategy is None:
        raise CannotRun(
            _("{path} has errors; stratkit edits only files without errors").format(path=path),
            _("run stratkit validate {path} and fix the errors first").format(path=path),
        )
    return strategy


def strategy_of(text: str) -> StrategyFile | None:
    """The strategy in `text`, or None when it has errors."""
    from pydantic import ValidationError

    parsed = parse(text)
    if parsed.problems or not parsed.complete or not isinstance(parsed.data, dict):
        return None
    cleaned, findings = clean(parsed.data)
    if findings:
        return None
    try:
        return StrategyFile.model_validate(cleaned)
    except ValidationError:
        return None


def check_edit(path: Path, before: str, after: str, change: YearValue | YearDeleted) -> None:
    old, new = parse(before).data, parse(after).data
    if _without(old, change) != _without(new, change) or not _reads_as(after, change):
        raise CannotRun(
            _(
                "editing {path} would change more than the value for {year}; nothing was written"
            ).format(path=path, year=change.year),
            _("please report this with the file attached; set the value by hand meanwhile"),
        )


def _without(data: object, change: YearValue | YearDeleted) -> object:
    """The file's data with the changed year (and an `actual` key it alone fills) taken out."""
    copy, item = with_item_copied(data, INDICATORS, change.indicator)
    key = key_for(item, INDICATORS, "actual") if item is not None else None
    if item is None or key is None:
        return copy
    years = item[key]
    if isinstance(years, dict):
        years = {k: v for k, v in years.items() if k.strip() != str(change.year)}
    if years:
        item[key] = years
    else:
        del item[key]
    return copy


def _reads_as(text: str, change: YearValue | YearDeleted) -> bool:
    strategy = strategy_of(text)
    if strategy is None:
        return False
    for indicator in strategy.indicators:
        if indicator.id == change.indicator:
            entry = indicator.actual.get(change.year)
            if isinstance(change, YearDeleted):
                return entry is None
            if change.keep_details and isinstance(entry, Reported):
                # The writer touched the value's bytes alone (and the mark, if asked to).
                dropped = not (change.drop_preliminary and entry.preliminary)
                return entry.value == change.value and dropped
            if change.plain:
                return entry == change.value
            return entry == Reported(
                value=change.value,
                preliminary=change.preliminary,
                women=change.women,
                men=change.men,
                note=change.note,
            )
    return False
