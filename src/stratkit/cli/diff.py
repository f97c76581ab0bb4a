"""`stratkit diff`: what moved between two years, or what changed between two revisions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stratkit.cli.common import Exit, common_language, fail
from stratkit.cli.options import (
    DEFAULT_FOLDER,
    DirOption,
    FormatOption,
    LangOption,
    MethodOption,
    NoCache,
    chosen_cache,
    print_report,
)
from stratkit.cli.options import ReportFormat as Format
from stratkit.i18n import _
from stratkit.model.choices import Language, Method

if TYPE_CHECKING:
    from collections.abc import Mapping

    from stratkit.cache.store import Cache
    from stratkit.model.strategy import StrategyFile
    from stratkit.validation.one_file import FileReport


USAGE = "stratkit diff YEAR_A YEAR_B [NAME ...]   or   stratkit diff --rev REV_A [REV_B] [NAME ...]"


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
            help="With --rev: exit 1 when such a change is present. Comma-separated: "
            "target-weakened, actual-rewritten, actual-deleted, baseline-changed, "
            "indicator-removed, goal-removed, file-removed, any.",
        ),
    ] = None,
    method: MethodOption = None,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    output_format: FormatOption = Format.TABLE,
    no_cache: NoCache = False,
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
    if rev is None:
        if fail_on:
            fail(_("--fail-on works with --rev only"), USAGE)
        _years(args, method, lang, folder, output_format, chosen_cache(no_cache))
    else:
        _revisions(rev, args, _fail_on(fail_on), lang, folder, output_format)


def _years(
    args: list[str],
    method: Method | None,
    lang: Language | None,
    folder: Path,
    output_format: Format,
    cache: Cache | None,
) -> None:
    from stratkit.cli.loading import load_strategies
    from stratkit.diff.years import compare_years

    years = _two_years(args)
    if years is None:
        fail(_("give two years to compare, e.g. stratkit diff 2023 2024"), USAGE)
    first, second = years
    loaded = load_strategies(folder, args[2:], cache)
    result = compare_years(loaded.strategies, first, second, method)
    language = lang or common_language([s.language for _, s in loaded.strategies])
    print_report("diff", output_format, result, language)
    loaded.exit_if_broken()


def _two_years(args: list[str]) -> tuple[int, int] | None:
    """The two years a year comparison starts with, read as strategy files read years."""
    from stratkit.model.values import ValueProblem, parse_year

    if len(args) < 2:
        return None
    try:
        return parse_year(args[0]), parse_year(args[1])
    except ValueProblem:
        return None


def _revisions(
    first: str,
    args: list[str],
    fail_on: tuple[str, ...],
    lang: Language | None,
    folder: Path,
    output_format: Format,
) -> None:
    from stratkit.diff.revisions import RevisionDiff, compare_versions
    from stratkit.reading.git import GitError, Repository

    try:
        repo = Repository.around(folder if folder.is_dir() else Path.cwd())
        first_commit = repo.resolve(first)
        old_files = repo.strategy_files(first_commit, folder)
        # A first argument that is not a strategy name is the second revision.
        second = (
            args.pop(0) if args and args[0] not in set(old_files) | _names_now(folder) else None
        )
        second_commit = repo.resolve(second) if second else None
        new_files = (
            repo.strategy_files(second_commit, folder) if second_commit else _files_now(folder)
        )
    except GitError as error:
        fail(error.message, error.hint or None)
    if not old_files and not new_files:
        # Nothing to compare is never "no changes": a wrong folder must not pass a CI check.
        message = (
            _("no strategy files (*.yaml) in {folder} at {first} or {second}")
            if second
            else _("no strategy files (*.yaml) in {folder} at {first} or in the working tree")
        )
        fail(
            message.format(folder=folder, first=first, second=second),
            _(
                "give the folder that holds the strategy files with --dir, relative to where "
                "you run stratkit (default: strategies)"
            ),
        )
    for name in args:
        if name not in old_files and name not in new_files:
            message = (
                _("no strategy named '{name}' at {first} or {second}")
                if second
                else _("no strategy named '{name}' at {first} or in the working tree")
            )
            fail(
                message.format(name=name, first=first, second=second),
                _("strategies: {names}").format(
                    names=", ".join(sorted(old_files.keys() | new_files.keys()))
                ),
            )
    if args:
        old_files = {n: raw for n, raw in old_files.items() if n in args}
        new_files = {n: raw for n, raw in new_files.items() if n in args}
    # Files are named as git names them: REV:path for a revision, the path for the tree.
    inside = repo.relative(folder)
    old_prefix = f"{first}:{inside}/"
    new_prefix = f"{second}:{inside}/" if second else f"{folder.as_posix().rstrip('/')}/"
    old, bad_old = _load(old_files, old_prefix)
    new, bad_new = _load(new_files, new_prefix)
    # A file that could not be read on one side must not look added or removed.
    for name in bad_old | bad_new:
        old.pop(name, None)
        new.pop(name, None)
    unreadable = [f"{old_prefix}{n}.yaml" for n in sorted(bad_old)]
    unreadable += [f"{new_prefix}{n}.yaml" for n in sorted(bad_new)]
    result = RevisionDiff(
        first,
        first_commit,
        second,
        second_commit,
        tuple(compare_versions(old, new)),
        tuple(unreadable),
        fail_on,
    )
    print_report(
        "diff", output_format, result, lang or common_language([s.language for s in new.values()])
    )
    if result.unreadable or result.failing:
        raise typer.Exit(Exit.FINDINGS)


def _load(
    files: Mapping[str, bytes | FileReport], prefix: str
) -> tuple[dict[str, StrategyFile], set[str]]:
    """The strategies that could be read, and the names of those that could not."""
    from stratkit.cli.loading import show_left_out
    from stratkit.validation.one_file import check_bytes

    loaded, bad = {}, []
    for name, raw in sorted(files.items()):
        # A file that could not be read comes as its report (STK001, STK005).
        report = check_bytes(f"{prefix}{name}.yaml", raw) if isinstance(raw, bytes) else raw
        # Like status: a file with errors (a duplicate id, say) would make up changes.
        if report.usable is None:
            bad.append((name, report))
        else:
            loaded[name] = report.usable
    if bad:
        show_left_out([report for _, report in bad])
    return loaded, {name for name, _ in bad}


def _names_now(folder: Path) -> set[str]:
    from stratkit.reading.discovery import names

    return set(names(folder)) if folder.is_dir() else set()


def _files_now(folder: Path) -> dict[str, bytes | FileReport]:
    """The strategy files as they are now; one that cannot be read comes as its report."""
    from stratkit.reading.discovery import strategy_files, strategy_name
    from stratkit.validation.one_file import read_file

    if not folder.is_dir():
        return {}
    return {
        strategy_name(path): read_file(path, f"{folder.as_posix().rstrip('/')}/{path.name}")
        for path in strategy_files(folder)
    }


def _fail_on(value: str | None) -> tuple[str, ...]:
    from stratkit.diff.revisions import FAIL_ON

    if not value:
        return ()
    names = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [n for n in names if n not in FAIL_ON]
    if unknown:
        fail(
            _("unknown --fail-on value: {values}").format(values=", ".join(unknown)),
            _("choose from: {values}").format(values=", ".join(FAIL_ON)),
        )
    return names
