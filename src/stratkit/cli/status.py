"""`stratkit status`: are the strategies getting there?"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stratkit.choices import Language, Method
from stratkit.cli.cache_option import NoCache, chosen_cache
from stratkit.cli.common import common_language, out, render_options
from stratkit.discovery import DEFAULT_DIR


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


def status(
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help="Strategy names, such as kasko for strategies/kasko.yaml. Without a name: "
            "an overview of every strategy.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        int | None,
        typer.Option(
            "--as-of", help="Judge with the values known in this year.", min=1900, max=2100
        ),
    ] = None,
    method: Annotated[
        Method | None,
        typer.Option(
            help="Progress method for every indicator (default: each indicator's own, else linear)."
        ),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option("--lang", help="Language of the labels (default: the file's language)."),
    ] = None,
    folder: Annotated[Path, typer.Option("--dir", help="Folder with the strategy files.")] = Path(
        DEFAULT_DIR
    ),
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format.TABLE,
    no_cache: NoCache = False,
) -> None:
    """Show progress per indicator, goal and strategy, judged by published rules.

    The rules are in docs/progress.md. Exit codes: 0 shown, 1 a strategy file has errors
    (they are listed), 2 stratkit could not run (unknown name, missing folder, bad option).
    """
    from stratkit.cli.loading import load_strategies
    from stratkit.rollup import status_report

    loaded = load_strategies(folder, names or [], chosen_cache(no_cache))
    report = status_report(loaded.strategies, as_of, method)
    language = lang or common_language([s for _, s in loaded.strategies])
    options = render_options()
    if output_format is Format.JSON:
        from stratkit.reporters import status_json

        out(status_json.render(report, options))
    elif output_format is Format.CSV:
        from stratkit.reporters import status_csv

        out(status_csv.render(report, options))
    else:
        from stratkit.reporters import status_markdown, status_table

        render = status_table.render if output_format is Format.TABLE else status_markdown.render
        out(render(report, options, language, bool(names)))
    loaded.exit_if_broken()
