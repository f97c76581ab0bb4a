"""Diffs for the terminal: a table per strategy for years, a list of changes for revisions."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import IndicatorMove, Movement, YearDiff
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff import cells
from stratkit.reporters.text import terminal
from stratkit.reporters.text.layout import fit_columns, wrap
from stratkit.reporters.words.diff_labels import WORDS
from stratkit.reporters.words.labels import INITIATIVE, TEXT

MOVEMENT_STYLE = {
    Movement.IMPROVED: "green",
    Movement.WORSENED: "red",
    Movement.UNCHANGED: "",
    Movement.CHANGED: "yellow",
    Movement.NEW: "cyan",
    Movement.NO_DATA: "dim",
}


def render_years(result: YearDiff, options: RenderOptions) -> str:
    console, buffer = terminal.console(options)
    _years(console, result, options.words)
    return buffer.getvalue()


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    console, buffer = terminal.console(options)
    _revisions(console, result, options.words)
    return buffer.getvalue()


def _years(console: Console, diff: YearDiff, language: Language) -> None:
    words = WORDS[language]
    for number, moves in enumerate(diff.strategies):
        if number:
            console.print()
        heading = Text(moves.strategy.strategy.title, style="bold")
        heading.append(f"  {moves.name} · {diff.first} → {diff.second}", style="dim")
        console.print(heading)
        if moves.indicators:
            console.print(_table(diff, moves.indicators, language, console.width) or "", end="")
            console.print(f"{words['summary']}: {cells.summary(moves, language)}")
            for line in cells.analyses(diff, moves, language):
                console.print(Text(line))
        else:
            console.print(f"  ({TEXT[language]['no_indicators'].lower()})", style="dim")
        if moves.initiatives:
            console.print(
                Text(cells.dated_heading(diff.first, diff.second, language), style="bold")
            )
            for initiative in moves.initiatives:
                count = f" (×{initiative.count})" if initiative.count > 1 else ""
                console.print(
                    f"  {initiative.date}  {initiative.title}{count}: "
                    f"{INITIATIVE[language][initiative.status_in(diff.second)]}"
                )
        if moves.initiative_moves:
            changed = cells.changed_heading(diff.first, diff.second, language)
            console.print(Text(changed, style="bold"))
            for line in cells.initiative_moves(moves, language):
                console.print(f"  {line}")


def _cards(moves: tuple[IndicatorMove, ...], headers: list[str], rows: list[list[str]]) -> Text:
    """The same figures as lines, for a terminal too narrow for the table."""
    card = Text()
    for move, row in zip(moves, rows, strict=True):
        card.append(f"• {move.after.indicator.title}\n")
        for header, cell in zip(headers[1:], row, strict=True):
            if cell:
                style = MOVEMENT_STYLE[move.movement] if header == headers[4] else ""
                card.append(f"  {header}: ")
                card.append(f"{cell}\n", style=style)
    return card


def _table(
    diff: YearDiff, moves: tuple[IndicatorMove, ...], language: Language, width: int
) -> Table | Text:
    words = WORDS[language]
    headers = cells.year_headers(diff, language)
    rows = []
    for move in moves:
        shown_movement = cells.movement(move.movement, language)
        if move.movement is Movement.UNCHANGED and not move.updated:
            shown_movement += f" ({words['no_new_value']})"
        rows.append(
            [
                cells.side(move.before, language),
                cells.side(move.after, language),
                cells.change(move, language),
                shown_movement,
                cells.status_change(move, language),
            ]
        )
    layout = fit_columns(headers, rows, width)
    if layout is None:
        return _cards(moves, headers, rows)
    first, widths = layout
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(headers[0], width=first)
    for i, (header, column_width) in enumerate(zip(headers[1:], widths, strict=True)):
        table.add_column(header, justify="right" if i < 3 else "left", width=column_width)
    for move, cells_row in zip(moves, rows, strict=True):
        row = [wrap(c, w) for c, w in zip(cells_row, widths, strict=True)]
        styled = Text(row[3], style=MOVEMENT_STYLE[move.movement])
        table.add_row(move.after.indicator.title, *row[:3], styled, row[4])
    return table


def _revisions(console: Console, diff: RevisionDiff, language: Language) -> None:
    words = WORDS[language]
    second = diff.second or words["working_tree"]
    console.print(words["compared"].format(first=diff.first, second=second), style="dim")
    if not diff.changes:
        console.print(words["no_changes"])
    for starts, change in cells.by_strategy(diff):
        if starts is not None:
            console.print(Text(f"\n{starts}", style="bold"))
        where = f"[{change.id}] " if change.id else ""
        line = Text(f"  {where}{cells.describe(change, language)}")
        flag = cells.undecided(diff, change, language)
        if flag:
            line.append(f"  ⚠ {flag}", style="bold red")
        if change.target_weakened:
            line.append(f"  ⚠ {words['weakened']}", style="bold red")
        if diff.fails(change):
            line.stylize("bold")
        console.print(line)
    for name in diff.unreadable:
        console.print(Text(f"{name}: {words['unreadable']}", style="yellow"))
    if diff.failing:
        names = ",".join(diff.fail_on)
        console.print()
        console.print(Text(cells.failing(len(diff.failing), names, language), style="bold red"))
