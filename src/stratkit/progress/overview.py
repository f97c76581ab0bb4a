"""One strategy's line in the overview: what `stratkit status` shows for it at a glance.

Kept apart from the models so that a national overview can be answered from the cache
without building 600 strategies again: the summary is small, and its text form is stored
beside the cached report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from stratkit.model.choices import Language, Method
from stratkit.progress.statuses import Status

if TYPE_CHECKING:
    from stratkit.model.strategy import Initiative


@dataclass(frozen=True, slots=True)
class InitiativeTally:
    """Initiatives by status, each entry weighted by its `count`."""

    done: int = 0
    ongoing: int = 0
    planned: int = 0
    cancelled: int = 0
    unknown: int = 0  # entries whose status the source does not give

    @property
    def total(self) -> int:
        return self.done + self.ongoing + self.planned + self.cancelled + self.unknown

    @property
    def share_done(self) -> float | None:
        return self.done / self.total if self.total else None

    @classmethod
    def of(cls, initiatives: Iterable[Initiative], year: int | None = None) -> InitiativeTally:
        """The tally of the statuses known in `year` (None: each initiative's newest)."""
        counts: Counter[str] = Counter()
        for initiative in initiatives:
            status = initiative.status_in(year)
            counts[status.value if status else "unknown"] += initiative.count
        return cls(**counts)


@dataclass(frozen=True, slots=True)
class Summary:
    """The overview of one strategy judged with all its values and each indicator's method."""

    title: str
    language: Language
    period: tuple[int, int] | None
    statuses: dict[Status, int]  # indicators per status, in the order of Status; none are 0
    tally: InitiativeTally

    def to_json(self) -> str:
        return json.dumps(
            {
                "title": self.title,
                "language": self.language.value,
                "period": self.period,
                "statuses": {s.value: n for s, n in self.statuses.items()},
                "tally": asdict(self.tally),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Summary:
        data = json.loads(text)
        period = data["period"]
        return cls(
            str(data["title"]),
            Language(data["language"]),
            (int(period[0]), int(period[1])) if period else None,
            {Status(s): int(n) for s, n in data["statuses"].items()},
            InitiativeTally(**{k: int(v) for k, v in data["tally"].items()}),
        )


@dataclass(frozen=True, slots=True)
class Overview:
    """The result of `status` without names, for people: one line per strategy."""

    rows: tuple[tuple[str, Summary], ...]  # (name, summary) of every usable strategy
    as_of: int | None = None
    method: Method | None = None
    left_out: tuple[str, ...] = ()  # files with errors, not shown

    @property
    def languages(self) -> list[Language]:
        return [summary.language for _, summary in self.rows]
