"""The report page as one self-contained HTML file: no script, no fetched file, system fonts.

Jinja2 is imported here and nowhere else, so only `stratkit report` pays for it. Everything
from the strategy file is escaped by the templates (autoescape); the one piece of markup put
in as it is, the chart's SVG, is made by `chart`, which escapes every text it draws.
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.report.view import PageView, page_view
from stratkit.reporters.report.words import INITIATIVE_SYMBOL, PAGE
from stratkit.reporters.status.cells import baseline_note
from stratkit.reporters.words.labels import COLUMNS, TEXT

if TYPE_CHECKING:
    import jinja2

    from stratkit.model.choices import Method
    from stratkit.progress.rollup import StatusReport, StrategyStatus


@cache
def environment() -> jinja2.Environment:
    import jinja2  # heavy: imported by the report command only

    return jinja2.Environment(
        loader=jinja2.PackageLoader("stratkit.reporters.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(report: StatusReport, options: RenderOptions, language: Language) -> str:
    """The page of the report's one strategy (the command asks for one at a time)."""
    (status,) = report.strategies
    return strategy_page(status, report.method, language)


def strategy_page(
    status: StrategyStatus,
    method: Method | None,
    language: Language,
    today: datetime.date | None = None,
) -> str:
    return page_html(page_view(status, method, language, today), status, language)


def page_html(page: PageView, status: StrategyStatus, language: Language) -> str:
    return render_template(
        "page.html.j2",
        language,
        page=page,
        # The same note as the status table's: with a period, the baseline found is the
        # newest value before it starts.
        baseline_note=baseline_note(status, language),
    )


def render_template(name: str, language: Language, **values: Any) -> str:
    template = environment().get_template(name)
    return template.render(
        labels=TEXT[language],
        columns=COLUMNS[language],
        initiative_symbol=INITIATIVE_SYMBOL,
        page_footer_css=footer_css(PAGE[language]["page_footer"]),
        **values,
    )


def footer_css(pattern: str) -> str:
    """'Sida {page} av {pages}' as a CSS content value: "Sida " counter(page) " av " ..."""
    parts: list[str] = []
    rest = pattern
    while rest:
        head, brace, tail = rest.partition("{")
        if head:
            parts.append('"' + head.replace('"', '\\"') + '"')
        if not brace:
            break
        name, _, rest = tail.partition("}")
        parts.append(f"counter({name})")
    return " ".join(parts)
