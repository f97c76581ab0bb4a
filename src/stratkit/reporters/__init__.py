"""Reporters turn one result into one output format; each returns a string and prints nothing.

Formats are looked up by name and imported only when used, so that a format with a heavy
dependency (pandas for csv, xml for junit) costs nothing to commands that do not use it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    # --lang: the language of everything shown; None lets each file speak its own.
    language: str | None = None


# format name -> module with `render(result, options) -> str`
DIAGNOSTIC_FORMATS: dict[str, str] = {
    "text": "stratkit.reporters.diagnostics.text",
    "json": "stratkit.reporters.diagnostics.json",
    "github": "stratkit.reporters.diagnostics.github",
    "junit": "stratkit.reporters.diagnostics.junit",
}


def renderer(formats: dict[str, str], name: str) -> Callable[[Any, RenderOptions], str]:
    module = importlib.import_module(formats[name])
    render: Callable[[Any, RenderOptions], str] = module.render
    return render
