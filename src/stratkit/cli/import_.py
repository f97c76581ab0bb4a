"""`stratkit import`: a sheet that came back, shown as the changes it would make."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli.options import DEFAULT_FOLDER, DirOption, LangOption, NoCache


def import_sheet(
    file: Annotated[
        Path,
        typer.Argument(help="The .xlsx or .csv file that came back.", metavar="FILE"),
    ],
    write: Annotated[
        bool, typer.Option("--write", help="Make the changes in the strategy files.")
    ] = False,
    allow_delete: Annotated[
        bool,
        typer.Option(
            "--allow-delete",
            help="Delete the values emptied in the sheet (without it they are only reported).",
        ),
    ] = False,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    no_cache: NoCache = False,
) -> None:
    """Read the values in a sheet from `stratkit export` and show what they would change.

    Rows are matched by file and id, never by position. A changed title or id is reported
    and never applied; a value emptied in the sheet is kept unless --allow-delete. Exit
    codes: 0 shown (or written), 1 a cell could not be read (nothing is written), 2 stratkit
    could not run.
    """
    from stratkit.cli.import_run import run_import

    run_import(file, folder, write, allow_delete, lang, no_cache)
