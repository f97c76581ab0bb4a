"""Status as Markdown, for an annual report, a wiki page or a pull-request comment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stratkit.model.choices import Language, Method
from stratkit.progress.overview import Summary
from stratkit.progress.statuses import Status
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells
from stratkit.reporters.text import safe
from stratkit.reporters.words.labels import COLUMNS, INITIATIVE, SYMBOL, TEXT

if TYPE_CHECKING:
    # Only annotations: the overview from cached summaries must not import the model.
    from stratkit.progress.rollup import StatusReport, StrategyStatus


def render(report: StatusReport, options: RenderOptions, language: Language) -> str:
    """Each strategy in detail; the overview of many is `overview`."""
    parts = [_notes(report.as_of, report.method, language)]
    parts.extend(_detail(s, language) for s in report.strategies)
    return safe.guard_lines("\n\n".join(part for part in parts if part) + "\n")


def overview(rows: Sequence[tuple[str, Summary]], notes: list[str], language: Language) -> str:
    words = COLUMNS[language]
    header = [words["name"], words["title"], words["period"], *(SYMBOL[s] for s in Status)]
    header.append(words["initiatives_done"])  # a document is wide: one column per status
    body = [
        [
            escape(name),
            escape(summary.title),
            f"{summary.period[0]}–{summary.period[1]}" if summary.period else "",
            *(str(summary.statuses.get(status, "")) for status in Status),
            cells.done_of(summary.tally, language, short=True) if summary.tally.total else "",
        ]
        for name, summary in rows
    ]
    parts = ["_" + " · ".join(notes) + "_" if notes else "", table(header, body)]
    parts.append(cells.legend(language))
    return safe.guard_lines("\n\n".join(part for part in parts if part) + "\n")


def _notes(as_of: int | None, method: Method | None, language: Language) -> str:
    notes = cells.notes(as_of, method, language)
    return "_" + " · ".join(notes) + "_" if notes else ""


def _detail(status: StrategyStatus, language: Language) -> str:
    info = status.strategy.strategy
    lines = [f"## {escape(info.title)}", ""]
    if info.motto:
        lines += [f"_{escape(info.motto)}_", ""]
    if info.vision:
        lines += [f"**{TEXT[language]['vision']}:** {escape(info.vision)}", ""]
    budget = cells.budget(info, language)
    if budget:
        lines += [escape(budget), ""]
    for group in status.goals:
        title = group.goal.title if group.goal else TEXT[language]["unlinked"]
        lines.append(f"### {escape(title)}")
        lines.append("")
        if not group.assessments:
            lines += [f"_{TEXT[language]['no_indicators']}_", ""]
            continue
        rows = []
        for a in group.assessments:
            metric = cells.metric(a)
            first = f"**{escape(a.indicator.title)}**" + (f"<br>{escape(metric)}" if metric else "")
            rows.append([first, *(escape(c) for c in cells.figures(a, language))])
        lines += [table(cells.headers(language), rows), ""]
    if any(a.baseline_inferred for a in status.assessments):
        lines += [escape(TEXT[language]["baseline_inferred"]), ""]
    if status.assessments:
        lines += [f"_{TEXT[language]['legend']}_", ""]
    if status.strategy.initiatives:
        words = COLUMNS[language]
        lines += [
            f"### {TEXT[language]['initiatives']}: {cells.done_of(status.tally, language)}",
            "",
        ]
        titles = {goal.id: goal.title for goal in status.strategy.goals}
        rows = [
            [
                escape(i.title) + (f" (×{i.count})" if i.count > 1 else ""),
                escape(", ".join(titles.get(g, g) for g in i.goals)),
                INITIATIVE[language][i.status],
                i.date or "",
            ]
            for i in status.strategy.initiatives
        ]
        header = [words["initiative"], words["goal"], words["status"], words["date"]]
        lines += [table(header, rows), ""]
    return "\n".join(lines).rstrip("\n")


def table(header: list[str], rows: list[list[str]]) -> str:
    """A pipe table; cells must already be escaped (they may hold our own ** and <br>)."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def escape(text: str) -> str:
    """User text as literal Markdown: no stray table cells, emphasis, links, images, line
    breaks or control characters (reporters/text/safe.py)."""
    return safe.markdown(text)
