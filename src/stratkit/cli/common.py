"""What every command shares: the output streams, the language, and the edge where a
problem that stops the command becomes its message and exit code 2."""

from __future__ import annotations

import functools
import shutil
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import typer

from stratkit.cli.exit_codes import Exit, exit_code
from stratkit.errors import CannotRun
from stratkit.i18n import _, current
from stratkit.messages import Message, Spelt, Written, resolve
from stratkit.model.choices import Language
from stratkit.reporters import Rendered, RenderOptions
from stratkit.reporters.text.ansi import color_enabled, paint

if TYPE_CHECKING:
    from stratkit.validation.report import FileReport

P = ParamSpec("P")
T = TypeVar("T")


def edge(command: Callable[P, T]) -> Callable[P, T]:
    """Run a command; a CannotRun from anywhere below becomes its message and exit code 2.
    The only place that turns a problem into an exit code besides `finish`."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return command(*args, **kwargs)
        except CannotRun as problem:
            color = color_enabled(sys.stderr)
            message = spoken(problem.message, problem.vocabulary)
            say(paint(_("error:"), "bold", "red", enabled=color) + f" {message}")
            if problem.hint:
                hint = spoken(problem.hint, problem.vocabulary)
                say(paint(_("hint:"), "cyan", enabled=color) + f" {hint}")
            raise typer.Exit(Exit.CANNOT_RUN) from None
        except KeyboardInterrupt:
            say(_("interrupted"))
            raise typer.Exit(Exit.INTERRUPTED) from None
        except Terminated:
            say(_("terminated"))
            raise typer.Exit(Exit.TERMINATED) from None

    return run


def spoken(text: str, vocabulary: str | None = None) -> str:
    """`text` in the run's language: the one place where a Message that stops a command
    (a value parser's, through CannotRun) is said in sv or fi; the keys and values it quotes
    are spelt in `vocabulary` (the file's), else in the run's language."""

    if not isinstance(text, Message):
        return text
    language = current()
    words = vocabulary or language

    def fill(marker: Written | Spelt) -> str:
        from stratkit.model.vocabulary import spelling, value_word

        if isinstance(marker, Spelt):
            if marker.value == "*":  # every value of the choice
                return ", ".join(value_word(marker.table, v, words) for v in marker.table)
            return value_word(marker.table, marker.value, words)
        if marker.kind == "key":
            return spelling(marker.part or "", marker.fallback, words)
        return marker.fallback

    resolved = resolve(text, fill)
    return resolved.in_language(language) if isinstance(resolved, Message) else text


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that the run ends as after Ctrl-C."""


def end_on_sigterm() -> None:
    """From now on SIGTERM ends the run promptly and cleanly (workers stopped, exit 143)."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, terminate)


def finish(result: object) -> None:
    """End the command with the exit code its result calls for."""
    code = exit_code(result)
    if code is not Exit.OK:
        raise typer.Exit(code)


def render_options(language: Language | None = None) -> RenderOptions:
    # COLUMNS wins over the terminal's size, which lets CI logs and tests fix the width.
    width = shutil.get_terminal_size((100, 24)).columns
    return RenderOptions(color=color_enabled(sys.stdout), width=max(width, 40), language=language)


def show(result: object, output_format: StrEnum, language: Language | None = None) -> None:
    """Write `result` to stdout in `output_format`, through the reporters' registry."""
    from stratkit.reporters.registry import render

    out(render(result, output_format, render_options(language)))


def out(text: Rendered) -> None:
    """Write the command's result to stdout, exactly as rendered (a large document piece by
    piece, so that it is never held whole)."""
    if isinstance(text, str):
        sys.stdout.write(text)
    else:
        for piece in text:
            sys.stdout.write(piece)
    sys.stdout.flush()


def say(text: str) -> None:
    """Chatter for the person at the terminal; never mixed into machine output."""
    sys.stderr.write(text.rstrip("\n") + "\n")


def common_language(languages: list[Language] | tuple[Language, ...]) -> Language:
    """The language of output that covers several files, when --lang is not given (README,
    "Languages"): the one all the files share, else the run's (the locale's, else English)."""
    distinct = set(languages)
    return distinct.pop() if len(distinct) == 1 else Language(current())


def show_left_out(reports: tuple[FileReport, ...]) -> None:
    """On stderr: which files are left out, then their errors (the reason), without the
    warnings, which never leave a file out."""
    from dataclasses import replace

    from stratkit.reporters.diagnostics.text import render
    from stratkit.validation.report import ValidationRun

    if not reports:
        return
    names = ", ".join(r.path for r in reports)
    say(_("left out, because of the errors below: {names}").format(names=names))
    errors = tuple(
        replace(r, diagnostics=tuple(d for d in r.diagnostics if d.is_error)) for r in reports
    )
    say(render(ValidationRun(errors), RenderOptions()).rstrip("\n"))
    say(_("fix the errors and run the command again (stratkit validate lists every problem)"))
