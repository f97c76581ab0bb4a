"""`stratkit export`: the strategies as an Excel workbook to fill in, as CSV, or as the long
table analysts read."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli.options import (
    DEFAULT_FOLDER,
    DirOption,
    ExcelOption,
    LangOption,
    NoCache,
    check_excel,
    flag,
    name_argument,
)
from stratkit.errors import CannotRun
from stratkit.i18n import _


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PARQUET = "parquet"


def export(
    names: Annotated[
        list[str] | None,
        name_argument(
            help="Strategy names, such as kasko for strategies/kasko.yaml (default: all)."
        ),
    ] = None,
    output_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="xlsx, csv or parquet (default: the ending of --output, else xlsx; csv with "
            "--long).",
            metavar="FORMAT",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="The file to write (csv: default stdout).", metavar="FILE"
        ),
    ] = None,
    long: Annotated[
        bool,
        flag(
            "--long",
            help="One row per strategy, indicator and year (csv or parquet), for analysis.",
        ),
    ] = False,
    excel: ExcelOption = False,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    no_cache: NoCache = False,
) -> None:
    """Write the indicator tables to a file people fill in, or to a table for analysis.

    `--format xlsx` writes a workbook to send out: fill in the yellow cells, send it back,
    and `stratkit import` shows what it would change. Exit codes: 0 written, 1 a strategy
    file has errors (it is left out), 2 stratkit could not run.
    """
    from stratkit.cli.export_run import run_export

    output_format = _format_of(output_format, output, long)
    check_excel(excel, output_format)
    if output_format is ExportFormat.PARQUET and not long:
        raise CannotRun(_("parquet is written as the long table"), _("add --long"))
    if output_format is ExportFormat.XLSX and long:
        raise CannotRun(
            _("the long table is written as csv or parquet"), _("use --format csv or parquet")
        )
    if output is None and output_format is not ExportFormat.CSV:
        raise CannotRun(
            _("--format {format} needs a file to write").format(format=output_format.value),
            _("add --output FILE.{format}").format(format=output_format.value),
        )
    run_export(names or [], folder, output_format.value, output, long, excel, lang, no_cache)


_ENDINGS = {f".{kind.value}": kind for kind in ExportFormat}


def _format_of(given: ExportFormat | None, output: Path | None, long: bool) -> ExportFormat:
    """The format asked for, else the one the file's ending names: `--output k.csv` is a CSV
    file, never a workbook under a .csv name (which Excel would refuse)."""
    named = _ENDINGS.get(output.suffix.lower()) if output is not None else None
    if given is not None and named is not None and named is not given:
        assert output is not None
        raise CannotRun(
            _("--format {format} does not fit the file name {file}").format(
                format=given.value, file=output.name
            ),
            _("name the file {name}, or leave out --format: the ending chooses the format").format(
                name=output.with_suffix(f".{given.value}").name
            ),
        )
    return given or named or (ExportFormat.CSV if long else ExportFormat.XLSX)
