"""Click's and Typer's own words in stratkit's language: Usage, Options, [default: …], Error,
"No such option", "Did you mean", "Missing argument", "Try … for help".

Typer (0.26 on) carries its own copy of Click, whose messages are English f-strings with no
gettext, and its rich help takes its titles from constants in typer.rich_utils. So the words
are said again on their way out, from stratkit's catalogue, at three points Click offers:
`Formatter` writes the usage line's prefix; `Context.get_help` sets the rich constants and the
text of --help just before the help is drawn; and an error leaving the root `Context` has its
message read against `TEMPLATES` (Click's sentences as the user sees them) and said in the
language. A text that matches nothing stays English: a Typer release that rewords one of them
falls back to English instead of failing, and tests/cli/test_click_words.py notices it.
"""

from __future__ import annotations

import re
from functools import cache
from types import TracebackType
from typing import TYPE_CHECKING

import typer

from stratkit.i18n import N_, current, in_language

if TYPE_CHECKING:
    from typer._click.formatting import HelpFormatter
else:  # Click's documented attribute, not Typer's private module: no Typer fails to start
    HelpFormatter = getattr(typer.Context, "formatter_class", object)

# Click's sentences that a stratkit command can meet, as they reach the user ({message} is
# itself one of them, or stratkit's); tests/cli/test_click_words.py makes each of them.
TEMPLATES = (
    N_("No such option: {name}"),
    N_("No such option: {name} (Possible options: {names})"),
    N_("Option {name} requires an argument."),
    N_("Option {name} does not take a value."),
    N_("Got unexpected extra argument(s) ({arguments})"),
    N_("Missing argument {name}."),
    N_("Missing command."),
    N_("No such command {name}."),
    N_("No such command {name}. Did you mean {names}?"),
    N_("Invalid value for {name}: {message}"),
    N_("{value} is not one of {choices}."),
    N_("{value} is not a valid int."),
)
# The constants typer.rich_utils draws stratkit's help and errors with, and their English.
RICH = {
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "ERRORS_PANEL_TITLE": N_("Error"),
    "DEFAULT_STRING": N_("[default: {}]"),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "RICH_HELP": N_("Try [blue]'{command_path} {help_option}'[/] for help."),
}
USAGE = N_("Usage:")
# Set on each command by cli.help_language: the usage line's words and the text of --help.
WORDS = (N_("[OPTIONS]"), N_("COMMAND [ARGS]..."), N_("Show this message and exit."))


def said(text: str, language: str) -> str:
    """`text`, one of Click's sentences, in `language`; unchanged when it is none of them."""
    found = None if language == "en" else template_of(text)
    if found is None:
        return text
    template, values = found
    if "message" in values:
        values["message"] = said(values["message"], language)
    return in_language(template, language).format(**values)


def template_of(text: str) -> tuple[str, dict[str, str]] | None:
    """Which of `TEMPLATES` `text` is, with the values in its placeholders."""
    for template, pattern in _patterns():
        found = pattern.fullmatch(text)
        if found:
            return template, found.groupdict()
    return None


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    def pattern(template: str) -> re.Pattern[str]:
        parts = re.split(r"\{(\w+)\}", template)
        return re.compile(
            "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts)),
            re.DOTALL,
        )

    # The longest sentence first: "No such option: {name}" would swallow the suggestion.
    ordered = sorted(TEMPLATES, key=lambda t: -len(re.sub(r"\{\w+\}", "", t)))
    return tuple((template, pattern(template)) for template in ordered)


_ENGLISH: dict[str, object] = {}


def speak_rich(language: str) -> None:
    """Set typer.rich_utils's words in `language` (in English again for en)."""
    try:
        from typer import rich_utils  # only when help or an error is shown: it imports rich
    except ImportError:
        return
    for name in RICH:
        english = _ENGLISH.setdefault(name, getattr(rich_utils, name, None))
        if isinstance(english, str):
            setattr(rich_utils, name, in_language(english, language))


class Formatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = in_language(USAGE, current()) + " "
        super().write_usage(prog, args, prefix)


class Context(typer.Context):
    """The context of every stratkit command (cli.help_language sets it)."""

    formatter_class = Formatter

    def get_help(self) -> str:
        language = current()
        speak_rich(language)
        option = self.command.get_help_option(self)
        if option is not None and option.help:
            option.help = in_language(option.help, language)
        return super().get_help()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        # Every usage error passes the root context on its way to Typer's handler.
        if self.parent is None and isinstance(error, typer.TyperException):
            _say_in_language(error)
        return super().__exit__(kind, error, traceback)


def _say_in_language(error: typer.TyperException) -> None:
    # The message of "no arguments" is the help, said already; an error passes each level's
    # exit, and is said at the first.
    if type(error).__name__ == "NoArgsIsHelpError" or "format_message" in vars(error):
        return
    language = current()
    speak_rich(language)
    english = error.format_message

    def message() -> str:
        return said(english(), language)

    # Click builds some messages only when shown (BadParameter adds "Invalid value for").
    error.format_message = message  # type: ignore[method-assign]
