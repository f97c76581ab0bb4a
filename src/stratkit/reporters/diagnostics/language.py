"""Which language diagnostics are said in, and saying them in it.

Diagnostics are made (and cached) with their messages as msgids and values
(stratkit.messages); they are translated here, just before rendering. The language of a
file's diagnostics is `--lang`, else the file's own (its `language`, or its Swedish or Finnish
keys), else the locale (LC_ALL, LC_MESSAGES, LANG starting with sv or fi), else English. Codes
and positions never change with the language, in any format.
"""

from __future__ import annotations

from dataclasses import replace

from stratkit.i18n import from_locale
from stratkit.messages import say
from stratkit.reporters import RenderOptions
from stratkit.validation.report import FileReport, ValidationRun


def of_report(report: FileReport, options: RenderOptions) -> str:
    return options.language or report.language or from_locale() or "en"


def of_run(run: ValidationRun, options: RenderOptions) -> str:
    """The language of what concerns the whole run (the summary line): the files' own when
    they agree."""
    if options.language:
        return options.language
    languages = {report.language for report in run.reports}
    if len(languages) == 1 and None not in languages:
        return str(languages.pop())
    return from_locale() or "en"


def translated(run: ValidationRun, options: RenderOptions) -> ValidationRun:
    """The run with every message and hint in the language it is to be shown in."""
    reports = []
    for report in run.reports:
        language = of_report(report, options)
        diagnostics = tuple(
            replace(d, message=say(d.message, language) or "", hint=say(d.hint, language))
            for d in report.diagnostics
        )
        reports.append(replace(report, diagnostics=diagnostics))
    return replace(run, reports=tuple(reports))
