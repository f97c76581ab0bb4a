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
    # --lang, or the language status and diff chose; None lets each file's diagnostics speak
    # the file's own language (reporters.diagnostics.language).
    language: Language | None = None

    @property
    def words(self) -> Language:
        """The language of labels and headings; the strategies' own texts stay as written."""
        return self.language or Language.EN
