"""Diagnostics as lines a person reads in a terminal or a CI log."""

from __future__ import annotations

from stratkit.diagnostics import Diagnostic
from stratkit.i18n import N_, in_language, plural_in
from stratkit.reporters import RenderOptions
from stratkit.reporters.diagnostics.language import of_report, of_run, translated
from stratkit.reporters.text import safe
from stratkit.reporters.text.ansi import paint
from stratkit.reporters.text.excerpt import excerpt
from stratkit.validation.report import FileReport, ValidationRun

_SEVERITY_STYLE = {"error": ("bold", "red"), "warning": ("bold", "yellow")}
HINT = N_("hint:")
N_("error"), N_("warning")  # the severities, said in the file's language


def render(run: ValidationRun, options: RenderOptions) -> str:
    out: list[str] = []
    language = of_run(run, options)
    run = translated(run, options)
    for report in run.reports:
        words = _Words(of_report(report, options))
        for diagnostic in report.diagnostics:
            out.extend(_diagnostic(diagnostic, report, options.color, words))
    out.append(summary(run, options.color, language))
    return safe.guard_lines("\n".join(out) + "\n")


class _Words:
    """The words of the frame around a diagnostic, in one file's language."""

    def __init__(self, language: str) -> None:
        self.hint = in_language(HINT, language)
        self.severity = {name: in_language(name, language) for name in _SEVERITY_STYLE}


def _diagnostic(d: Diagnostic, report: FileReport, color: bool, words: _Words) -> list[str]:
    # What a file says (its name, a value in a message, a quoted line) is shown as text,
    # never as a command to the terminal or to GitHub Actions (reporters/text/safe.py).
    where = paint(f"{safe.one_line(d.path)}:{d.line}:{d.column}:", "bold", enabled=color)
    said = words.severity[d.severity.value]
    severity = paint(said, *_SEVERITY_STYLE[d.severity.value], enabled=color)
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
        lines.append("  " + paint(words.hint, "cyan", enabled=color) + f" {safe.one_line(d.hint)}")
    return lines


def summary(run: ValidationRun, color: bool = False, language: str = "en") -> str:
    files = len(run.reports)
    checked = plural_in("Checked {n} file", "Checked {n} files", files, language)
    checked = checked.format(n=files)
    if not run.errors and not run.warnings:
        found = in_language("no problems found.", language)
        return in_language("{checked}: {found}", language).format(
            checked=checked, found=paint(found, "green", enabled=color)
        )
    errors = plural_in("{n} error", "{n} errors", run.errors, language)
    warnings = plural_in("{n} warning", "{n} warnings", run.warnings, language)
    return in_language("{checked}: {errors}, {warnings}.", language).format(
        checked=checked,
        errors=errors.format(n=run.errors),
        warnings=warnings.format(n=run.warnings),
    )
