"""Diagnostics as lines a person reads in a terminal or a CI log."""

from __future__ import annotations

from stratkit.diagnostics import Diagnostic
from stratkit.reporters import RenderOptions
from stratkit.reporters.text.ansi import paint
from stratkit.validation.report import FileReport, ValidationRun

_SEVERITY_STYLE = {"error": ("bold", "red"), "warning": ("bold", "yellow")}


def render(run: ValidationRun, options: RenderOptions) -> str:
    out: list[str] = []
    for report in run.reports:
        for diagnostic in report.diagnostics:
            out.extend(_diagnostic(diagnostic, report, options.color))
    out.append(summary(run, options.color))
    return "\n".join(out) + "\n"


def _diagnostic(d: Diagnostic, report: FileReport, color: bool) -> list[str]:
    where = paint(f"{d.path}:{d.line}:{d.column}:", "bold", enabled=color)
    severity = paint(d.severity.value, *_SEVERITY_STYLE[d.severity.value], enabled=color)
    lines = [f"{where} {severity} {d.code} {d.message}"]
    source = report.lines.get(d.line)
    if source is not None and source.strip():
        number = str(d.line)
        gutter = " " * len(number)
        width = d.end_column - d.column if d.end_line == d.line else len(source) - d.column + 1
        marker = " " * (d.column - 1) + "^" * max(1, width)
        lines.append(f"  {number} | {source.expandtabs(1)}")
        lines.append(
            f"  {gutter} | " + paint(marker, *_SEVERITY_STYLE[d.severity.value], enabled=color)
        )
    if d.hint:
        lines.append("  " + paint("hint:", "cyan", enabled=color) + f" {d.hint}")
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
