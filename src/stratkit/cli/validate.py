"""`stratkit validate`: check strategy files and report every problem with its position."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from stratkit.cli.common import Exit, fail, out, render_options, say
from stratkit.discovery import DEFAULT_DIR


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Strategy files or folders to check (folders: the *.yaml files directly in them).",
            show_default=f"{DEFAULT_DIR}/",
        ),
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format.TEXT,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with 1 on warnings too, not only on errors.")
    ] = False,
) -> None:
    """Check strategy files against the file format and report every problem.

    Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 stratkit could not
    run (a path does not exist, a folder holds no strategy files, a bad option).
    """
    from stratkit.discovery import find
    from stratkit.reporters import DIAGNOSTIC_FORMATS, renderer
    from stratkit.validation import ValidationRun, validate_files

    found = find(paths or [DEFAULT_DIR])
    if not found.files and not found.missing:
        fail(
            f"no strategy files (*.yaml) in {', '.join(found.empty_folders)}",
            "give the path of a strategy file or of the folder that holds them",
        )
    reports = validate_files(found.files)
    if found.diagnostics:
        from stratkit.validation import merge_diagnostics

        reports = merge_diagnostics(reports, found.diagnostics)
    run = ValidationRun(tuple(reports), tuple(found.missing))
    out(renderer(DIAGNOSTIC_FORMATS, output_format.value)(run, render_options()))
    for folder in found.empty_folders:
        say(f"note: no strategy files (*.yaml) in {folder}")
    if found.missing:
        fail(
            "not found: " + ", ".join(found.missing),
            "check the spelling of the path; strategy files live in strategies/ by default",
        )
    if run.errors or (strict and run.warnings):
        raise typer.Exit(Exit.FINDINGS)
