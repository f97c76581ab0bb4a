"""Status of one strategy (or a few) as rich tables for the terminal, goal by goal."""

from __future__ import annotations

import textwrap

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from stratkit.model.choices import Language
from stratkit.model.strategy import Initiative
from stratkit.progress.rollup import GoalStatus, StatusReport, StrategyStatus
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells, initiatives, people
from stratkit.reporters.text import terminal
from stratkit.reporters.text.ansi import STATUS_STYLE
from stratkit.reporters.text.layout import fit_columns, wrap
from stratkit.reporters.words.labels import COLUMNS, TEXT

STYLE = {status: " ".join(words) for status, words in STATUS_STYLE.items()}


def render(report: StatusReport, options: RenderOptions) -> str:
    """Each strategy goal by goal; the overview of many is overview.table."""
    language = options.words
    console, buffer = terminal.console(options)
    notes = cells.notes(report.as_of, report.method, language)
    if notes:
        console.print(" · ".join(notes), style="dim")
    for number, strategy in enumerate(report.strategies):
        if number:
            console.print()
        _detail(console, strategy, language)
    return buffer.getvalue()


def _table() -> Table:
    return Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)


def _detail(console: Console, status: StrategyStatus, language: Language) -> None:
    info = status.file.strategy
    title = Text(info.title, style="bold")
    if info.period and f"{info.period.start}" not in info.title:
        title.append(f" ({info.period.start}–{info.period.end})")
    console.print(title)
    console.print(f"{status.file.municipality.name} · {status.name}", style="dim")
    if info.motto:
        console.print(Text(info.motto, style="italic"))
    if info.vision:
        console.print(f"{TEXT[language]['vision']}: {info.vision}")
    budget = cells.budget(info, language)
    if budget:
        console.print(budget)
    period_note = cells.period_note(status, language)
    if period_note:
        console.print(period_note)
    for group in status.indicator_groups:
        _goal(console, group, language)
    baseline_note = cells.baseline_note(status, language)
    if baseline_note:
        console.print(baseline_note, style="dim")
    if status.assessments:
        console.print(TEXT[language]["legend"], style="dim")
        # Wrapped here, between entries: rich would also break inside one ("Ej / bedömbar").
        console.print(textwrap.fill(cells.legend(language), console.width), style="dim")
    _initiatives(console, status, language)


def _goal(console: Console, group: GoalStatus, language: Language) -> None:
    heading = Text(group.goal.title if group.goal else TEXT[language]["unlinked"], style="bold")
    if not group.assessments:
        heading.append(f"  ({TEXT[language]['no_indicators'].lower()})", style="dim")
        console.print(heading)
        return
    console.print()
    console.print(heading)
    rows = [cells.figures(a, language) for a in group.assessments]
    headers = cells.headers(language)
    layout = fit_columns(headers, rows, console.width)
    if layout is None:
        _cards(console, group, rows, headers)
        return
    first_width, widths = layout
    table = _table()
    table.add_column(headers[0], width=first_width)
    for i, (header, width) in enumerate(zip(headers[1:], widths, strict=True)):
        table.add_column(header, justify="right" if i < 3 else "left", width=width, no_wrap=i == 5)
    for a, cells_row in zip(group.assessments, rows, strict=True):
        row = [wrap(cell, width) for cell, width in zip(cells_row, widths, strict=True)]
        first = Text(a.indicator.title)
        metric = cells.metric(a)
        if metric:
            first.append("\n" + metric, style="dim")
        table.add_row(first, *row[:4], Text(row[4], style=STYLE[a.status]), row[5])
    console.print(table)
    for line in cells.after_period(group.assessments, language):
        console.print(Text(line), style="dim")
    for line in people.lines(group.assessments, language):
        console.print(Text(line))


def _cards(console: Console, group: GoalStatus, rows: list[list[str]], headers: list[str]) -> None:
    """The same figures as lines, for a terminal too narrow for the table."""
    for a, row in zip(group.assessments, rows, strict=True):
        console.print(Text("• " + a.indicator.title))
        metric = cells.metric(a)
        if metric:
            console.print(f"  {headers[0]}: {metric}", style="dim")
        for header, cell in zip(headers[1:], row, strict=True):
            if cell:
                style = STYLE[a.status] if header == headers[5] else ""
                console.print(Text(f"  {header}: ") + Text(cell, style=style))


def _initiatives(console: Console, status: StrategyStatus, language: Language) -> None:
    if not status.file.initiatives:
        return
    console.print()
    heading = f"{TEXT[language]['initiatives']}: {cells.done_of(status.tally, language)}"
    console.print(Text(heading, style="bold"))
    for group in status.goals:
        if group.initiatives:
            name = group.goal.title if group.goal else TEXT[language]["unlinked"]
            console.print(Text(f"{name}: {cells.done_of(group.tally, language)}", style="dim"))
            console.print(_initiative_table(group.initiatives, status.judged_at, language))


def _initiative_table(
    listed: tuple[Initiative, ...], year: int | None, language: Language
) -> Table:
    words = COLUMNS[language]
    extra = initiatives.optional_columns(listed)
    table = _table()
    table.add_column(words["initiative"], ratio=1)
    table.add_column(words["status"], no_wrap=True)
    table.add_column(words["date"], no_wrap=True)
    for header in initiatives.headers(extra, language):
        table.add_column(header)
    for initiative in listed:
        count = f" (×{initiative.count})" if initiative.count > 1 else ""
        table.add_row(
            initiative.title + count,
            initiatives.status(initiative, year, language),
            initiative.date or "",
            *initiatives.optional_cells(initiative, extra, language),
        )
    return table
