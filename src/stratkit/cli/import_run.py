"""What `stratkit import` does: read the sheet, load the strategies it names, compare, plan
the edits of every file, show the changes and the diffs, and only then (with --write) write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import common_language, finish, out
from stratkit.cli.exit_codes import Problems
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
    present = (
        [name for name in (Path(f).stem for f in named) if discovery.by_name(folder, name)]
        if folder.is_dir()
        else []
    )
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
