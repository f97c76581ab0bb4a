"""`stratkit status`: are the strategies getting there?"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stratkit.cli.common import Exit, fail, out, render_options, say
from stratkit.discovery import DEFAULT_DIR
from stratkit.model import Language, Method

if TYPE_CHECKING:
    from stratkit.model import StrategyFile


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


def status(
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help="Strategy names, such as kasko for strategies/kasko.yaml. Without a name: "
            "an overview of every strategy.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        int | None,
        typer.Option(
            "--as-of", help="Judge with the values known in this year.", min=1900, max=2100
        ),
    ] = None,
    method: Annotated[
        Method | None,
        typer.Option(
            help="Progress method for every indicator (default: each indicator's own, else linear)."
        ),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option("--lang", help="Language of the labels (default: the file's language)."),
    ] = None,
    folder: Annotated[Path, typer.Option("--dir", help="Folder with the strategy files.")] = Path(
        DEFAULT_DIR
    ),
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format.TABLE,
) -> None:
    """Show progress per indicator, goal and strategy, judged by published rules.

    The rules are in docs/progress.md. Exit codes: 0 shown, 1 a strategy file has errors
    (they are listed), 2 stratkit could not run (unknown name, missing folder, bad option).
    """
    from stratkit.rollup import status_report

    loaded = load_strategies(folder, names or [])
    report = status_report(loaded, as_of, method)
    language = lang or _common_language([s for _, s in loaded])
    options = render_options()
    if output_format is Format.JSON:
        from stratkit.reporters import status_json

        out(status_json.render(report, options))
    elif output_format is Format.CSV:
        from stratkit.reporters import status_csv

        out(status_csv.render(report, options))
    else:
        from stratkit.reporters import status_markdown, status_table

        render = status_table.render if output_format is Format.TABLE else status_markdown.render
        out(render(report, options, language, bool(names)))


def load_strategies(folder: Path, names: list[str]) -> list[tuple[str, StrategyFile]]:
    """The named strategies (or all in `folder`), validated; exits 1 or 2 when that fails."""
    from stratkit import discovery
    from stratkit.reporters import RenderOptions
    from stratkit.reporters.diagnostics_text import render as render_diagnostics
    from stratkit.validation import ValidationRun, validate_files

    if not folder.is_dir():
        fail(
            f"folder not found: {folder}",
            "give the folder with --dir, or run from the repository root",
        )
    files = _files(folder, names)
    reports = validate_files((path, str(path)) for path in files)
    broken = [r for r in reports if r.usable is None]
    if broken:
        # The diagnostics are the reason there is no status: show them in full on stderr.
        say(render_diagnostics(ValidationRun(tuple(broken)), RenderOptions()).rstrip("\n"))
        say("fix the errors above (stratkit validate shows them too); status needs valid files")
        raise typer.Exit(Exit.FINDINGS)
    return [
        (discovery.strategy_name(path), report.usable)
        for path, report in zip(files, reports, strict=True)
        if report.usable is not None
    ]


def _files(folder: Path, names: list[str]) -> list[Path]:
    from stratkit import discovery

    if not names:
        files = discovery.strategy_files(folder)
        if not files:
            fail(f"no strategy files (*.yaml) in {folder}", "give the folder with --dir")
        return files
    known = discovery.names(folder)
    found = []
    for name in names:
        path = discovery.by_name(folder, name)
        if path is None:
            close = discovery.suggest(name, known)
            fail(
                f"no strategy named '{name}' in {folder}"
                + (f" (did you mean '{close}'?)" if close else ""),
                "strategies here: " + (", ".join(known) or "none"),
            )
        found.append(path)
    return found


def _common_language(strategies: list[StrategyFile]) -> Language:
    languages = {s.language for s in strategies}
    return languages.pop() if len(languages) == 1 else Language.SV
