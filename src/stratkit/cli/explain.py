"""`stratkit explain`: what a diagnostic code means and how to fix it."""

from __future__ import annotations

from typing import Annotated

import typer

from stratkit.cli.common import out
from stratkit.errors import CannotRun


def explain(
    code: Annotated[
        str | None, typer.Argument(help="A code such as STK103; without it, list all codes.")
    ] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the whole catalogue as Markdown.")
    ] = False,
) -> None:
    """Explain a diagnostic code, or list every code."""
    from stratkit.codes import CATALOGUE, lookup
    from stratkit.reporters import codes as render

    if markdown:
        out(render.markdown())
        return
    if code is None:
        out(render.overview())
        return
    found = lookup(code)
    if found is None:
        from stratkit.reading.discovery import suggest

        close = suggest(code.upper(), list(CATALOGUE))
        raise CannotRun(
            f"unknown code '{code}'" + (f" (did you mean {close}?)" if close else ""),
            "run `stratkit explain` to list every code",
        )
    out(render.explain(found))
