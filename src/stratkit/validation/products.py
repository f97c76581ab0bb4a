"""What a command can ask the checking of many files to make of each strategy besides the
report: a product, its part of the output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile


@dataclass(frozen=True, slots=True)
class Product:
    """Text a command makes of each usable strategy (its part of the output), made where the
    strategy was validated (in a worker) and kept in the cache beside the report, so that
    the command needs no models: `status --format json` of a nation joins 600 texts.

    Entries with a product are keyed on its `name` too, so it must name everything the text
    depends on besides the file (the format, --as-of, --method): `Product.of` names the maker
    and every argument it is given. `make` returns one line and is a module-level function
    (or a partial of one), so that spawned workers get it.
    """

    name: str
    make: Callable[[StrategyFile], str]

    @classmethod
    def of(cls, maker: Callable[..., str], *arguments: object) -> Product:
        """`maker(*arguments, strategy)` of each strategy, named after the maker and the
        arguments, so that a cached part made with other arguments is never reused."""
        return cls(
            f"{maker.__module__}.{maker.__qualname__}{arguments!r}", partial(maker, *arguments)
        )
