"""One indicator on the report page: its table row, chart, figures, analysis and source."""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.model.choices import Language
from stratkit.progress import people
from stratkit.progress.assess import Assessment, Value
from stratkit.reporters.report import chart
from stratkit.reporters.report.words import PAGE
from stratkit.reporters.status import cells
from stratkit.reporters.text import numbers
from stratkit.reporters.words.labels import STATUS, SYMBOL


@dataclass(frozen=True, slots=True)
class YearRow:
    year: int
    value: str
    preliminary: bool
    women: str | None
    men: str | None


@dataclass(frozen=True, slots=True)
class AssessmentView:
    """A judgement made by people (format 1.1): shown with its year and motivation."""

    heading: str
    symbol: str
    status: str
    motivation: str | None


@dataclass(frozen=True, slots=True)
class IndicatorView:
    anchor: str
    title: str
    metric: str
    cells: tuple[str, ...]  # Nuläge, Målsättning, Förverkligats, Framsteg (Status apart)
    status_key: str
    status_symbol: str
    status_word: str
    source: str | None
    chart: str | None  # the inline SVG, None without actual values
    chart_title: str
    legend: tuple[tuple[str, str], ...]  # (swatch SVG, words)
    rows: tuple[YearRow, ...]
    women_men: bool  # whether the figures table has women and men columns
    analysis_heading: str | None
    analysis: str | None
    assessment: AssessmentView | None


def indicator_view(
    a: Assessment, anchor: str, language: Language, as_of: int | None
) -> IndicatorView:
    words = PAGE[language]
    ind = a.indicator
    entries = [Value.of(year, entry) for year, entry in sorted(ind.actual.items())]

    def num(value: float) -> str:
        return numbers.number(value, language)

    rows = tuple(
        YearRow(
            e.year,
            num(e.value),
            e.preliminary,
            num(e.women) if e.women is not None else None,
            num(e.men) if e.men is not None else None,
        )
        for e in entries
    )
    figures = cells.figures(a, language)
    data = _chart_data(a, entries)
    chart_title = words["chart_of"].format(title=ind.title)
    svg = None
    legend: tuple[tuple[str, str], ...] = ()
    if data is not None:
        svg = chart.svg(data, anchor, chart_title, describe(a, entries, language), num)
        legend = tuple((chart.swatch(k), _legend_word(k, language)) for k in data.kinds)
    found = people.analysis(ind, as_of)
    if found is not None and not found.text:
        found = None  # an empty analysis gets no heading
    judged = people.judged(ind, as_of)
    return IndicatorView(
        anchor=anchor,
        title=ind.title,
        metric=cells.metric(a),
        cells=tuple(figures[:4]),
        status_key=a.status.value,
        status_symbol=SYMBOL[a.status],
        status_word=STATUS[language][a.status],
        source=ind.source,
        chart=svg,
        chart_title=chart_title,
        legend=legend,
        rows=rows,
        women_men=any(r.women is not None or r.men is not None for r in rows),
        analysis_heading=words["analysis"].format(year=found.year) if found else None,
        analysis=found.text if found else None,
        assessment=_assessment(judged, language) if judged else None,
    )


def describe(a: Assessment, entries: list[Value], language: Language) -> str:
    """What the chart shows, in words, for those who cannot see it."""
    words = PAGE[language]

    def num(value: float) -> str:
        return numbers.number(value, language)

    parts = []
    if entries:
        first, last = entries[0], entries[-1]
        parts.append(
            words["chart_desc_values"].format(
                title=a.indicator.title,
                count=len(entries),
                first=first.year,
                last=last.year,
                first_value=num(first.value),
                last_value=num(last.value),
            )
        )
    if a.baseline is not None:
        parts.append(
            words["chart_desc_baseline"].format(value=num(a.baseline.value), year=a.baseline.year)
        )
    if a.target is not None:
        parts.append(
            words["chart_desc_target"].format(value=num(a.target.value), year=a.target.year)
        )
    marked = _marked_year(a)
    if marked is not None:
        parts.append(words["chart_desc_as_of"].format(year=marked))
    parts.append(words["chart_desc_status"].format(status=STATUS[language][a.status]))
    return " ".join(parts)


def _chart_data(a: Assessment, entries: list[Value]) -> chart.ChartData | None:
    if not entries:
        return None

    def point(v: Value | None) -> chart.Point | None:
        return chart.Point(v.year, v.value) if v is not None else None

    return chart.ChartData(
        actual=tuple(chart.Point(e.year, e.value, e.preliminary) for e in entries),
        baseline=point(a.baseline),
        target=point(a.target),
        as_of=_marked_year(a),
        women=tuple(chart.Point(e.year, e.women) for e in entries if e.women is not None),
        men=tuple(chart.Point(e.year, e.men) for e in entries if e.men is not None),
    )


def _legend_word(kind: str, language: Language) -> str:
    from stratkit.reporters.words.labels import COLUMNS

    words, columns = PAGE[language], COLUMNS[language]
    return {
        "actual": columns["actual"],
        "preliminary": words["preliminary_long"],
        "path": words["path"],
        "baseline": columns["baseline"],
        "target": columns["target"],
        "women": words["women"],
        "men": words["men"],
        "as_of": words["as_of_line"],
    }[kind]


def _assessment(judged: people.Judged, language: Language) -> AssessmentView:
    return AssessmentView(
        PAGE[language]["assessment"].format(year=judged.year),
        SYMBOL[judged.status],
        STATUS[language][judged.status],
        judged.motivation,
    )


def _marked_year(a: Assessment) -> int | None:
    """The year the chart marks and its description names: the one judged at, else (every
    value judged) the latest value's, whose figures the statuses are."""
    if a.as_of is not None:
        return a.as_of
    return a.latest.year if a.latest else None
