"""What every command shares: exit codes, output streams, choices."""

from __future__ import annotations

import shutil
import sys
from enum import IntEnum
from typing import NoReturn

import typer

from stratkit.i18n import _
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.text.ansi import color_enabled, paint


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2


def render_options(language: str | None = None) -> RenderOptions:
    # COLUMNS wins over the terminal's size, which lets CI logs and tests fix the width.
    width = shutil.get_terminal_size((100, 24)).columns
    return RenderOptions(color=color_enabled(sys.stdout), width=max(width, 40), language=language)


def out(text: str) -> None:
    """Write the command's result to stdout, exactly as rendered."""
    sys.stdout.write(text)
    sys.stdout.flush()


def say(text: str) -> None:
    """Chatter for the person at the terminal; never mixed into machine output."""
    sys.stderr.write(text.rstrip("\n") + "\n")


def fail(message: str, hint: str | None = None) -> NoReturn:
    """Stop with exit 2: the tool could not do what was asked."""
    color = color_enabled(sys.stderr)
    say(paint(_("error:"), "bold", "red", enabled=color) + f" {message}")
    if hint:
        say(paint(_("hint:"), "cyan", enabled=color) + f" {hint}")
    raise typer.Exit(Exit.CANNOT_RUN)


def common_language(languages: list[Language]) -> Language:
    """The language all the strategies share; Swedish when they differ."""
    distinct = set(languages)
    return distinct.pop() if len(distinct) == 1 else Language.SV
