"""The strategies a command that is not `status` or `diff` works on (export, import), loaded
through validation.loading with the files left out listed on stderr."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import finish, show_left_out
from stratkit.i18n import N_
from stratkit.validation.loading import Answer

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.model.strategy import StrategyFile
    from stratkit.validation.products import Product
    from stratkit.validation.report import FileReport


@dataclass(frozen=True, slots=True)
class Loaded:
    strategies: list[tuple[str, StrategyFile]]  # (name, strategy) of every usable file
    # (name, product) of every usable file, when a product was asked for.
    products: list[tuple[str, str]] = field(default_factory=list)
    left_out: tuple[FileReport, ...] = ()  # files with errors, listed on stderr

    def exit_if_broken(self) -> None:
        """After the usable strategies were shown: exit 1 if any file had errors."""
        finish(Answer(None, self.left_out))


def load_strategies(
    folder: Path, names: list[str], cache: Cache | None = None, *, product: Product | None = None
) -> Loaded:
    """The named strategies (or all in `folder`), or with `product` that text of each.

    A file with errors gets its errors on stderr and is left out; when nothing usable is
    left the command ends with exit 1. A missing folder or name raises CannotRun (exit 2).
    """
    from stratkit.cli.progress_bar import progress_bar
    from stratkit.validation.batch import Checking
    from stratkit.validation.loading import load, strategy_sources
    from stratkit.validation.report import Need

    sources = strategy_sources(folder, names)
    need = Need.STRATEGIES if product is None else Need.PRODUCTS
    with progress_bar(len(sources), N_("Reading")) as progress:
        loaded = load(sources, need, Checking(cache, progress=progress), product)
    show_left_out(loaded.left_out)
    if not loaded.strategies and not loaded.products:
        finish(Answer(None, loaded.left_out))
    return Loaded(loaded.strategies, loaded.products, loaded.left_out)
