"""`diff`: two years of the strategies as they are, or the files at two git revisions, both
checked through the same batch runner and cache as every other command."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.errors import CannotRun
from stratkit.i18n import N_, _
from stratkit.reading import discovery
from stratkit.validation.batch import UNCACHED, Checking, Source
from stratkit.validation.loading import Answer, load
from stratkit.validation.report import Need

if TYPE_CHECKING:
    from stratkit.diff.revisions import RevisionDiff
    from stratkit.diff.years import YearDiff
    from stratkit.model.choices import Method
    from stratkit.reading.git import Repository


def years(
    sources: Sequence[tuple[str, Source]],
    first: int,
    second: int,
    method: Method | None = None,
    checking: Checking = UNCACHED,
) -> Answer[YearDiff]:
    from stratkit.diff.years import compare_years

    loaded = load(sources, Need.STRATEGIES, checking)
    result = compare_years(loaded.strategies, first, second, method)
    left_out = tuple(report.path for report in loaded.left_out)
    return Answer(replace(result, left_out=left_out), loaded.left_out)


def revisions(
    folder: Path,
    first: str,
    args: list[str],
    fail_on: tuple[str, ...],
    checking: Checking = UNCACHED,
) -> Answer[RevisionDiff]:
    """The strategy files at revision `first` against `args`' second revision (if its first
    word is not a strategy name) or the files as they are now, limited to the names left."""
    from stratkit.diff.revisions import RevisionDiff, compare_versions
    from stratkit.reading.git import Repository

    args = list(args)
    repo = Repository.around(folder if folder.is_dir() else Path.cwd())
    first_commit = repo.resolve(first)
    old_files = repo.strategy_files(first_commit, folder)
    # A first argument that is not a strategy name is the second revision.
    names = set(old_files) | _names_now(folder)
    second = args.pop(0) if args and args[0] not in names else None
    second_commit = _second_commit(repo, second, sorted(names)) if second else None
    new_files = repo.strategy_files(second_commit, folder) if second_commit else None
    # Files are named as git names them: REV:path for a revision, the path for the tree.
    inside = repo.relative(folder)
    old = {n: Source(f"{first}:{inside}/{n}.yaml", content=raw) for n, raw in old_files.items()}
    new = (
        {n: Source(f"{second}:{inside}/{n}.yaml", content=raw) for n, raw in new_files.items()}
        if new_files is not None
        else _sources_now(folder)
    )
    if not old and not new:
        # Nothing to compare is never "no changes": a wrong folder must not pass a CI check.
        raise CannotRun(
            _nowhere(
                N_("no strategy files (*.yaml) in {folder} at {first} or {second}"),
                N_("no strategy files (*.yaml) in {folder} at {first} or in the working tree"),
                first,
                second,
                folder=folder,
            ),
            _(
                "give the folder that holds the strategy files with --dir, relative to where "
                "you run stratkit (default: strategies)"
            ),
        )
    for name in args:
        if name not in old and name not in new:
            raise CannotRun(
                _nowhere(
                    N_("no strategy named '{name}' at {first} or {second}"),
                    N_("no strategy named '{name}' at {first} or in the working tree"),
                    first,
                    second,
                    name=name,
                ),
                _("strategies: {names}").format(names=", ".join(sorted(old.keys() | new.keys()))),
            )
    if args:
        old = {n: source for n, source in old.items() if n in args}
        new = {n: source for n, source in new.items() if n in args}
    before = load(sorted(old.items()), Need.STRATEGIES, checking)
    after = load(sorted(new.items()), Need.STRATEGIES, checking)
    # A file that could not be read on one side must not look added or removed.
    name_of = {source.shown: n for n, source in (*old.items(), *new.items())}
    bad = {name_of[r.path] for r in (*before.left_out, *after.left_out)}
    old_usable = {n: s for n, s in before.strategies if n not in bad}
    new_usable = {n: s for n, s in after.strategies if n not in bad}
    result = RevisionDiff(
        first,
        first_commit,
        second,
        second_commit,
        tuple(compare_versions(old_usable, new_usable)),
        tuple(r.path for r in (*before.left_out, *after.left_out)),
        fail_on,
        tuple(s.language for s in new_usable.values()),
    )
    return Answer(result, (*before.left_out, *after.left_out))


def _nowhere(
    at_revisions: str, at_revision_and_tree: str, first: str, second: str | None, **values: object
) -> str:
    """That something is at neither side compared: two revisions, or one and the working tree."""
    message = at_revisions if second else at_revision_and_tree
    return _(message).format(first=first, second=second, **values)


def _second_commit(repo: Repository, second: str, names: list[str]) -> str:
    """The commit of the second revision; a misspelt strategy name in its place is named as
    one ('kaskinen' for kaskinen_suomi), not as a revision git does not know."""
    from stratkit.reading.git import GitError

    try:
        return repo.resolve(second)
    except GitError:
        close = discovery.suggest(second, names)
        if close is None:
            raise
        raise CannotRun(
            _(
                "'{name}' is neither a revision nor a strategy here (did you mean '{close}'?)"
            ).format(name=second, close=close),
            _("strategies here: {names}").format(names=", ".join(names)),
        ) from None


def _names_now(folder: Path) -> set[str]:
    return set(discovery.names(folder)) if folder.is_dir() else set()


def _sources_now(folder: Path) -> dict[str, Source]:
    if not folder.is_dir():
        return {}
    shown = folder.as_posix().rstrip("/")
    return {
        discovery.strategy_name(path): Source.on_disk(path, f"{shown}/{path.name}")
        for path in discovery.strategy_files(folder)
    }
