"""`stratkit import`: a sheet that came back, shown as the changes and the diff it would make."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli.options import DEFAULT_FOLDER, DirOption, LangOption, NoCache, flag


def import_sheet(
    file: Annotated[
        Path,
        typer.Argument(help="The .xlsx or .csv file that came back.", metavar="FILE"),
    ],
    write: Annotated[
        bool,
        flag("--write", help="Make the changes shown in the strategy files."),
    ] = False,
    allow_delete: Annotated[
        bool,
        flag(
            "--allow-delete",
            help=(
                "Delete the values and dates emptied in the sheet "
                "(without it they are only reported)."
            ),
        ),
    ] = False,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    no_cache: NoCache = False,
) -> None:
    """Read the values, statuses and dates in a sheet from `stratkit export` and show what
    they would change: each change with its cell, then the diff of each strategy file.

    Rows are matched by file and id, never by position. --write makes the changes shown,
    editing only their bytes. A value or date emptied in the sheet is kept unless
    --allow-delete; a changed title or id, and an emptied status, are reported and never
    applied. Run it where the sheet's strategy files are (or give --dir). Exit codes: 0
    shown (or written), 1 a cell could not be read (nothing is written), 2 stratkit could
    not run, such as for a sheet with rows of strategy files that are not in the folder
    (nothing is written, not even for the files that are there).
    """
    from stratkit.cli.import_run import run_import

    run_import(file, folder, write, allow_delete, lang, no_cache)
