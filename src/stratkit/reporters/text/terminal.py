"""The rich console every terminal reporter draws on: into a string, colour only if asked.

What a file says is drawn as text, never as a command (reporters/text/safe.py): rich's markup
is off (a title such as `[link=…]x[/]` or `[/]` is shown as written, not made a link or an
error), every piece of text rich draws has its control characters shown as symbols, and the
drawn output has no line GitHub Actions would run as a workflow command.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

from stratkit.reporters import RenderOptions
from stratkit.reporters.text import safe


class _SafeConsole(Console):
    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        # The segments are the text rich lays out, before it adds its own escape codes for
        # styles; `control` segments are rich's own codes and pass as they are.
        return safe.guard_lines(
            super()._render_buffer(
                segment if segment.control else segment._replace(text=safe.visible(segment.text))
                for segment in buffer
            )
        )


def console(options: RenderOptions) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    drawn = _SafeConsole(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
    )
    return drawn, buffer
