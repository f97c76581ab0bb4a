"""Status as Markdown, for an annual report, a wiki page or a pull-request comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stratkit.model.choices import Language, Method
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells, initiatives, people
from stratkit.reporters.text import safe
from stratkit.reporters.words.labels import COLUMNS, TEXT

if TYPE_CHECKING:
    # Only annotations: the overview from cached summaries must not import the model.
    from stratkit.progress.rollup import StatusReport, StrategyStatus


def render(report: StatusReport, options: RenderOptions) -> str:
    """Each strategy in detail; the overview of many is overview.markdown."""
    language = options.words
    parts = [_notes(report.as_of, report.method, language)]
    parts.extend(_detail(s, language) for s in report.strategies)
    return safe.guard_lines("\n\n".join(part for part in parts if part) + "\n")


def _notes(as_of: int | None, method: Method | None, language: Language) -> str:
    notes = cells.notes(as_of, method, language)
    return "_" + " · ".join(notes) + "_" if notes else ""


def _detail(status: StrategyStatus, language: Language) -> str:
    info = status.file.strategy
    lines = [f"## {escape(info.title)}", ""]
    if info.motto:
        lines += [f"_{escape(info.motto)}_", ""]
    if info.vision:
        lines += [f"**{TEXT[language]['vision']}:** {escape(info.vision)}", ""]
    budget = cells.budget(info, language)
    if budget:
        lines += [escape(budget), ""]
    period_note = cells.period_note(status, language)
    if period_note:
        lines += [f"_{escape(period_note)}_", ""]
    for group in status.indicator_groups:
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
        lines += [f"- {escape(line)}" for line in cells.after_period(group.assessments, language)]
        lines += [f"- {escape(line)}" for line in people.lines(group.assessments, language)]
        if lines[-1] != "":
            lines.append("")
    baseline_note = cells.baseline_note(status, language)
    if baseline_note:
        lines += [escape(baseline_note), ""]
    if status.assessments:
        lines += [f"_{TEXT[language]['legend']}_", ""]
    if status.file.initiatives:
        words = COLUMNS[language]
        lines += [
            f"### {TEXT[language]['initiatives']}: {cells.done_of(status.tally, language)}",
            "",
        ]
        titles = {goal.id: goal.title for goal in status.file.goals}
        listed = status.file.initiatives
        extra = initiatives.optional_columns(listed)
        rows = [
            [
                escape(i.title) + (f" (×{i.count})" if i.count > 1 else ""),
                escape(", ".join(titles.get(g, g) for g in i.goals)),
                initiatives.status(i, status.judged_at, language),
                i.date or "",
                *(escape(c) for c in initiatives.optional_cells(i, extra, language)),
            ]
            for i in listed
        ]
        header = [words["initiative"], words["goal"], words["status"], words["date"]]
        header += initiatives.headers(extra, language)
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
