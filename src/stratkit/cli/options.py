"""Options that several commands share, declared once so they read and behave alike."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.choices import Language, Method
from stratkit.reading.discovery import DEFAULT_DIR
from stratkit.reporters.registry import ExcelFormat, ReportFormat

if TYPE_CHECKING:
    from stratkit.cache.store import Cache


def flag(name: str, help: str) -> Any:
    """A bool option that is off unless given: `name` alone turns it on (Typer would add a
    `--no-` twin to a bool option it names itself). Give `help=` as a literal at the call,
    where the catalogues' extractor (codes_extract.extract_cli) finds it."""
    return typer.Option(name, help=help)


MethodOption = Annotated[
    Method | None,
    typer.Option(
        help="linear or cagr, for every indicator (default: each indicator's own method, "
        "else linear).",
        metavar="METHOD",
    ),
]


def lang_option(help: str) -> Any:
    """--lang, with `help=` given as a literal at the call (see `flag`): the commands that read
    strategy files default to the file's language, the others to the locale's."""
    # Not `[default: en]` after `stratkit --lang en COMMAND --help`, which gives the default.
    return typer.Option("--lang", help=help, metavar="LANG", show_default=False)


LangOption = Annotated[
    Language | None,
    lang_option(help="sv, fi or en: the language of the labels (default: the file's)."),
]
AsOfOption = Annotated[
    int | None,
    typer.Option("--as-of", help="Judge with the values known in this year.", metavar="YEAR"),
]
DirOption = Annotated[
    Path, typer.Option("--dir", help="Folder with the strategy files.", metavar="FOLDER")
]
DEFAULT_FOLDER = Path(DEFAULT_DIR)
FormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help="table, json, csv or markdown.",
        case_sensitive=False,
        metavar="FORMAT",
    ),
]
ExcelOption = Annotated[
    bool,
    flag(
        "--excel",
        help="With --format csv: for a Swedish or Finnish Excel, which opens it by "
        "double-click (UTF-8 with a byte order mark, semicolons, decimal commas).",
    ),
]
NoCache = Annotated[
    bool,
    flag(
        "--no-cache",
        help="Check every file again and write nothing, not even the cache folder "
        "(.stratkit_cache/, or $STRATKIT_CACHE_DIR).",
    ),
]


def name_argument(help: str) -> Any:
    """The NAME argument of the commands that take strategies by name (kasko for
    strategies/kasko.yaml); `help` says what the command does without one."""
    return typer.Argument(help=help, metavar="NAME ...", show_default=False)


def check_as_of(as_of: int | None) -> None:
    """Refuse an --as-of that strategy files would not accept as a year, before loading them."""
    if as_of is None:
        return
    from stratkit.model.values import ValueProblem, parse_year

    try:
        parse_year(as_of)
    except ValueProblem as problem:
        from stratkit.cli.common import spoken

        raise CannotRun(f"--as-of: {spoken(problem.message)}", problem.hint or "") from None
    current = default_year()
    if current is not None and as_of > current:
        # Allowed (a plan may be checked ahead), but the statuses then count years that have
        # not come as gone: said, so that nobody reads them as today's.
        from stratkit.cli.common import say

        say(
            _(
                "note: --as-of {year} is after this year ({current}): the newest values are "
                "judged as if {year} had come"
            ).format(year=as_of, current=current)
        )


def check_excel(excel: bool, output_format: str) -> None:
    """--excel changes how csv is written, so it goes with --format csv alone."""
    if excel and output_format != "csv":
        raise CannotRun(_("--excel goes with --format csv"), _("add --format csv"))


def shown_format(output_format: ReportFormat, excel: bool) -> ReportFormat | ExcelFormat:
    """What --format asks for, as the csv Excel opens with --excel."""
    check_excel(excel, output_format)
    return ExcelFormat.CSV_EXCEL if excel else output_format


def chosen_cache(no_cache: bool) -> Cache | None:
    if no_cache:
        return None
    from stratkit.cache.store import Cache
    from stratkit.cli.common import say

    # The cache's notices (damaged entries dropped, a folder that is a link) go to stderr.
    return Cache.default(on_notice=say)


def default_year() -> int | None:
    """The year freshness is judged in without --today (tests replace it to stay timeless)."""
    return datetime.date.today().year
