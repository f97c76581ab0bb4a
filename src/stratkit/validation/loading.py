"""The strategies a command works on: found by name, checked (or answered by the cache), and
split into the usable ones and those left out because of their errors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reading import discovery
from stratkit.validation.batch import UNCACHED, Checking, Source, check_files
from stratkit.validation.report import FileReport, Need

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.overview import Summary
    from stratkit.validation.products import Product

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Answer(Generic[R]):
    """A command's result, and the files left out of it because of their errors."""

    result: R
    left_out: tuple[FileReport, ...] = ()


@dataclass(frozen=True, slots=True)
class Loaded:
    strategies: list[tuple[str, StrategyFile]] = field(default_factory=list)
    overviews: list[tuple[str, Summary]] = field(default_factory=list)
    products: list[tuple[str, str]] = field(default_factory=list)
    left_out: tuple[FileReport, ...] = ()  # files with errors: left out of the result


def strategy_sources(folder: Path, names: Sequence[str]) -> list[tuple[str, Source]]:
    """(name, source) of the named strategies in `folder`, or of all of them."""
    _refuse_missing(folder)
    if not names:
        files = discovery.strategy_files(folder)
        if not files:
            raise CannotRun(
                _("no strategy files (*.yaml) in {folder}").format(folder=folder),
                _("give the folder with --dir"),
            )
        return [(discovery.strategy_name(path), Source.on_disk(path)) for path in files]
    known = discovery.names(folder)
    found = []
    for name in names:
        path = _named(folder, name, known)
        found.append((discovery.strategy_name(path), Source.on_disk(path)))
    return found


def strategy_file(folder: Path, name: str) -> Path:
    """The file of one named strategy (for the commands that edit it), or why there is none."""
    _refuse_missing(folder)
    return _named(folder, name, discovery.names(folder))


def _refuse_missing(folder: Path) -> None:
    if not folder.is_dir():
        raise CannotRun(
            _("folder not found: {folder}").format(folder=folder),
            _("give the folder with --dir, or run from the repository root"),
        )


def _named(folder: Path, name: str, known: list[str]) -> Path:
    path = discovery.by_name(folder, name)
    if path is not None:
        return path
    close = discovery.suggest(name, known)
    message = (
        _("no strategy named '{name}' in {folder} (did you mean '{close}'?)")
        if close
        else _("no strategy named '{name}' in {folder}")
    )
    raise CannotRun(
        message.format(name=name, folder=folder, close=close),
        _("strategies here: {names}").format(names=", ".join(known) or _("none")),
    )


def load(
    sources: Sequence[tuple[str, Source]],
    need: Need,
    checking: Checking = UNCACHED,
    product: Product | None = None,
) -> Loaded:
    """Check the files (`need` is STRATEGIES, OVERVIEWS or PRODUCTS) and sort them into usable ones
    and ones left out. status and diff never show warnings, so freshness is not checked:
    placing a warning would cost a lagging file a few milliseconds more."""
    files = [source for _, source in sources]
    reports = check_files(files, need, None, checking, product=product)
    named = list(zip((name for name, _ in sources), reports, strict=True))
    return Loaded(
        [(name, r.usable) for name, r in named if r.usable is not None],
        [(name, r.summary) for name, r in named if r.summary is not None and not r.errors],
        [(name, r.product) for name, r in named if r.product is not None and not r.errors],
        tuple(r for _, r in named if r.errors),
    )
