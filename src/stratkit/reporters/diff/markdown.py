"""Diffs as Markdown, for an annual report or a pull-request comment."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff import cells
from stratkit.reporters.status.markdown import escape, table
from stratkit.reporters.text import safe
from stratkit.reporters.words.diff_labels import WORDS
from stratkit.reporters.words.labels import INITIATIVE


def render(result: YearDiff | RevisionDiff, options: RenderOptions, language: Language) -> str:
    lines = (
        _years(result, language) if isinstance(result, YearDiff) else _revisions(result, language)
    )
    return safe.guard_lines("\n".join(lines).rstrip("\n") + "\n")


def _years(diff: YearDiff, language: Language) -> list[str]:
    words = WORDS[language]
    lines: list[str] = []
    for moves in diff.strategies:
        lines += [f"## {escape(moves.strategy.strategy.title)}: {diff.first} → {diff.second}", ""]
        if moves.indicators:
            header = cells.year_headers(diff, language)
            rows = [
                [
                    escape(m.after.indicator.title),
                    cells.side(m.before, language),
                    cells.side(m.after, language),
                    cells.change(m, language),
                    cells.movement(m.movement, language),
                    cells.status_change(m, language),
                ]
                for m in moves.indicators
            ]
            lines += [
                table(header, rows),
                "",
                f"_{words['summary']}: {cells.summary(moves, language)}_",
                "",
            ]
        if moves.initiatives:
            lines += [f"### {cells.dated_heading(diff.first, diff.second, language)}", ""]
            lines += [
                f"- {i.date} {escape(i.title)}: {INITIATIVE[language][i.status]}"
                for i in moves.initiatives
            ]
            lines.append("")
    return lines


def _revisions(diff: RevisionDiff, language: Language) -> list[str]:
    words = WORDS[language]
    second = diff.second or words["working_tree"]
    compared = words["compared"].format(first=escape(diff.first), second=escape(second))
    lines = [f"_{compared}_", ""]
    if not diff.changes:
        lines.append(words["no_changes"])
    strategy = None
    for change in diff.changes:
        if change.strategy != strategy:
            strategy = change.strategy
            lines += ["", f"### {escape(strategy)}", ""]
        code = safe.one_line(change.id or "").replace("`", "'")
        where = f"`{code}` " if code else ""
        flag = f" **⚠ {words['weakened']}**" if change.target_weakened else ""
        lines.append(f"- {where}{escape(cells.describe(change, language))}{flag}")
    for name in diff.unreadable:
        lines.append(f"- {escape(name)}: {words['unreadable']}")
    if diff.failing:
        names = ",".join(diff.fail_on)
        lines += ["", f"**{cells.failing(len(diff.failing), names, language)}**"]
    return lines
