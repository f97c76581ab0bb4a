"""The text of each cell of a status table, shared by the terminal and Markdown reporters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from stratkit.model.choices import Language, Method
from stratkit.progress.overview import InitiativeTally
from stratkit.progress.statuses import Status
from stratkit.reporters.status import people
from stratkit.reporters.text import numbers as formatting
from stratkit.reporters.text.numbers import NBSP
from stratkit.reporters.words.labels import (
    COLUMNS,
    PRELIMINARY,
    REASON,
    STATUS,
    SYMBOL,
    TEXT,
    WOMEN_MEN,
)

if TYPE_CHECKING:
    # Only for annotations: the overview uses these cells without building any model.
    from stratkit.model.strategy import StrategyInfo
    from stratkit.progress.assess import Assessment, Value
    from stratkit.progress.rollup import StrategyStatus

# The first column holds the indicator's title (nytta) with its metric below it, and is
# headed "Mätare" like the municipalities' own tables.
INDICATOR_COLUMNS = ("metric", "baseline", "target", "actual", "progress", "status", "trend")


def headers(language: Language) -> list[str]:
    return [COLUMNS[language][key] for key in INDICATOR_COLUMNS]


def figures(a: Assessment, language: Language) -> list[str]:
    """Every cell after the first, in the order of INDICATOR_COLUMNS."""
    return [
        value(a.baseline, language) + ("*" if a.baseline_inferred else ""),
        value(a.target, language),
        value(a.latest, language),
        progress(a, language),
        status(a.status, language),
        formatting.sparkline([v.value for v in a.series]),
    ]


def metric(a: Assessment) -> str:
    ind = a.indicator
    if ind.metric and ind.unit:
        return f"{ind.metric} ({ind.unit})"
    return ind.metric or (f"({ind.unit})" if ind.unit else "")


def value(v: Value | None, language: Language) -> str:
    """ "30 180 (2024)", "1 250 prel. (2026)", or with women and men where the file has them."""
    if v is None:
        return ""
    shown = formatting.number(v.value, language)
    if v.preliminary:
        shown += " " + PRELIMINARY[language]
    parts = [
        f"{WOMEN_MEN[language][name]} {formatting.number(figure, language)}"
        for name, figure in (("women", v.women), ("men", v.men))
        if figure is not None
    ]
    details = f"; {', '.join(parts)}" if parts else ""
    return f"{shown} ({v.year}{details})"


def progress(a: Assessment, language: Language) -> str:
    assessed = people.assessed_progress(a, language)
    if assessed is not None:
        return assessed
    if a.reason is not None:
        return REASON[language][a.reason]
    if a.progress is not None and a.expected is not None:
        return (
            f"{formatting.percent(a.progress, language, signed=True)} "
            f"({formatting.percent(a.expected, language)})"
        )
    if a.target is None and a.cagr_observed is not None:
        rate = formatting.percent(a.cagr_observed, language, decimals=2, signed=True)
        return rate + TEXT[language]["per_year"]
    return ""


def status(s: Status, language: Language) -> str:
    return f"{SYMBOL[s]}\u00a0{STATUS[language][s]}"


def done_of(tally: InitiativeTally, language: Language) -> str:
    """'38 av 46 klara (83 %)'.

    Not done is not the same as not known: when the source leaves some initiatives' status
    open, it says how many ('1 av 18 klara, 17 utan angiven status') and gives no share,
    since a share of a total that includes the unknown ones (6 %) would not be the truth.
    """
    if tally.unknown:
        return " ".join(tally_lines(tally, language))
    share = tally.share_done
    shown = formatting.percent(share, language) if share is not None else "–"
    done = formatting.number(tally.done, language)
    total = formatting.number(tally.total, language)
    return TEXT[language]["done_of"].format(done=done, total=total, share=shown)


def tally_lines(tally: InitiativeTally, language: Language) -> list[str]:
    """The initiatives done and those without a status, as lines for a narrow column."""
    done = formatting.number(tally.done, language)
    total = formatting.number(tally.total, language)
    if not tally.unknown:
        return [done_of(tally, language)]
    unknown = formatting.number(tally.unknown, language)
    return [
        TEXT[language]["done_of_known"].format(done=done, total=total) + ",",
        TEXT[language]["no_status"].format(count=unknown),
    ]


def legend(language: Language) -> str:
    # No-break spaces inside an entry, so that wrapping only ever falls between entries.
    return "  ".join(f"{SYMBOL[s]} {STATUS[language][s]}".replace(" ", NBSP) for s in Status)


def notes(as_of: int | None, method: Method | None, language: Language) -> list[str]:
    """What the reader must know to read the figures: the as-of year and a forced method."""
    found = []
    if as_of is not None:
        found.append(TEXT[language]["as_of"].format(year=as_of))
    if method is not None:
        found.append(TEXT[language]["method"].format(method=method.value))
    return found


def budget(info: StrategyInfo, language: Language) -> str | None:
    """'Budget: 1 700 000 SEK (2012), Avsatt ur …' when the strategy states one."""
    if info.budget is None:
        return None
    budget = info.budget
    amount = formatting.number(budget.amount, language)
    text = f"{TEXT[language]['budget']}: {amount} {budget.currency}"
    if budget.year is not None:
        text += f" ({budget.year})"
    if budget.description:
        text += f", {budget.description}"
    return text


def period_note(status: StrategyStatus, language: Language) -> str | None:
    """Said when, without --as-of, the strategy is judged at the end of a period that is over."""
    if not status.period_ended or status.judged_at is None:
        return None
    return TEXT[language]["period_end"].format(year=status.judged_at)


def after_period(assessments: Iterable[Assessment], language: Language) -> list[str]:
    """One line per indicator with a value reported after the period it was judged in."""
    return [
        TEXT[language]["after_period"].format(
            title=a.indicator.title, value=value(a.after_period, language)
        )
        for a in assessments
        if a.after_period is not None
    ]


def baseline_note(status: StrategyStatus, language: Language) -> str | None:
    if not any(a.baseline_inferred for a in status.assessments):
        return None
    key = "baseline_inferred_period" if status.file.strategy.period else "baseline_inferred"
    return TEXT[language][key]
