"""Load the strategies a command works on, or stop with the reason and the right exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from stratkit.cli.common import Exit, fail, say
from stratkit.i18n import N_, _

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.overview import Summary
    from stratkit.validation.one_file import FileReport


@dataclass(frozen=True, slots=True)
class Loaded:
    strategies: list[tuple[str, StrategyFile]]  # (name, strategy) of every usable file
    broken: int  # files with errors, whose diagnostics were printed on stderr
    # (name, overview) of every usable file, when only summaries were asked for.
    summaries: list[tuple[str, Summary]] = field(default_factory=list)

    def exit_if_broken(self) -> None:
        """After the usable strategies were shown: exit 1 if any file had errors."""
        if self.broken:
            raise typer.Exit(Exit.FINDINGS)


def load_strategies(
    folder: Path, names: list[str], cache: Cache | None = None, *, summaries_only: bool = False
) -> Loaded:
    """The named strategies (or all in `folder`), validated (or answered by `cache`).

    With `summaries_only`, each usable file comes back as its overview line instead of a
    model, which a national overview needs and which the cache answers without models.
    A file with errors gets its diagnostics on stderr and is left out; when nothing usable
    is left the command stops with exit 1. A missing folder or name stops it with exit 2.
    """
    from stratkit.reading import discovery
    from stratkit.validation.one_file import validate_files

    if not folder.is_dir():
        fail(
            _("folder not found: {folder}").format(folder=folder),
            _("give the folder with --dir, or run from the repository root"),
        )
    files = _files(folder, names)
    from stratkit.cli.progress_bar import progress_bar

    with progress_bar(len(files), N_("Reading")) as progress:
        reports = validate_files(
            [(path, str(path)) for path in files],
            # No freshness: status and diff never show warnings, and placing a warning costs
            # a lagging file a few milliseconds more.
            None,
            cache=cache,
            models=not summaries_only,
            summaries=summaries_only,
            progress=progress,
        )
    broken = [r for r in reports if r.errors]
    named = [(discovery.strategy_name(path), r) for path, r in zip(files, reports, strict=True)]
    usable = [(name, r.usable) for name, r in named if r.usable is not None]
    summaries = [(name, r.summary) for name, r in named if r.summary is not None]
    if broken:
        show_left_out(broken)
        if not usable and not summaries:
            raise typer.Exit(Exit.FINDINGS)
    return Loaded(usable, len(broken), summaries)


def show_left_out(reports: list[FileReport]) -> None:
    """On stderr: which files are left out, then their errors (the reason), without the
    warnings, which never leave a file out."""
    from dataclasses import replace

    from stratkit.reporters import RenderOptions
    from stratkit.reporters.diagnostics.text import render
    from stratkit.validation.one_file import ValidationRun

    names = ", ".join(r.path for r in reports)
    say(_("left out, because of the errors below: {names}").format(names=names))
    errors = tuple(
        replace(r, diagnostics=tuple(d for d in r.diagnostics if d.is_error)) for r in reports
    )
    say(render(ValidationRun(errors), RenderOptions()).rstrip("\n"))
    say(_("fix the errors and run the command again (stratkit validate lists every problem)"))


def _files(folder: Path, names: list[str]) -> list[Path]:
    from stratkit.reading import discovery

    if not names:
        files = discovery.strategy_files(folder)
        if not files:
            fail(
                _("no strategy files (*.yaml) in {folder}").format(folder=folder),
                _("give the folder with --dir"),
            )
        return files
    known = discovery.names(folder)
    found = []
    for name in names:
        path = discovery.by_name(folder, name)
        if path is None:
            close = discovery.suggest(name, known)
            message = (
                _("no strategy named '{name}' in {folder} (did you mean '{close}'?)")
                if close
                else _("no strategy named '{name}' in {folder}")
            )
            fail(
                message.format(name=name, folder=folder, close=close),
                _("strategies here: {names}").format(names=", ".join(known) or _("none")),
            )
        found.append(path)
    return found
