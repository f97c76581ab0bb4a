"""`stratkit fetch`: new figures from Kolada, SCB and Statistics Finland, shown before written."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from stratkit.cli.common import finish, out, say
from stratkit.cli.editing import key_vocabulary, refuse_errors, show_and_write, strategy_path
from stratkit.cli.exit_codes import Behind
from stratkit.cli.options import DEFAULT_FOLDER, DirOption, flag, name_argument
from stratkit.errors import CannotRun
from stratkit.i18n import N_, _

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile
    from stratkit.sources.compare import Difference
    from stratkit.sources.figures import Series
    from stratkit.writing.document import Edit

# {{ and }} are the braces of YAML's flow style; the keys are spelt as the file spells them.
HOW_TO_DECLARE = N_(
    "add a '{fetch}:' key to an indicator, for example {fetch}: {{kolada: N01951}} or "
    "{fetch}: {{scb: TAB638, {select}: {{ContentsCode: BE0101N1}}}}; docs/sources.md has more"
)
HOW_TO_DECLARE_FI = N_(
    "add a '{fetch}:' key to an indicator, for example "
    "{fetch}: {{statfin: vaerak/statfin_vaerak_pxt_11re.px, {select}: {{Tiedot: vaerak-vaesto}}}} "
    "(Statistics Finland); docs/sources.md has more"
)


def fetch(
    names: Annotated[
        list[str] | None,
        name_argument(help="Strategy names, such as karlskoga. Without a name: every strategy."),
    ] = None,
    write: Annotated[
        bool, flag("--write", help="Write the new years (after showing them).")
    ] = False,
    accept_revisions: Annotated[
        bool,
        flag(
            "--accept-revisions",
            help="With --write, also replace values the source has revised.",
        ),
    ] = False,
    check: Annotated[
        bool,
        flag("--check", help="Write nothing; exit 1 when a file is behind its sources."),
    ] = False,
    folder: DirOption = DEFAULT_FOLDER,
) -> None:
    """Ask each indicator's declared source for its figures and show what would change.

    Shows, per file, the years added, the values the source revised and the years it no
    longer has, with the source and the date. Writes nothing without --write; revised
    values only with --accept-revisions. Exit codes: 0 done, 1 with --check when a file is
    behind its sources, 2 could not run (a source unreachable or unusable: no file changed).
    """
    strategies, paths = _load(folder, names or [])

    def vocabulary_of(name: str) -> str | None:
        """The vocabulary of a file's keys, for a hint that quotes them (read only then)."""
        return key_vocabulary(paths[name].read_text(encoding="utf-8-sig", errors="replace"))

    if not any(_declared(strategy) for _, strategy in strategies):
        first = strategies[0][0] if strategies else None
        raise CannotRun(
            _("no indicator declares where to fetch its figures"),
            _how_to_declare(strategies, vocabulary_of(first) if first else None),
        )
    from stratkit.cli.source_urls import source_urls
    from stratkit.sources.figures import SourceError
    from stratkit.sources.gather import gather
    from stratkit.sources.http import Client

    try:
        found = gather(strategies, source_urls(Path.cwd()), Client(), vocabulary_of)
    except SourceError as problem:  # every figure is fetched before any file is touched
        raise CannotRun(
            f"{problem.message}; " + _("no file was changed"), problem.hint, problem.vocabulary
        ) from None
    today = datetime.date.today().isoformat()
    behind, edits = False, []
    for name, strategy in strategies:
        file_behind, edit = _one_file(folder, name, strategy, found, today, accept_revisions)
        behind |= file_behind
        if edit is not None:
            edits.append(edit)
    # Every file's edit is planned and shown before the first one is written.
    for edit in edits:
        if write and not check:
            show_and_write(edit, None, dry_run=False, shown=True)
        else:
            say(
                _("nothing written; run with --write to write {path}").format(
                    path=edit.document.path
                )
            )
    if check:
        finish(Behind(behind))


def _how_to_declare(strategies: list[tuple[str, StrategyFile]], vocabulary: str | None) -> str:
    """How to name a source, for the first file: Statistics Finland for a Finnish one, with
    the keys spelt as that file spells its keys."""
    from stratkit.model.vocabulary import spelling

    first = strategies[0][1] if strategies else None
    language = vocabulary or (first.language if first else "en")
    finnish = first is not None and first.municipality.country == "FI"
    return _(HOW_TO_DECLARE_FI if finnish else HOW_TO_DECLARE).format(
        fetch=spelling("Indicator", "fetch", language),
        select=spelling("FetchSource", "select", language),
    )


def _load(folder: Path, names: list[str]) -> tuple[list[tuple[str, StrategyFile]], dict[str, Path]]:
    """The strategies, and the file each is read from."""
    from stratkit.reading import discovery
    from stratkit.validation.one_file import check_file

    paths = (
        [strategy_path(folder, name) for name in names]
        if names
        else (discovery.strategy_files(folder) if folder.is_dir() else [strategy_path(folder, "")])
    )
    loaded, files = [], {}
    for path in paths:
        refuse_errors(path)
        strategy = check_file(path).usable
        assert strategy is not None
        name = discovery.strategy_name(path)
        loaded.append((name, strategy))
        files[name] = path
    return loaded, files


def _declared(strategy: StrategyFile) -> bool:
    return any(indicator.fetch is not None for indicator in strategy.indicators)


def _one_file(
    folder: Path,
    name: str,
    strategy: StrategyFile,
    found: dict[tuple[str, str], Series],
    today: str,
    accept_revisions: bool,
) -> tuple[bool, Edit | None]:
    """Show one file's differences: whether it is behind its sources, and the edit to write."""
    from stratkit.sources.compare import Kind, compare
    from stratkit.writing.document import open_document, plan
    from stratkit.writing.yearly import YearValue

    differences: list[Difference] = []
    credits = []
    for indicator in strategy.indicators:
        series = found.get((name, indicator.id))
        if series is not None:
            differences += compare(indicator, series)
            credits.append(
                _("{indicator}: {credit}, fetched {date}").format(
                    indicator=indicator.id, credit=series.credit, date=today
                )
            )
    if not credits:
        return False, None
    path = strategy_path(folder, name)
    out(f"# {path}\n" + "".join(f"# {line}\n" for line in credits))
    for difference in differences:
        out(_describe(difference, accept_revisions) + "\n")
    wanted = [
        d
        for d in differences
        if d.kind in (Kind.NEW, Kind.FINAL) or (d.kind is Kind.REVISED and accept_revisions)
    ]
    if not wanted:
        out(_("{path} is up to date with its sources\n").format(path=path))
        return any(d.behind for d in differences), None
    changes = [
        YearValue(d.indicator, d.year, d.new.value, women=d.new.women, men=d.new.men)
        for d in wanted
        if d.new is not None
    ]
    edit = plan(open_document(path), changes)
    # The lines above the diff name the source, the table or KPI and the date.
    out(edit.diff(str(path)))
    return True, edit


def _describe(d: Difference, accept_revisions: bool) -> str:
    from stratkit.sources.compare import Kind

    new = d.new.value if d.new else None
    if d.kind is Kind.NEW:
        return _("  {indicator} {year}: new, {new}").format(
            indicator=d.indicator, year=d.year, new=new
        )
    if d.kind is Kind.FINAL:
        return _("  {indicator} {year}: preliminary {old} → final {new}").format(
            indicator=d.indicator, year=d.year, old=d.old, new=new
        )
    if d.kind is Kind.REVISED:
        line = _("  {indicator} {year}: revised by the source, {old} → {new}").format(
            indicator=d.indicator, year=d.year, old=d.old, new=new
        )
        if not accept_revisions:
            line += _(" (not written without --accept-revisions)")
        return line
    return _(
        "  {indicator} {year}: the source no longer has this year (the file keeps {old})"
    ).format(indicator=d.indicator, year=d.year, old=d.old)
