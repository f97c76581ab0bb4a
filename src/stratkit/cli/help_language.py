"""`--help` in Swedish or Finnish: the help texts of every command and option, translated.

The texts stay plain English in the command modules (`help="..."` and docstrings); the
catalogue holds them (stratkit.codes_extract finds them), and at start-up, before Click
renders anything, the command tree is walked and each text replaced by its translation. The
language is `--lang` on the command line, else the locale. Click's and Typer's own words
(Usage, Options) stay as those libraries write them.
"""

from __future__ import annotations

import inspect
from typing import Any

from stratkit.i18n import from_locale, in_language


def language_of(argv: list[str]) -> str:
    """sv, fi or en: `--lang X` or `--lang=X` in argv, else the locale."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return _known(argv[i + 1])
        if arg.startswith("--lang="):
            return _known(arg.split("=", 1)[1])
    return from_locale() or "en"


def _known(language: str) -> str:
    return language if language in ("sv", "fi", "en") else "en"


def translate(command: Any, language: str) -> None:
    """Replace the help of `command`, its options and its sub-commands, in place."""
    if language == "en":
        return
    if command.help:
        command.help = in_language(inspect.cleandoc(command.help), language)
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            param.help = in_language(text, language)
    # Typer carries its own copy of Click, so look for sub-commands rather than a class.
    for sub in getattr(command, "commands", {}).values():
        translate(sub, language)
