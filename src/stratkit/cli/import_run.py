"""What `stratkit import` does: read the sheet, load the strategies it names, compare, show,
and only then (with --write) hand the changes to the writer."""

from __future__ import annotations

from pathlib import Path

from stratkit.cli.common import common_language, finish, out
from stratkit.cli.exit_codes import Problems
from stratkit.model.choices import Language


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
    from stratkit.reporters.exchange.changes_text import render
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
    writing = write and not changes.problems and bool(changes.to_apply)
    if writing:
        from stratkit.exchange.apply import apply_changes
        from stratkit.writing.edits import apply_edits

        paths = {rows.file: folder / rows.file for rows in strategies}
        out(render(changes, language, allow_delete, writing=False))
        apply_changes(changes.to_apply, paths, apply_edits)
        out(render(changes, language, allow_delete, writing=True).splitlines()[-1] + "\n")
        return
    out(render(changes, language, allow_delete, writing=False))
    finish(Problems(len(changes.problems)))
