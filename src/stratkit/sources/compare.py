"""How a file's reported values stand against what a source publishes.

A year the source has and the file lacks is new; a year whose value differs is a revision
(Kolada and Statistics Finland revise old years without notice), unless the file marked its
value preliminary, in which case the source's figure is the final one. A year the file has
and the source does not is shown, never removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from stratkit.model.reported import is_preliminary, value_of
from stratkit.model.strategy import Indicator
from stratkit.sources.figures import Figure, Number, Series


class Kind(Enum):
    # Told apart by identity only: no kind is written out, so none needs a value of its own.
    NEW = auto()
    FINAL = auto()  # the source's figure replaces a preliminary value
    REVISED = auto()
    NOT_IN_SOURCE = auto()


@dataclass(frozen=True, slots=True)
class Difference:
    indicator: str
    year: int
    kind: Kind
    old: Number | None
    new: Figure | None

    @property
    def behind(self) -> bool:
        """The file lacks what the source publishes."""
        return self.kind is not Kind.NOT_IN_SOURCE


def compare(indicator: Indicator, series: Series) -> list[Difference]:
    differences = []
    for year in sorted(indicator.actual.keys() | series.figures.keys()):
        entry, figure = indicator.actual.get(year), series.figures.get(year)
        if figure is None:
            assert entry is not None
            differences.append(
                Difference(indicator.id, year, Kind.NOT_IN_SOURCE, value_of(entry), None)
            )
        elif entry is None:
            differences.append(Difference(indicator.id, year, Kind.NEW, None, figure))
        elif is_preliminary(entry):
            differences.append(Difference(indicator.id, year, Kind.FINAL, value_of(entry), figure))
        elif value_of(entry) != figure.value:
            differences.append(
                Difference(indicator.id, year, Kind.REVISED, value_of(entry), figure)
            )
    return differences
