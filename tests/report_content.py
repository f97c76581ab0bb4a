"""What a report page must show of a strategy file, read from the file's model."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from stratkit.model.strategy import StrategyFile
from stratkit.validation.batch import Source, check_files
from stratkit.validation.report import Need

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p.stem for p in (ROOT / "strategies").glob("*.yaml"))


def load(name: str, folder: Path = ROOT / "strategies") -> StrategyFile:
    path = folder / f"{name}.yaml"
    (report,) = check_files([Source.on_disk(path)], Need.STRATEGIES)
    assert report.usable is not None, report.diagnostics
    return report.usable


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def expected_texts(strategy: StrategyFile) -> dict[str, list[str]]:
    """Every text of the file the page must carry, by kind, whitespace squashed."""
    info = strategy.strategy
    found: dict[str, list[str]] = {
        "strategy": [info.title, strategy.municipality.name],
        "values": [],
        "goals": [],
        "actions": [],
        "indicators": [i.title for i in strategy.indicators],
        "initiatives": [i.title for i in strategy.initiatives],
        "sources": [t for t in [info.source, *(i.source for i in strategy.indicators)] if t],
    }
    for initiative in strategy.initiatives:
        found["initiatives"] += [t for t in (initiative.description, initiative.source) if t]
    found["strategy"] += [t for t in (info.motto, info.vision, info.adopted) if t]
    for value in strategy.values:
        found["values"] += [value.title] + ([value.description] if value.description else [])
    for goal in strategy.goals:
        found["goals"] += [goal.title]
        found["goals"] += [t for t in (goal.description, goal.benefit) if t]
        found["actions"] += goal.actions
    return {kind: [squash(t) for t in texts] for kind, texts in found.items()}


class _Text(HTMLParser):
    """The visible text of a page, as a browser's reader would get it (no style, no title)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "title", "svg"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title", "svg"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return squash(" ".join(parser.parts))


def missing(strategy: StrategyFile, text: str) -> list[str]:
    """The file's texts that `text` (a page's visible text, squashed) does not hold."""
    return [t for texts in expected_texts(strategy).values() for t in texts if t not in text]
