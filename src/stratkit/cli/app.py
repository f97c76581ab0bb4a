"""The `stratkit` command and its sub-commands."""

from __future__ import annotations

from typing import Annotated

import typer

from stratkit import __version__
from stratkit.cli import diff as diff_command
from stratkit.cli import explain as explain_command
from stratkit.cli import init as init_command
from stratkit.cli import schema as schema_command
from stratkit.cli import status as status_command
from stratkit.cli import validate as validate_command

app = typer.Typer(
    name="stratkit",
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


app.command("validate")(validate_command.validate)
app.command("status")(status_command.status)
app.command("diff")(diff_command.diff)
app.command("explain")(explain_command.explain)
app.command("schema")(schema_command.schema)
app.command("init")(init_command.init)


def main() -> None:
    import sys

    from stratkit.cli.help_language import language_of, translate
    from stratkit.i18n import use

    language = language_of(sys.argv[1:])
    use(language)  # the command line's own messages (fail(), notes)
    command = typer.main.get_command(app)
    translate(command, language)
    command()
