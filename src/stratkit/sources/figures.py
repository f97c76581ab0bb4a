"""What a source answers, whichever source it is: figures per year, and where they are from."""

from __future__ import annotations

from dataclasses import dataclass, field

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.messages import Message, Written

Number = int | float


class SourceError(CannotRun):
    """A source cannot be reached or answers with something unusable (exit 2)."""


def key(part: str, name: str) -> Written:
    """A key quoted in a hint, spelt as the file spells its keys ('hämta' in a Swedish one):
    the command line's edge fills it from the error's vocabulary."""
    return Written((), "key", name, part)


@dataclass(frozen=True, slots=True)
class Figure:
    value: Number
    women: Number | None = None
    men: Number | None = None


@dataclass(frozen=True, slots=True)
class Series:
    """One indicator's figures for one municipality, as one source gives them."""

    source: str  # "Kolada", "SCB", "Statistikcentralen"
    table: str  # the KPI id or the table
    figures: dict[int, Figure] = field(default_factory=dict)

    @property
    def credit(self) -> str:
        """The credit line the source asks for, e.g. "Källa: Kolada"."""
        return f"Källa: {self.source}, {self.table}"


def whole(number: float) -> Number:
    """30263.0 as 30263: sources send counts as floats."""
    return int(number) if float(number).is_integer() else number


def add_figure(figures: dict[int, Figure], year: int, value: float, where: str) -> None:
    """Keep one year's figure; a second figure for a year means the selection is too wide."""
    if year in figures:
        raise SourceError(
            _("{where} gives more than one figure per year for this selection").format(where=where),
            Message(
                "select one code for each variable under '{select}:'",
                select=key("FetchSource", "select"),
            ),
        )
    figures[year] = Figure(whole(value))
