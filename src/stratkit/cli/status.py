"""`stratkit status`: are the strategies getting there?"""

from __future__ import annotations

from typing import Annotated

from stratkit.cli.common import common_language, finish, show, show_left_out
from stratkit.cli.options import (
    DEFAULT_FOLDER,
    AsOfOption,
    DirOption,
    ExcelOption,
    FormatOption,
    LangOption,
    MethodOption,
    NoCache,
    check_as_of,
    chosen_cache,
    name_argument,
    shown_format,
)
from stratkit.reporters.registry import Kind, ReportFormat, offers, part_maker


def status(
    names: Annotated[
        list[str] | None,
        name_argument(
            help="Strategy names, such as kasko for strategies/kasko.yaml. Without a name: "
            "an overview of every strategy."
        ),
    ] = None,
    as_of: AsOfOption = None,
    method: MethodOption = None,
    lang: LangOption = None,
    folder: DirOption = DEFAULT_FOLDER,
    output_format: FormatOption = ReportFormat.TABLE,
    excel: ExcelOption = False,
    no_cache: NoCache = False,
) -> None:
    """Show progress per indicator, goal and strategy, judged by published rules.

    The rules are in docs/progress.md. Exit codes: 0 shown, 1 a strategy file has errors
    (they are listed), 2 stratkit could not run (unknown name, missing folder, bad option).
    """
    from stratkit.cli.options import default_year  # read at run time: tests replace it
    from stratkit.cli.progress_bar import progress_bar
    from stratkit.validation.batch import Checking
    from stratkit.validation.loading import strategy_sources
    from stratkit.validation.products import Product
    from stratkit.validation.status import status as run_status

    check_as_of(as_of)
    shown = shown_format(output_format, excel)
    sources = strategy_sources(folder, names or [])
    # JSON and CSV are made of one part per strategy, made where each file is validated.
    maker = part_maker(Kind.STATUS_PARTS, shown)
    product = None if maker is None else Product.of(maker, as_of, method, default_year())
    with progress_bar(len(sources), "Reading") as progress:
        answer = run_status(
            sources,
            overview=not names and offers(Kind.OVERVIEW, output_format),
            as_of=as_of,
            method=method,
            year=default_year(),
            checking=Checking(chosen_cache(no_cache), progress=progress),
            product=product,
        )
    show_left_out(answer.left_out)
    result = answer.result
    if result.languages or not answer.left_out:  # with every file left out, nothing to show
        show(result, shown, lang or common_language(result.languages))
    finish(answer)
