"""`stratkit diff`: what moved between two years, or what changed between two revisions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stratkit.cli import options
from stratkit.cli.common import common_language, finish, show, show_left_out
from stratkit.errors import CannotRun
from stratkit.i18n import N_, _
from stratkit.reporters.registry import ReportFormat

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.diff.revisions import RevisionDiff
    from stratkit.diff.years import YearDiff
    from stratkit.model.choices import Method
    from stratkit.validation.loading import Answer

# Said when the command line is wrong, with the placeholders in the run's language.
USAGE = N_(
    "stratkit diff YEAR_A YEAR_B [NAME ...]   or   stratkit diff --rev REV_A [REV_B] [NAME ...]"
)


def diff(
    arguments: Annotated[
        list[str] | None,
        typer.Argument(
            help="YEAR_A YEAR_B [NAME ...]; with --rev: [REV_B] [NAME ...].",
            metavar="ARGS",
            show_default=False,
        ),
    ] = None,
    rev: Annotated[
        str | None,
        typer.Option(
            "--rev",
            help="Compare the strategy files at this git revision with REV_B (default: the "
            "files as they are now).",
            metavar="REV_A",
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="CHANGES",
            help="With --rev: exit 1 when such a change is present. Comma-separated: "
            "target-weakened, undecided-target-change, actual-rewritten, actual-deleted, "
            "baseline-changed, "
            "indicator-removed, goal-removed, file-removed, any.",
        ),
    ] = None,
    method: options.MethodOption = None,
    lang: options.LangOption = None,
    folder: options.DirOption = options.DEFAULT_FOLDER,
    output_format: options.FormatOption = ReportFormat.TABLE,
    excel: options.ExcelOption = False,
    no_cache: options.NoCache = False,
) -> None:
    """Compare two years (values and statuses), or two revisions of the strategy files.

    `stratkit diff 2023 2024` shows, per indicator, the state as of 2023 against the state
    as of 2024. `stratkit diff --rev HEAD~1` lists what changed in the files themselves since
    that commit: goals and indicators added, removed or reworded, targets raised, lowered,
    postponed (flagged target_weakened when the goal got easier), past values rewritten.
    Exit codes: 0 done, 1 a --fail-on change is present or a file has errors, 2 stratkit could
    not run (bad arguments, not a git repository, unknown revision).
    """
    args = list(arguments or [])
    shown = options.shown_format(output_format, excel)
    cache = options.chosen_cache(no_cache)
    answer: Answer[YearDiff] | Answer[RevisionDiff]
    if rev is None:
        if fail_on:
            raise CannotRun(_("--fail-on works with --rev only"), _(USAGE))
        answer = _years(args, method, folder, cache)
    else:
        if method is not None:
            # A revision diff compares what the files say, not how far they have come.
            raise CannotRun(
                _("--method has no effect with --rev, which compares the files themselves"),
                _("leave out --method, or compare years: stratkit diff 2023 2024 --method cagr"),
            )
        from stratkit.validation.batch import Checking
        from stratkit.validation.comparing import revisions

        answer = revisions(folder, rev, args, _fail_on(fail_on), Checking(cache))
    show_left_out(answer.left_out)
    result = answer.result
    show(result, shown, lang or common_language(result.languages))
    finish(answer)


def _years(
    args: list[str], method: Method | None, folder: Path, cache: Cache | None
) -> Answer[YearDiff]:
    from stratkit.cli.progress_bar import progress_bar
    from stratkit.validation.batch import Checking
    from stratkit.validation.comparing import years
    from stratkit.validation.loading import strategy_sources

    two = _two_years(args)
    sources = strategy_sources(folder, args[2:])
    with progress_bar(len(sources), N_("Reading")) as progress:
        return years(sources, two[0], two[1], method, Checking(cache, progress=progress))


def _two_years(args: list[str]) -> tuple[int, int]:
    """The two years a year comparison starts with, read as strategy files read years."""
    from stratkit.model.values import ValueProblem, parse_year

    if len(args) < 2:
        raise CannotRun(_("give two years to compare, e.g. stratkit diff 2023 2024"), _(USAGE))
    years = []
    for arg in args[:2]:
        try:
            years.append(parse_year(arg))
        except ValueProblem as problem:
            digits = arg.strip().lstrip("-")
            if digits.isascii() and digits.isdigit():
                # A year, but not one a file may hold (1800): parse_year says which years do.
                raise CannotRun(problem.message, problem.hint or _(USAGE)) from None
            message = _(
                "'{arg}' is not a year: give two years to compare, e.g. stratkit diff 2023 2024"
            )
            raise CannotRun(message.format(arg=arg), _(USAGE)) from None
    return years[0], years[1]


def _fail_on(value: str | None) -> tuple[str, ...]:
    from stratkit.diff.revisions import FAIL_ON

    if not value:
        return ()
    names = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [n for n in names if n not in FAIL_ON]
    if unknown:
        raise CannotRun(
            _("unknown --fail-on value: {values}").format(values=", ".join(unknown)),
            _("choose from: {values}").format(values=", ".join(FAIL_ON)),
        )
    return names
