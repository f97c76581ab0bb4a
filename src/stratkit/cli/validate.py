"""`stratkit validate`: check strategy files and report every problem with its position."""

from __future__ import annotations

import datetime
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli import options as shared
from stratkit.cli.common import Exit, fail, out, render_options, say
from stratkit.cli.options import LangOption, NoCache, chosen_cache
from stratkit.i18n import _
from stratkit.reading.discovery import DEFAULT_DIR


class Format(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    JUNIT = "junit"


class FailOnChoice(StrEnum):
    ERROR = "error"
    WARNING = "warning"


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        fail(
            _("--today '{text}' is not a date").format(text=text),
            _("write the date as YYYY-MM-DD, e.g. 2026-11-24"),
        )


def chosen_format(requested: Format) -> str:
    """`auto`: annotations inside GitHub Actions (which sets GITHUB_ACTIONS=true), else text."""
    if requested is Format.AUTO:
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return requested.value


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
        FailOnChoice | None,
        typer.Option(
            "--fail-on",
            help="Exit with 1 on errors only, or on warnings too (default: error).",
            case_sensitive=False,
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Short for --fail-on warning.")] = False,
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
    from stratkit.reporters import DIAGNOSTIC_FORMATS, renderer
    from stratkit.validation import selection
    from stratkit.validation.one_file import CheckOptions, ValidationRun, validate_files

    if strict and fail_on is FailOnChoice.ERROR:
        fail(_("--strict and --fail-on error contradict each other"), _("give only one of them"))
    try:
        given_fail_on = FailOnChoice.WARNING if strict else fail_on
        settings = config.load(Path.cwd()).overridden(
            select=None if select is None else selection.parse_codes(select, "--select"),
            ignore=None if ignore is None else selection.parse_codes(ignore, "--ignore"),
            fail_on=None if given_fail_on is None else selection.FailOn(given_fail_on.value),
        )
    except (config.ConfigError, selection.SelectionError) as error:
        fail(error.message, error.hint)

    found = find(paths or [DEFAULT_DIR])
    if not found.files and not found.missing:
        fail(
            _("no strategy files (*.yaml) in {folder}").format(
                folder=", ".join(found.empty_folders)
            ),
            _("give the path of a strategy file or of the folder that holds them"),
        )
    options = CheckOptions(year=_date(today).year if today else shared.default_year())
    with progress_bar(len(found.files)) as progress:
        reports = validate_files(
            found.files, options, cache=chosen_cache(no_cache), models=False, progress=progress
        )
    if found.diagnostics:
        from stratkit.validation.one_file import merge_diagnostics

        reports = merge_diagnostics(reports, found.diagnostics)
    run = selection.apply(ValidationRun(tuple(reports), tuple(found.missing)), settings.selection)
    if found.files:  # with nothing checked, "no problems found" would read as a pass
        render = renderer(DIAGNOSTIC_FORMATS, chosen_format(output_format))
        out(render(run, render_options(lang)))
    for folder in found.empty_folders:
        say(_("note: no strategy files (*.yaml) in {folder}").format(folder=folder))
    if found.missing:
        fail(
            _("not found: {paths}").format(paths=", ".join(found.missing)),
            _("check the spelling of the path; strategy files live in strategies/ by default"),
        )
    if selection.fails(run, settings.fail_on):
        raise typer.Exit(Exit.FINDINGS)
