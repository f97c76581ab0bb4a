"""Reporters turn one result into one output format; each returns a string (or, for a
document too large to hold twice, such as a nation's status as JSON, its pieces in order)
and prints nothing.

Which renderer draws which result in which format is decided in `registry`, the one place
that maps formats to renderers; renderers are imported only when used, so that a format
with a heavy dependency (rich for tables, pandas for csv, xml for junit) costs nothing to
commands that do not use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from stratkit.model.choices import Language

# What a renderer returns: the text, or its pieces, which are written as they come.
Rendered = str | Iterator[str]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    # --lang, or the language status and diff chose; None lets each file's diagnostics speak
    # the file's own language (reporters.diagnostics.language).
    language: Language | None = None

    @property
    def words(self) -> Language:
        """The language of labels and headings; the strategies' own texts stay as written."""
        return self.language or Language.EN
