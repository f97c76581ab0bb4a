"""`stratkit report`: the follow-up the council reads, as an HTML page or a tagged PDF."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli import options
from stratkit.cli.common import out, say
from stratkit.errors import CannotRun
from stratkit.i18n import _


class PageFormat(StrEnum):
    HTML = "html"
    PDF = "pdf"


def report(
    name: Annotated[
        str | None,
        options.name_argument(help="The strategy, such as kasko for strategies/kasko.yaml."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The file to write (default: NAME.html or NAME.pdf here; - for standard "
            "output, HTML only).",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    page_format: Annotated[
        PageFormat,
        typer.Option("--format", "-f", help="html or pdf.", case_sensitive=False, metavar="FORMAT"),
    ] = PageFormat.HTML,
    as_of: options.AsOfOption = None,
    lang: options.LangOption = None,
    method: options.MethodOption = None,
    folder: options.DirOption = options.DEFAULT_FOLDER,
    site: Annotated[
        Path | None,
        typer.Option(
            "--site",
            help="Write a web site to this folder instead (created if it does not exist): an "
            "index of every strategy (or of NAME), a page per strategy and its data as CSV.",
            metavar="DIR",
            show_default=False,
        ),
    ] = None,
    no_cache: options.NoCache = False,
) -> None:
    """Write a strategy's follow-up as one accessible HTML page, or as a tagged PDF.

    The page shows everything the file says (vision, values, goals with actions and
    benefit), each goal's indicators with a chart and its figures, the initiatives, and how
    the statuses were computed. It needs no network and no script to be read. Exit codes:
    0 written, 1 the strategy file has errors (they are listed), 2 stratkit could not run.
    """
    from stratkit.cli.loading import load_strategies

    options.check_as_of(as_of)
    if site is not None:
        from stratkit.cli.report_site import write_site

        if output is not None or page_format is not PageFormat.HTML:
            raise CannotRun(
                _("--site writes HTML pages into its folder: --output and --format do not apply"),
                _("leave out --output and --format, or leave out --site for one page or PDF"),
            )

        write_site(site, folder, [name] if name else [], as_of, method, lang, no_cache)
        return
    if name is None:
        raise CannotRun(
            _("give the name of the strategy to report on"),
            _("for example: stratkit report kasko (or --site DIR for every strategy)"),
        )
    if page_format is PageFormat.PDF and output == Path("-"):
        raise CannotRun(
            _("a PDF cannot be written to standard output"), _("give a file with --output")
        )
    if output is not None and output != Path("-"):
        from stratkit.cli.output_file import check_target

        # Before the work, above all a PDF's printing.
        check_target(output, f"{name}.{page_format.value}")
    loaded = load_strategies(folder, [name], options.chosen_cache(no_cache))
    from stratkit.progress.rollup import status_report
    from stratkit.reporters.report.html import render

    result = status_report(loaded.strategies, as_of, method, options.default_year())
    (strategy_name, strategy), *_rest = loaded.strategies
    from stratkit.reporters import RenderOptions

    page = render(result, RenderOptions(), lang or strategy.language)
    if output == Path("-"):
        out(page)
        return
    target = output or Path(f"{strategy_name}.{page_format.value}")
    if page_format is PageFormat.PDF:
        write_pdf(page, target)
    else:
        from stratkit.cli.output_file import write_bytes

        write_bytes(target, page.encode("utf-8"))
    say(_("wrote {path}").format(path=target))


def write_pdf(page: str, target: Path) -> None:
    from stratkit.cli.output_file import write_bytes
    from stratkit.reporters.report.pdf import PrintProblem, is_tagged, print_pdf

    try:
        data = print_pdf(page)
    except PrintProblem as problem:
        raise CannotRun(problem.message, problem.hint) from None
    write_bytes(target, data)
    if not is_tagged(data):
        # Written all the same: an untagged PDF still serves on paper, but not online.
        say(
            _(
                "warning: the PDF has no tags, so screen readers cannot follow it; print it "
                "with a newer Chromium, Chrome or Edge before publishing it"
            )
        )
