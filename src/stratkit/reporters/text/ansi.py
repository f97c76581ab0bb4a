"""Terminal colour for plain-text output, without importing rich at start-up."""

from __future__ import annotations

import os
from typing import TextIO

from stratkit.progress.statuses import Status

# The one colour of each status, for rich's tables (joined by spaces) and for `paint`.
STATUS_STYLE: dict[Status, tuple[str, ...]] = {
    Status.ACHIEVED: ("bold", "green"),
    Status.ON_TRACK: ("green",),
    Status.NEEDS_ACCELERATION: ("yellow",),
    Status.LIMITED_PROGRESS: ("dark_orange",),
    Status.DETERIORATING: ("red",),
    Status.MISSED: ("bold", "red"),
    Status.NOT_AVAILABLE: ("dim",),
}

_CODES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
    "dark_orange": "38;5;208",  # as rich names xterm colour 208
}


def color_enabled(stream: TextIO) -> bool:
    """Colour only on a terminal, never with NO_COLOR set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def paint(text: str, *styles: str, enabled: bool) -> str:
    if not enabled or not styles:
        return text
    codes = ";".join(_CODES[s] for s in styles)
    return f"\x1b[{codes}m{text}\x1b[0m"
