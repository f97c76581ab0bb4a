"""Diagnostics as lines a person reads in a terminal or a CI log."""

from __future__ import annotations

from stratkit.diagnostics import Diagnostic
from stratkit.reporters import RenderOptions
from stratkit.reporters.text import safe
from stratkit.reporters.text.ansi import paint
from stratkit.reporters.text.excerpt import excerpt
from stratkit.validation.one_file import FileReport, ValidationRun

_SEVERITY_STYLE = {"error": ("bold", "red"), "warning": ("bold", "yellow")}


def render(run: ValidationRun, options: RenderOptions) -> str:
    out: list[str] = []
    for report in run.reports:
        for diagnostic in report.diagnostics:
            out.extend(_diagnostic(diagnostic, report, options.color))
    out.append(summary(run, options.color))
    return safe.guard_lines("\n".join(out) + "\n")


def _diagnostic(d: Diagnostic, report: FileReport, color: bool) -> list[str]:
    # What a file says (its name, a value in a message, a quoted line) is shown as text,
    # never as a command to the terminal or to GitHub Actions (reporters/text/safe.py).
    where = paint(f"{safe.one_line(d.path)}:{d.line}:{d.column}:", "bold", enabled=color)
    severity = paint(d.severity.value, *_SEVERITY_STYLE[d.severity.value], enabled=color)
    lines = [f"{where} {severity} {d.code} {safe.one_line(d.message)}"]
    source = report.lines.get(d.line)
    if source is not None and source.strip():
        number = str(d.line)
        gutter = " " * len(number)
        # A window around the span: a line may be as long as the file (text/excerpt.py).
        shown = excerpt(
            source.expandtabs(1), d.column, d.end_column if d.end_line == d.line else None
        )
        marker = " " * shown.caret + "^" * shown.width
        lines.append(f"  {number} | {safe.visible(shown.text)}")
        lines.append(
            f"  {gutter} | " + paint(marker, *_SEVERITY_STYLE[d.severity.value], enabled=color)
        )
    if d.hint:
        lines.append("  " + paint("hint:", "cyan", enabled=color) + f" {safe.one_line(d.hint)}")
    return lines


def summary(run: ValidationRun, color: bool = False) -> str:
    files = len(run.reports)
    checked = f"Checked {files} file{'s' * (files != 1)}"
    if not run.errors and not run.warnings:
        return f"{checked}: " + paint("no problems found.", "green", enabled=color)
    parts = [_count(run.errors, "error"), _count(run.warnings, "warning")]
    return f"{checked}: " + ", ".join(parts) + "."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"
