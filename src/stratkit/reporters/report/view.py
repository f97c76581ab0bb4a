"""The report page's view-model: one strategy's status, as the words and numbers shown.

A projection of one `StrategyStatus` (progress.rollup), like the status reporters: nothing
here judges anything. The templates only place what is built here, so every number is
written in the page's language once, and tests can read the page's content without HTML.

What format 1.1 adds (analysis, assessments, preliminary values, women and men, an
initiative's responsible body and deadline) is read as progress reads it (progress.people,
`Value.of`, `Initiative.status_in`), so that the page and `status` agree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stratkit import __version__
from stratkit.model.choices import Language
from stratkit.progress.statuses import Status
from stratkit.reporters.report.indicator import IndicatorView, indicator_view
from stratkit.reporters.report.words import METHOD, METHOD_URL, PAGE
from stratkit.reporters.status import cells
from stratkit.reporters.words.labels import INITIATIVE, STATUS, SYMBOL, TEXT

if TYPE_CHECKING:
    from stratkit.model.choices import Method
    from stratkit.model.strategy import Initiative, StrategyInfo
    from stratkit.progress.rollup import GoalStatus, StrategyStatus


@dataclass(frozen=True, slots=True)
class StatusCount:
    key: str  # the status's code, for the stylesheet
    symbol: str
    word: str
    count: int


@dataclass(frozen=True, slots=True)
class InitiativeView:
    title: str
    count: int
    status_key: str
    status: str
    goals: str
    date: str
    description: str | None
    source: str | None
    responsible: str | None
    deadline: str | None


@dataclass(frozen=True, slots=True)
class GoalView:
    anchor: str
    title: str
    description: str | None
    actions: tuple[str, ...]
    benefit: str | None
    statuses: tuple[StatusCount, ...]
    indicators: tuple[IndicatorView, ...]
    initiatives: tuple[InitiativeView, ...]
    done: str | None  # "1 av 2 klara (50 %)", None without initiatives


@dataclass(frozen=True, slots=True)
class ValueView:
    title: str
    description: str | None


@dataclass(frozen=True, slots=True)
class PageView:
    name: str
    language: str  # the page's language (lang attribute)
    content_language: str  # the file's language, for the texts the file gives
    title: str
    municipality: str
    period: str | None
    adopted: str | None
    motto: str | None
    vision: str | None
    budget: str | None
    source: str | None
    values: tuple[ValueView, ...]
    statuses: tuple[StatusCount, ...]
    done: str | None
    goals: tuple[GoalView, ...]
    initiatives: tuple[InitiativeView, ...]
    as_of: str
    method: str
    how: str  # the sentence that says which method judged the indicators
    method_url: str
    generated: str
    headers: tuple[str, ...]
    words: dict[str, str]
    legend: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (symbol, word)
    # On a site (--site): the way back to the index and the data files beside the page.
    index_href: str | None = None
    data_links: tuple[tuple[str, str], ...] = ()  # (label, href)


def page_view(
    status: StrategyStatus,
    method: Method | None,
    language: Language,
    today: datetime.date | None = None,
) -> PageView:
    # The year the strategy was judged at (--as-of, or the end of a period that is over), not
    # --as-of alone: the page says what the figures are, and a period over is judged at its end.
    as_of = status.judged_at
    words = PAGE[language]
    info = status.file.strategy
    period = f"{info.period.start}–{info.period.end}" if info.period else None
    names = {goal.id: goal.title for goal in status.file.goals}
    return PageView(
        name=status.name,
        language=language.value,
        content_language=status.file.language.value,
        title=info.title,
        municipality=status.file.municipality.name,
        period=period,
        adopted=info.adopted,
        motto=info.motto,
        vision=info.vision,
        budget=_budget(info, language),
        source=info.source,
        values=tuple(ValueView(v.title, v.description) for v in status.file.values),
        statuses=status_counts(status.statuses, language),
        done=cells.done_of(status.tally, language) if status.tally.total else None,
        goals=tuple(
            _goal(group, number, as_of, language, names)
            for number, group in enumerate(status.indicator_groups, 1)
        ),
        initiatives=tuple(_initiative(i, language, names, as_of) for i in status.file.initiatives),
        as_of=as_of_text(as_of, language, _newest_year(status)),
        method=method_text(method, language),
        how=how_text(method, language),
        method_url=METHOD_URL,
        generated=generated_text(today, language),
        headers=tuple(cells.headers(language)[:6]),
        words=words,
        legend=tuple((SYMBOL[s], STATUS[language][s]) for s in Status),
    )


def as_of_text(as_of: int | None, language: Language, newest: int | None = None) -> str:
    """The year the figures are judged at; judged on the latest values, the newest year
    among them, so that a reader of the page knows how recent the picture is."""
    words = PAGE[language]
    if as_of:
        return words["as_of"].format(year=as_of)
    if newest:
        return words["as_of_latest_year"].format(year=newest)
    return words["as_of_latest"]


def _newest_year(status: StrategyStatus) -> int | None:
    return max((a.latest.year for a in status.assessments if a.latest), default=None)


def method_text(method: Method | None, language: Language) -> str:
    return METHOD[language][method.value] if method else PAGE[language]["method_each"]


def how_text(method: Method | None, language: Language) -> str:
    words = PAGE[language]
    if method is None:
        return words["how_each"]
    return words["how_one"].format(method=METHOD[language][method.value])


def generated_text(today: datetime.date | None, language: Language) -> str:
    made = (today or datetime.date.today()).isoformat()
    return PAGE[language]["generated"].format(date=made, version=__version__)


def _budget(info: StrategyInfo, language: Language) -> str | None:
    """The budget as `status` writes it, without its "Budget: " label (the page's <dt>)."""
    text = cells.budget(info, language)
    label = TEXT[language]["budget"] + ": "
    return text[len(label) :] if text and text.startswith(label) else text


def status_counts(counts: dict[Status, int], language: Language) -> tuple[StatusCount, ...]:
    return tuple(StatusCount(s.value, SYMBOL[s], STATUS[language][s], n) for s, n in counts.items())


def _goal(
    group: GoalStatus,
    number: int,
    as_of: int | None,
    language: Language,
    names: dict[str, str],
) -> GoalView:
    goal = group.goal
    anchor = f"goal-{goal.id}" if goal else "goal-unlinked"
    return GoalView(
        anchor=anchor,
        title=goal.title if goal else TEXT[language]["unlinked"],
        description=goal.description if goal else None,
        actions=tuple(goal.actions) if goal else (),
        benefit=goal.benefit if goal else None,
        statuses=status_counts(group.statuses, language),
        indicators=tuple(
            indicator_view(a, f"{anchor}-{i}", language, as_of)
            for i, a in enumerate(group.assessments, 1)
        ),
        initiatives=tuple(_initiative(i, language, names, as_of) for i in group.initiatives),
        done=cells.done_of(group.tally, language) if group.tally.total else None,
    )


def _initiative(
    initiative: Initiative, language: Language, names: dict[str, str], as_of: int | None
) -> InitiativeView:
    status = initiative.status_in(as_of)
    return InitiativeView(
        title=initiative.title,
        count=initiative.count,
        status_key=status.value if status else "unknown",
        status=INITIATIVE[language][status],
        goals=", ".join(names.get(g, g) for g in initiative.goals),
        date=initiative.date or "",
        description=initiative.description,
        source=initiative.source,
        responsible=initiative.responsible,
        deadline=initiative.deadline,
    )
