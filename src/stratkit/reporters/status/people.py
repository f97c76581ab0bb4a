"""What people wrote beside the figures: assessments and analyses, as lines under a table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from stratkit.model.choices import Language
from stratkit.reporters.words.followup import FOLLOWUP
from stratkit.reporters.words.labels import STATUS, SYMBOL

if TYPE_CHECKING:
    from stratkit.progress.assess import Assessment
    from stratkit.progress.statuses import Status


def shown(status: Status, language: Language) -> str:
    return f"{SYMBOL[status]}\u00a0{STATUS[language][status]}"


def assessed_progress(a: Assessment, language: Language) -> str | None:
    """The progress cell of an indicator whose status people assessed: 'bedömd (2025)'."""
    if not a.assessed or a.judged is None:
        return None
    return f"{FOLLOWUP[language]['assessed']} ({a.judged.year})"


def lines(assessments: Iterable[Assessment], language: Language) -> list[str]:
    """Per indicator: the assessment by people (when it gives the status or differs from the
    computed one), then the analysis of the year judged."""
    words = FOLLOWUP[language]
    found = []
    for a in assessments:
        title = a.indicator.title
        by_people = a.judged
        if by_people is not None and (a.assessed or a.disagrees):
            key = "disagrees" if a.disagrees else "assessment"
            found.append(
                words[key].format(
                    year=by_people.year,
                    title=title,
                    status=shown(by_people.status, language),
                    computed=shown(a.computed_status, language),
                    motivation=by_people.motivation,
                )
            )
        if a.analysis is not None:
            found.append(
                words["analysis"].format(year=a.analysis.year, title=title, text=a.analysis.text)
            )
    return found
