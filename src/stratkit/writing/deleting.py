"""Delete one year's value of one indicator (`import --allow-delete --write`).

Only the bytes of that year go: its line in a block mapping, its item and one comma in a flow
mapping (see entries). When the last year goes the key stays, as `förverkligats: {}`: an
empty `förverkligats:` is an error (STK105, a mapping was expected), and taking the key out
would take more than the year's bytes and leave the comments written under it without their
heading; `{}` validates and keeps the place where the next figure will be written.
"""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reading.yaml_reader import parse
from stratkit.writing.entries import remove_entry
from stratkit.writing.layout import Layout
from stratkit.writing.places import INDICATORS, find, key_for
from stratkit.writing.yearly import year_of


@dataclass(frozen=True, slots=True)
class YearDeleted:
    """One year of one indicator that should no longer have a value."""

    indicator: str
    year: int


def delete_year(text: str, change: YearDeleted) -> str:
    """`text` without the value for `change.year`; the rest of the text as it was."""
    parsed = parse(text)
    if parsed.problems or not isinstance(parsed.data, dict):
        raise CannotRun(_("the file cannot be read as a strategy"), _("run stratkit validate"))
    layout = Layout.of(text, parsed.slots)
    path, indicator = find(parsed.data, INDICATORS, change.indicator)
    key = key_for(indicator, INDICATORS, "actual")
    years = indicator.get(key) if key is not None else None
    written = {year_of(k): k for k in years} if isinstance(years, dict) else {}
    if change.year not in written:
        raise CannotRun(
            _("indicator '{id}' has no value for {year} to delete").format(
                id=change.indicator, year=change.year
            ),
            _("export the sheet again: the file has changed since"),
        )
    assert key is not None
    actual = (*path, key)
    without = remove_entry(layout, (*actual, written[change.year]))
    if len(written) > 1 or text[layout.start(layout.slots[actual].value)] == "{":
        return without
    # The last year of a block mapping: `förverkligats:` alone would be an error.
    slot = layout.slots[actual]
    assert slot.key is not None
    colon = text.index(":", layout.end(slot.key)) + 1
    return without[:colon] + " {}" + without[colon:]
