"""`stratkit status`: are the strategies getting there?"""

from __future__ import annotations

from typing import Annotated

import typer

from stratkit.cli.common import common_language, fail, out, render_options
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
from stratkit.messages import say as say_in_language


def status(
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help="Strategy names, such as kasko for strategies/kasko.yaml. Without a name: "
            "an overview of every strategy.",
            metavar="NAME",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        int | None,
        typer.Option("--as-of", help="Judge with the values known in this year.", metavar="YEAR"),
    ] = None,
    method: MethodOption = None,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    output_format: FormatOption = Format.TABLE,
    no_cache: NoCache = False,
) -> None:
    """Show progress per indicator, goal and strategy, judged by published rules.

    The rules are in docs/progress.md. Exit codes: 0 shown, 1 a strategy file has errors
    (they are listed), 2 stratkit could not run (unknown name, missing folder, bad option).
    """
    from stratkit.cli.loading import load_strategies

    if as_of is not None:
        from stratkit.model.values import ValueProblem, parse_year

        try:
            parse_year(as_of)
        except ValueProblem as problem:
            fail(f"--as-of: {say_in_language(problem.message)}", say_in_language(problem.hint))

    overview = not names and output_format in (Format.TABLE, Format.MARKDOWN)
    # The plain overview needs no models: the cache (or the workers) give each file's line.
    quick = overview and as_of is None and method is None
    loaded = load_strategies(folder, names or [], chosen_cache(no_cache), summaries_only=quick)
    options = render_options()
    if quick:
        rows = loaded.summaries
        language = lang or common_language([summary.language for _, summary in rows])
    else:
        from stratkit.progress.rollup import status_report

        report = status_report(loaded.strategies, as_of, method)
        rows = [(s.name, s.summary) for s in report.strategies]
        language = lang or common_language([s.language for _, s in loaded.strategies])
    if overview:
        from stratkit.reporters.status import cells as status_cells

        notes = status_cells.notes(as_of, method, language)
        if output_format is Format.TABLE:
            from stratkit.reporters.overview import table as status_overview

            out(status_overview.render(rows, notes, options, language))
        else:
            from stratkit.reporters.status import markdown as status_markdown

            out(status_markdown.overview(rows, notes, language))
    else:
        print_report("status", output_format, report, language)
    loaded.exit_if_broken()
