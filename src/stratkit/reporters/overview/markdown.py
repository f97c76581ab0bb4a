"""The overview of many strategies as Markdown: one row per strategy, one column per status."""

from __future__ import annotations

from stratkit.progress.overview import Overview
from stratkit.progress.statuses import Status
from stratkit.reporters import RenderOptions
from stratkit.reporters.status import cells
from stratkit.reporters.status.markdown import escape, table
from stratkit.reporters.text import safe
from stratkit.reporters.words.labels import COLUMNS, SYMBOL, TEXT


def render(overview: Overview, options: RenderOptions) -> str:
    language = options.words
    notes = cells.notes(overview.as_of, overview.method, language)
    words = COLUMNS[language]
    header = [words["name"], words["title"], words["period"], *(SYMBOL[s] for s in Status)]
    header.append(TEXT[language]["initiatives"])  # a document is wide: one column per status
    body = [
        [
            escape(name),
            escape(summary.title),
            f"{summary.period[0]}–{summary.period[1]}" if summary.period else "",
            *(str(summary.statuses.get(status, "")) for status in Status),
            " ".join(cells.tally_lines(summary.tally, language)) if summary.tally.total else "",
        ]
        for name, summary in overview.rows
    ]
    parts = ["_" + " · ".join(notes) + "_" if notes else "", table(header, body)]
    parts.append(cells.legend(language))
    return safe.guard_lines("\n\n".join(part for part in parts if part) + "\n")
