"""The rich console every terminal reporter draws on: into a string, colour only if asked."""

from __future__ import annotations

import io

from rich.console import Console

from stratkit.reporters import RenderOptions


def console(options: RenderOptions) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    drawn = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
    )
    return drawn, buffer
