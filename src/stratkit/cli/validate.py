"""`stratkit validate`: check strategy files and report every problem with its position."""

from __future__ import annotations

import datetime
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli import options as shared
from stratkit.cli.common import finish, say, show
from stratkit.cli.options import LangOption, NoCache, chosen_cache, flag
from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reading.discovery import DEFAULT_DIR
from stratkit.reporters.registry import DiagnosticsFormat
from stratkit.validation.report import FailOn


class Format(StrEnum):
    """The diagnostics formats, and `auto`, which picks one of them for where it runs."""

    AUTO = "auto"
    TEXT = DiagnosticsFormat.TEXT.value
    JSON = DiagnosticsFormat.JSON.value
    GITHUB = DiagnosticsFormat.GITHUB.value
    JUNIT = DiagnosticsFormat.JUNIT.value


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise CannotRun(
            _("--today '{text}' is not a date").format(text=text),
            _("write the date as YYYY-MM-DD, e.g. 2026-11-24"),
        ) from None


def chosen_format(requested: Format) -> DiagnosticsFormat:
    """`auto`: annotations inside GitHub Actions (which sets GITHUB_ACTIONS=true), else text."""
    if requested is Format.AUTO:
        github = os.environ.get("GITHUB_ACTIONS") == "true"
        return DiagnosticsFormat.GITHUB if github else DiagnosticsFormat.TEXT
    return DiagnosticsFormat(requested.value)


def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Strategy files or folders to check (folders: the *.yaml files directly in them).",
            show_default=f"{DEFAULT_DIR}/",
            metavar="PATH",
        ),
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="auto, text, json, github or junit; auto is github inside GitHub Actions, "
            "text elsewhere.",
            case_sensitive=False,
            metavar="FORMAT",
        ),
    ] = Format.AUTO,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit with 1 on errors only, or on warnings too (default: error).",
            case_sensitive=False,
        ),
    ] = None,
    strict: Annotated[bool, flag("--strict", help="Short for --fail-on warning.")] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODES",
            help="Show only these codes or prefixes (STK103,STK4); repeat or separate by commas.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="CODES", help="Hide these codes or prefixes."),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="The date data freshness (STK402) is judged on.",
            show_default="today",
        ),
    ] = None,
    require_analysis: Annotated[
        list[str] | None,
        typer.Option(
            "--require-analysis",
            metavar="STATUSES",
            help="Report an error (STK405) when an indicator with one of these statuses in its "
            "latest year has no analysis for that year, e.g. missed,deteriorating (the status "
            "words of the status table in Swedish or Finnish are accepted too).",
        ),
    ] = None,
    no_cache: NoCache = False,
    lang: LangOption = None,
) -> None:
    """Check strategy files against the file format and report every problem.

    Settings come from the command line, then stratkit.toml or the tool.stratkit table of
    pyproject.toml (see docs/ci.md), then the defaults. Exit codes: 0 nothing to fail on,
    1 errors found (or warnings with --fail-on warning), 2 stratkit could not run (a path does
    not exist, a folder holds no strategy files, a bad option or setting).
    """
    from stratkit.cli import settings as config
    from stratkit.cli.progress_bar import progress_bar
    from stratkit.reading.discovery import find
    from stratkit.validation import selection
    from stratkit.validation.batch import Checking, Source, check_files
    from stratkit.validation.report import CheckOptions, Need, ValidationRun, merge_diagnostics

    if strict and fail_on is FailOn.ERROR:
        raise CannotRun(
            _("--strict and --fail-on error contradict each other"), _("give only one of them")
        )
    given_fail_on = FailOn.WARNING if strict else fail_on
    settings = config.load(Path.cwd()).overridden(
        select=None if select is None else selection.parse_codes(select, "--select"),
        ignore=None if ignore is None else selection.parse_codes(ignore, "--ignore"),
        fail_on=given_fail_on,
        require_analysis=(
            None
            if require_analysis is None
            else config.statuses(require_analysis, "--require-analysis")
        ),
    )
    found = find(paths or [DEFAULT_DIR])
    for folder, reason in found.unreadable_folders:
        raise CannotRun(
            _("cannot read the folder {folder}: {reason}").format(folder=folder, reason=reason),
            _("check that you may read the folder"),
        )
    if not found.files and not found.missing:
        raise CannotRun(
            _("no strategy files (*.yaml) in {folder}").format(
                folder=", ".join(found.empty_folders)
            ),
            _("give the path of a strategy file or of the folder that holds them"),
        )
    options = CheckOptions(
        year=_date(today).year if today else shared.default_year(),
        require_analysis=settings.require_analysis,
    )
    sources = [Source.on_disk(path, shown) for path, shown in found.files]
    with progress_bar(len(sources)) as progress:
        checking = Checking(chosen_cache(no_cache), progress=progress)
        reports = check_files(sources, Need.DIAGNOSTICS, options, checking)
    reports = merge_diagnostics(reports, found.diagnostics)
    run = ValidationRun(tuple(reports), tuple(found.missing), settings.fail_on)
    run = selection.apply(run, settings.selection)
    if found.files:  # with nothing checked, "no problems found" would read as a pass
        show(run, chosen_format(output_format), lang)
    for folder in found.empty_folders:
        say(_("note: no strategy files (*.yaml) in {folder}").format(folder=folder))
    if found.missing:
        raise CannotRun(
            _("not found: {paths}").format(paths=", ".join(found.missing)),
            _("check the spelling of the path; strategy files live in strategies/ by default"),
        )
    finish(run)
