"""What the commands that change strategy files share: finding the file, refusing a file
with errors, showing the diff and writing it (see stratkit.writing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import say
from stratkit.errors import CannotRun
from stratkit.i18n import _

if TYPE_CHECKING:
    from stratkit.writing.document import Edit


def strategy_path(folder: Path, name: str) -> Path:
    """The file of a named strategy, with "did you mean" as every command says it."""
    from stratkit.validation.loading import strategy_file  # lazily: start-up

    return strategy_file(folder, name)


def refuse_errors(path: Path) -> None:
    """Stop when `stratkit validate` finds errors in the file: edit only what is sound."""
    from stratkit.validation.one_file import check_file

    report = check_file(path)
    if report.errors:
        raise CannotRun(
            _("{path} has {count} error(s); stratkit edits only files without errors").format(
                path=path, count=report.errors
            ),
            _("run stratkit validate {path} and fix the errors first").format(path=path),
        )


def show_and_write(edit: Edit, note: str | None, *, dry_run: bool, shown: bool = False) -> None:
    """Print the diff on stdout (unless already `shown`); write it unless this is a dry run."""
    from stratkit.cli.common import out
    from stratkit.writing.document import write

    path = edit.document.path
    if not shown:
        out(edit.diff(str(path), note))
    if dry_run:
        say(_("dry run: {path} was not changed").format(path=path))
        return
    write(edit)
    refuse_errors(path)  # cannot happen after the writer's own check; costs a few ms
    say(_("wrote {path}").format(path=path))


def key_vocabulary(text: str) -> str | None:
    """The vocabulary of a file's keys, so that a hint quotes 'yksikkö:' to a Finnish file
    (and 'unit:' to a Swedish text with English keys); None (the run's language) when the
    text cannot be read."""
    from stratkit.reading.key_suggestions import file_vocabulary
    from stratkit.reading.yaml_reader import parse  # heavy; only when a hint needs it

    # The exact reader keeps every value as written (PyYAML's own loader would turn
    # `2024-02-30` into a date, and fail on it) and reports problems instead of raising.
    data = parse(text).data
    return file_vocabulary(data).main if isinstance(data, dict) else None
