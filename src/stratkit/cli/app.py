"""The `stratkit` command and its sub-commands."""

from __future__ import annotations

import io
import os
import sys
from typing import Annotated

import typer

from stratkit import __version__
from stratkit.cli import diff as diff_command
from stratkit.cli import explain as explain_command
from stratkit.cli import export as export_command
from stratkit.cli import fetch as fetch_command
from stratkit.cli import import_ as import_command
from stratkit.cli import init as init_command
from stratkit.cli import record as record_command
from stratkit.cli import report as report_command
from stratkit.cli import schema as schema_command
from stratkit.cli import status as status_command
from stratkit.cli import validate as validate_command
from stratkit.cli.common import edge, end_on_sigterm
from stratkit.cli.exit_codes import Exit
from stratkit.cli.help_language import Group

app = typer.Typer(
    name="stratkit",
    cls=Group,  # which speaks the language of the run, --help and Click's errors included
    help="Follow up municipal strategies kept as YAML files in git.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Markdown joins the lines of a docstring paragraph, which plain rich text would keep.
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        print(f"stratkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="sv, fi or en: the language of --help and of the messages.",
            metavar="LANG",
        ),
    ] = None,
) -> None:
    """Follow up municipal strategies kept as YAML files in git.

    Start with `stratkit validate` to check the files in strategies/.
    """
    if lang is not None:
        # `stratkit --lang en status` as `stratkit status --lang en`: the command's own --lang
        # defaults to this one (Click makes the command's context after this callback).
        ctx.default_map = {name: {"lang": lang} for name in ctx.command.commands}  # type: ignore[attr-defined]


# Each command runs inside `edge`, where a CannotRun becomes its message and exit code 2.
app.command("validate")(edge(validate_command.validate))
app.command("status")(edge(status_command.status))
app.command("diff")(edge(diff_command.diff))
app.command("explain")(edge(explain_command.explain))
app.command("schema")(edge(schema_command.schema))
app.command("init")(edge(init_command.init))
app.command("record", cls=record_command.RecordCommand)(edge(record_command.record))
app.command("fetch")(edge(fetch_command.fetch))
app.command("export")(edge(export_command.export))
app.command("import")(edge(import_command.import_sheet))
app.command("report")(edge(report_command.report))


def main() -> None:
    end_on_sigterm()
    # A file name that is not UTF-8, or a terminal that cannot show a character, must not
    # end a run in UnicodeEncodeError: what a stream cannot encode is written as an escape.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        typer.main.get_command(app)()
    except SystemExit as end:
        if end.code in (Exit.INTERRUPTED, Exit.TERMINATED):
            # Stopped by a signal: the workers are already stopped and the cache written.
            # Leave at once; interpreter shutdown would wait on pool threads and can print
            # their errors over a clean exit.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(end.code))
        raise
