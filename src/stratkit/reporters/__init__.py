"""Reporters turn one result into one output format; each returns a string and prints nothing.

Which renderer draws which result in which format is decided in `registry`, the one place
that maps formats to renderers; renderers are imported only when used, so that a format
with a heavy dependency (rich for tables, pandas for csv, xml for junit) costs nothing to
commands that do not use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from stratkit.model.choices import Language


@dataclass(frozen=True, slots=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    # The language of labels and words; the result's own texts stay as written.
    language: Language = Language.EN
