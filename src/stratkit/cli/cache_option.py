"""The `--no-cache` option every command that reads strategies shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from stratkit.cache import Cache

NoCache = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Check every file again and write nothing, not even the cache folder "
        "(.stratkit_cache/, or $STRATKIT_CACHE_DIR).",
    ),
]


def chosen_cache(no_cache: bool) -> Cache | None:
    if no_cache:
        return None
    from stratkit.cache import Cache

    return Cache.default()
