"""`stratkit record`: set one reported value by hand, showing the diff it applies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand

from stratkit.cli.common import say
from stratkit.cli.editing import key_vocabulary, refuse_errors, show_and_write, strategy_path
from stratkit.cli.options import DEFAULT_FOLDER, DirOption, flag
from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.choices import Language

if TYPE_CHECKING:
    from typer._click.core import Context  # Typer's own Click, as cli/click_words uses

    from stratkit.model.reported import Reported
    from stratkit.writing.yearly import YearValue


# A negative value as typed: -3, −3 (a true minus), -1,5, "-1 250".
_NEGATIVE = re.compile(r"[-−]\d[\d ,.]*")


class RecordCommand(TyperCommand):
    """`record` takes a negative VALUE as typed (`... 2025 -3`), not as an unknown option."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if "--" not in args:
            negative = [arg for arg in args if _NEGATIVE.fullmatch(arg)]
            if len(negative) == 1:
                # VALUE is the last argument: after `--`, it keeps its place among them.
                args = [arg for arg in args if arg != negative[0]] + ["--", negative[0]]
        return super().parse_args(ctx, args)


def record(
    name: Annotated[str, typer.Argument(help="Strategy name, such as kasko.", metavar="NAME")],
    indicator: Annotated[
        str, typer.Argument(help="The indicator's id in the file.", metavar="INDICATOR")
    ],
    year: Annotated[str, typer.Argument(help="The year the value is for.", metavar="YEAR")],
    value: Annotated[
        str,
        typer.Argument(help='The value: 1250, "1 250" or "1,5".', metavar="VALUE"),
    ],
    preliminary: Annotated[
        bool, flag("--preliminary", help="Mark the value as preliminary (prel.).")
    ] = False,
    note: Annotated[
        str | None, typer.Option("--note", help="A note kept with the value.", metavar="TEXT")
    ] = None,
    dry_run: Annotated[bool, flag("--dry-run", help="Show the change without writing it.")] = False,
    folder: DirOption = DEFAULT_FOLDER,
) -> None:
    """Set one indicator's value for one year, in the file's own words.

    Prints the diff it applies; only the bytes of that value change. A negative value is
    typed as it is: `stratkit record NAME INDICATOR 2025 -3`.
    Exit codes: 0 written (or shown with --dry-run), 2 could not run (unknown name or
    indicator, a value that is not a number, a file with errors).
    """
    from stratkit.model.reported import value_of
    from stratkit.model.values import ValueProblem, numbers_of, parse_year
    from stratkit.reading.key_suggestions import language_of_text
    from stratkit.writing.check import strategy_of
    from stratkit.writing.document import open_document, plan

    path = strategy_path(folder, name)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""  # refuse_errors below says why the file cannot be read
    try:
        # The value is read as the file reads its own numbers: 32.000 is ambiguous in a
        # Swedish or Finnish file, as validate says of the same text in the file.
        with numbers_of(language_of_text(text)):
            number, when = _number(value, text, indicator), parse_year(year)
    except ValueProblem as problem:
        raise CannotRun(problem.message, problem.hint or "", key_vocabulary(text)) from None
    refuse_errors(path)
    _warn_if_not_ended(when)
    document = open_document(path)
    strategy = strategy_of(document.text)  # read once: the year as it is, and the language
    found = [i for i in strategy.indicators if i.id == indicator] if strategy else []
    entry = found[0].actual.get(when) if found else None
    edit = plan(document, [_change(entry, indicator, when, number, preliminary, note)])
    if not edit.changed:
        say(_("{path} already says this; nothing to change").format(path=path))
        return
    old = value_of(entry) if entry is not None else None
    if old is None or old == number:
        show_and_write(edit, _("stratkit record, entered by hand"), dry_run=dry_run)
        return
    # Overwriting a reported figure is a correction, which the head of the diff says.
    shown = _("stratkit record, entered by hand: {year}: {new} replaces {old} (a correction)")
    language = strategy.language if strategy is not None else Language.SV
    note_text = shown.format(
        year=when, new=_number_text(number, language), old=_number_text(old, language)
    )
    show_and_write(edit, note_text, dry_run=dry_run)


def _number_text(value: float, language: Language) -> str:
    from stratkit.reporters.text.numbers import number

    return number(float(value), language, 6).replace("\u00a0", " ")


def _warn_if_not_ended(year: int) -> None:
    """A value for a year after the current one is most often a typing mistake (2029 for
    2024); validate warns of it later (STK403), here it is said while the user is at it.
    The current year's value (a half-year figure) is allowed, as STK403 allows it."""
    from stratkit.cli.options import default_year  # read at run time: tests replace it

    current = default_year()
    if current is not None and year > current:
        say(
            _("warning: {year} has not ended yet; check the year (validate says STK403)").format(
                year=year
            )
        )


def _number(value: str, text: str, indicator: str) -> int | float:
    """The value typed; `72,1 %` for an indicator whose unit is `%` is the number, as a
    person copies it from a table. Any other text after the number is refused (with the
    unit's hint), and the file is read as a strategy only when the number alone fails."""
    from stratkit.model.values import ValueProblem, parse_number
    from stratkit.writing.check import strategy_of

    try:
        return parse_number(value)
    except ValueProblem:
        strategy = strategy_of(text)
        indicators = strategy.indicators if strategy is not None else []
        unit = next((i.unit or "" for i in indicators if i.id == indicator), "").strip()
        stripped = value.strip()
        if not unit or not stripped.endswith(unit) or not stripped[: -len(unit)].strip():
            raise
        return parse_number(stripped[: -len(unit)].strip())


def _change(
    old: float | Reported | None,
    indicator: str,
    year: int,
    number: float,
    preliminary: bool,
    note: str | None,
) -> YearValue:
    """What the year should say. A year written with details (women, men, a note) keeps
    them: only its value changes, and its preliminary mark as --preliminary says."""
    from stratkit.model.reported import Reported
    from stratkit.writing.yearly import YearValue

    if not isinstance(old, Reported):
        return YearValue(indicator, year, number, preliminary=preliminary, note=note)
    if note is None and (old.preliminary or not preliminary):
        return YearValue(
            indicator,
            year,
            number,
            keep_details=True,
            drop_preliminary=old.preliminary and not preliminary,
        )
    # A new note, or a mark the year does not have yet: the year is written anew, with the
    # women and men it had.
    return YearValue(
        indicator,
        year,
        number,
        preliminary=preliminary,
        women=old.women,
        men=old.men,
        note=note if note is not None else old.note,
    )
