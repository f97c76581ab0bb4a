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


def render_years(result: YearDiff, options: RenderOptions) -> str:
    return _joined(_years(result, options.words))


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    return _joined(_revisions(result, options.words))


def _joined(lines: list[str]) -> str:
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
            written = cells.analyses(diff, moves, language)
            if written:
                lines += [f"- {escape(line)}" for line in written] + [""]
        if moves.initiatives:
            lines += [f"### {cells.dated_heading(diff.first, diff.second, language)}", ""]
            lines += [
                f"- {i.date} {escape(i.title)}: {INITIATIVE[language][i.status_in(diff.second)]}"
                for i in moves.initiatives
            ]
            lines.append("")
        if moves.initiative_moves:
            lines += [f"### {cells.changed_heading(diff.first, diff.second, language)}", ""]
            lines += [f"- {escape(line)}" for line in cells.initiative_moves(moves, language)]
            lines.append("")
    return lines


def _revisions(diff: RevisionDiff, language: Language) -> list[str]:
    words = WORDS[language]
    second = diff.second or words["working_tree"]
    compared = words["compared"].format(first=escape(diff.first), second=escape(second))
    lines = [f"_{compared}_", ""]
    if not diff.changes:
        lines.append(words["no_changes"])
    for starts, change in cells.by_strategy(diff):
        if starts is not None:
            lines += ["", f"### {escape(starts)}", ""]
        code = safe.one_line(change.id or "").replace("`", "'")
        where = f"`{code}` " if code else ""
        flag = f" **⚠ {words['weakened']}**" if change.target_weakened else ""
        undecided = cells.undecided(diff, change, language)
        if undecided:
            flag = f" **⚠ {undecided}**" + flag
        lines.append(f"- {where}{escape(cells.describe(change, language))}{flag}")
    for name in diff.unreadable:
        lines.append(f"- {escape(name)}: {words['unreadable']}")
    if diff.failing:
        names = ",".join(diff.fail_on)
        lines += ["", f"**{cells.failing(len(diff.failing), names, language)}**"]
    return lines
