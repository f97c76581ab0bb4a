"""Diagnostics as GitHub Actions workflow commands, which GitHub shows on the changed lines.

One `::error` or `::warning` command per diagnostic, then the usual summary line for the
log. Escaping follows GitHub's workflow command rules: in the message `%`, CR and LF are
percent-encoded; in properties (file, title) also `:` and `,`, which separate properties.
"""

from __future__ import annotations

from stratkit.diagnostics import Diagnostic
from stratkit.i18n import in_language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diagnostics.language import of_report, of_run, translated
from stratkit.reporters.diagnostics.text import HINT, summary
from stratkit.reporters.text import safe
from stratkit.validation.report import ValidationRun


def render(run: ValidationRun, options: RenderOptions) -> str:
    language = of_run(run, options)
    run = translated(run, options)
    lines = [
        command(d, in_language(HINT, of_report(report, options)))
        for report in run.reports
        for d in report.diagnostics
    ]
    lines.append(safe.guard_lines(summary(run, language=language)))
    return "\n".join(lines) + "\n"


def command(d: Diagnostic, hint: str = "hint:") -> str:
    properties = [f"file={escape_property(d.path)}", f"line={d.line}"]
    # GitHub accepts columns only for an annotation that starts and ends on one line.
    if d.end_line == d.line:
        properties += [f"col={d.column}", f"endLine={d.end_line}", f"endColumn={d.end_column}"]
    else:
        properties.append(f"endLine={d.end_line}")
    properties.append(f"title={escape_property(d.code)}")
    message = d.message if not d.hint else f"{d.message}\n{hint} {d.hint}"
    return f"::{d.severity.value} {','.join(properties)}::{escape_data(message)}"


def escape_data(text: str) -> str:
    # '%' first, so that the escapes added after it are not escaped again. Other control
    # characters (ESC, BEL, NUL) are shown as symbols (reporters/text/safe.py).
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return safe.visible(text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
