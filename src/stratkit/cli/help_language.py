"""The language of the command line itself: `--help`, the usage line and Click's errors.

The help texts stay plain English in the command modules (`help="..."` and docstrings); the
catalogue holds them (stratkit.codes_extract finds them). `Group`, the root command, picks the
language before anything is parsed (`--lang` anywhere on the command line, else the locale),
walks the command tree replacing each text with its translation, and gives every command the
context of cli.click_words, which says Click's and Typer's own words in that language.
"""

from __future__ import annotations

import copy
import inspect
import sys
from collections.abc import Sequence
from typing import Any

from typer.core import TyperGroup

from stratkit.cli.click_words import Context
from stratkit.i18n import N_, from_locale, in_language, speaking

# The type an argument's help shows beside its name (<str>), in words for sv and fi.
TYPE_NAMES = {"str": N_("text"), "path": N_("path"), "int": N_("whole number")}


def language_of(argv: Sequence[str]) -> str:
    """sv, fi or en: `--lang X` or `--lang=X` in argv, else the locale."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return _known(argv[i + 1])
        if arg.startswith("--lang="):
            return _known(arg.split("=", 1)[1])
    return from_locale() or "en"


def _known(language: str) -> str:
    # A misspelt --lang is an error, which is best said in the language of the locale.
    return language if language in ("sv", "fi", "en") else from_locale() or "en"


def translate(command: Any, language: str) -> None:
    """Make `command`, its options and its sub-commands speak `language`, in place."""
    command.context_class = Context
    if language != "en":
        if command.help:
            command.help = in_language(inspect.cleandoc(command.help), language)
        for name in ("options_metavar", "subcommand_metavar"):  # [OPTIONS], COMMAND [ARGS]...
            if getattr(command, name, None):
                setattr(command, name, in_language(getattr(command, name), language))
        for param in command.params:
            # show_default: False, or a text; metavar: NAME in the usage line and the help
            for name in ("help", "show_default", "metavar"):
                text = getattr(param, name, None)
                if text and isinstance(text, str):
                    setattr(param, name, in_language(text, language))
            kind = TYPE_NAMES.get(param.type.name)
            if kind and param.param_type_name == "argument":  # the help's <str>, <path>
                param.type = copy.copy(param.type)  # the type is shared with other commands
                param.type.name = in_language(kind, language)
    # Typer carries its own copy of Click, so look for sub-commands rather than a class.
    for sub in getattr(command, "commands", {}).values():
        translate(sub, language)


class Group(TyperGroup):
    """The `stratkit` command, which speaks the run's language from its first word."""

    context_class = Context

    def main(self, args: Sequence[str] | None = None, *more: Any, **extra: Any) -> Any:
        language = language_of(sys.argv[1:] if args is None else args)
        translate(self, language)
        # Restored afterwards, so that a test's run leaves the next one in English.
        with speaking(language):
            return super().main(args, *more, **extra)
