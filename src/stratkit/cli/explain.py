"""`stratkit explain`: what a diagnostic code means and how to fix it."""

from __future__ import annotations

from typing import Annotated

import typer

from stratkit.cli.common import out
from stratkit.cli.options import flag, lang_option
from stratkit.errors import CannotRun
from stratkit.i18n import N_, _, from_locale, use
from stratkit.model.choices import Language


def explain(
    code: Annotated[
        str | None,
        typer.Argument(
            help=N_("A code such as STK103; without it, list all codes."), metavar="CODE"
        ),
    ] = None,
    markdown: Annotated[
        bool, flag("--markdown", help=N_("Print the whole catalogue as Markdown."))
    ] = False,
    lang: Annotated[
        Language | None,
        lang_option(
            help="sv, fi or en: the language of the explanations "
            "(default: the system's language setting, else en)."
        ),
    ] = None,
) -> None:
    """Explain a diagnostic code, or list every code."""
    from stratkit.codes import CATALOGUE, lookup
    from stratkit.reporters import codes as render

    language = lang or from_locale() or "en"
    if markdown:
        out(render.markdown())
        return
    if code is None:
        out(render.overview(language))
        return
    found = lookup(code)
    if found is None:
        from stratkit.reading.discovery import suggest

        close = suggest(code.upper(), list(CATALOGUE))
        use(language)
        message = (
            _("unknown code '{code}' (did you mean {close}?)").format(code=code, close=close)
            if close
            else _("unknown code '{code}'").format(code=code)
        )
        raise CannotRun(message, _("run `stratkit explain` to list every code"))
    out(render.explain(found, language))
