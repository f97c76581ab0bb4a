"""A progress bar on standard error for long runs, and nothing at all for short ones.

It appears only when standard error is a terminal and more than PROGRESS_MIN files are
checked: a CI log, a pipe or a run over a few files stays clean. rich is imported only then.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from stratkit.i18n import N_, _

if TYPE_CHECKING:
    from stratkit.validation.batch import Progress

PROGRESS_MIN = 300
_EVERY = 0.1  # seconds between redraws


@contextmanager
def progress_bar(total: int, what: str = N_("Checking")) -> Iterator[Progress | None]:
    """Yield a progress callback for `total` files, or None when no bar should be drawn."""
    if total <= PROGRESS_MIN or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    # No refresh thread: checking may fork worker processes, and a fork while another thread
    # holds a lock can hang the child. The callback redraws instead.
    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=True,
    )
    task = bar.add_task(_(what), total=total)
    last = [0.0]

    def advance(done: int, _total: int) -> None:
        bar.update(task, completed=done)
        now = time.monotonic()
        if now - last[0] >= _EVERY or done == total:
            last[0] = now
            bar.refresh()

    with bar:
        yield advance
