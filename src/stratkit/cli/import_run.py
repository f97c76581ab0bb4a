"""What `stratkit import` does: read the sheet, load the strategies it names, compare, plan
the edits of every file, show the changes and the diffs, and only then (with --write) write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import common_language, finish, out
from stratkit.cli.exit_codes import Problems
from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.choices import Language

if TYPE_CHECKING:
    from stratkit.exchange.changes import Changes
    from stratkit.writing.document import Edit


def run_import(
    file: Path,
    folder: Path,
    write: bool,
    allow_delete: bool,
    lang: Language | None,
    no_cache: bool,
) -> None:
    from stratkit.cli.export_run import rows_of
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.options import chosen_cache
    from stratkit.exchange.changes import compute_changes
    from stratkit.exchange.open_sheet import read_sheets
    from stratkit.reading import discovery
    from stratkit.reporters.exchange.changes_text import render, written
    from stratkit.reporters.exchange.headers import vocabulary

    found = read_sheets(file, vocabulary())
    named = sorted({row.file for row in found.rows})
    here = {f for f in named if folder.is_dir() and discovery.by_name(folder, Path(f).stem)}
    if len(here) < len(named):
        raise not_here([f for f in named if f not in here], folder, bool(here))
    present = [Path(f).stem for f in named]
    strategies = (
        rows_of(folder, load_strategies(folder, present, chosen_cache(no_cache)).strategies)
        if present
        else []
    )
    by_file = {rows.file: rows for rows in strategies}
    changes = compute_changes(found, by_file, allow_delete=allow_delete)
    language = lang or common_language([Language(s.language) for s in strategies])
    if changes.problems or not changes.to_apply:
        out(render(changes, language, allow_delete))
        finish(Problems(len(changes.problems)))
        return
    paths = {rows.file: folder / rows.file for rows in strategies}
    planned = _plan(changes, paths)
    diffs = [edit.diff(str(edit.document.path)) for edit in planned]
    if not write:
        out(render(changes, language, allow_delete, diffs))
        return
    # Nothing is written that the user has not seen: every diff is out before the first write.
    out(render(changes, language, allow_delete, diffs, summary=False))
    _write(planned)
    out(written(changes))


def not_here(missing: list[str], folder: Path, some_here: bool) -> CannotRun:
    """The sheet belongs (in part) to another repository: said once per file, not per row,
    and nothing is imported, not even the rows of the files that are here (exit 2)."""
    files = ", ".join(missing)
    if not some_here:
        if len(missing) == 1:
            message = _(
                "the sheet is for the strategy file {files}, which is not in the folder {folder}"
            )
            hint = _(
                "run import in the repository that has {files}, or give --dir with the folder "
                "it is in; nothing was written"
            )
        else:
            message = _(
                "the sheet is for the strategy files {files}, which are not in the folder {folder}"
            )
            hint = _(
                "run import in the repository that has these files, or give --dir with the "
                "folder they are in; nothing was written"
            )
    elif len(missing) == 1:
        message = _(
            "the sheet also has rows of the strategy file {files}, "
            "which is not in the folder {folder}"
        )
        hint = _(
            "give --dir with a folder that has all the sheet's files, or delete the rows of "
            "{files} from the sheet; nothing was written"
        )
    else:
        message = _(
            "the sheet also has rows of the strategy files {files}, "
            "which are not in the folder {folder}"
        )
        hint = _(
            "give --dir with a folder that has all the sheet's files, or delete the rows of "
            "these files from the sheet; nothing was written"
        )
    return CannotRun(message.format(files=files, folder=folder), hint.format(files=files))


def _plan(changes: Changes, paths: dict[str, Path]) -> list[Edit]:
    """Every file's edit, planned and checked before any is written."""
    import datetime

    from stratkit.cli.options import default_year  # read at run time: tests replace it
    from stratkit.exchange.apply import edits_by_file
    from stratkit.writing.edits import plan_edits

    this_year = default_year() or datetime.date.today().year
    by_file = edits_by_file(changes.to_apply)
    return [plan_edits(paths[file], edits, this_year) for file, edits in by_file.items()]


def _write(planned: list[Edit]) -> None:
    from stratkit.cli.editing import refuse_errors
    from stratkit.writing.document import write

    for edit in planned:
        write(edit)
        refuse_errors(edit.document.path)  # cannot happen after the writer's own check
