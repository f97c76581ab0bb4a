"""Text for the parts of a diff, shared by the terminal and Markdown reporters."""

from __future__ import annotations

from collections.abc import Iterator

from stratkit.diff.kinds import Change, Kind
from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import (
    IndicatorMove,
    Movement,
    StrategyMoves,
    YearDiff,
    from_baseline,
    known,
)
from stratkit.model.choices import InitiativeStatus, Language
from stratkit.progress.assess import Assessment
from stratkit.progress.statuses import Status
from stratkit.reporters.status.cells import value as point
from stratkit.reporters.text import numbers as formatting
from stratkit.reporters.words.diff_labels import (
    CHANGE,
    INDICATORS,
    ITEM_CHANGE,
    MOVEMENT,
    MOVEMENT_SYMBOL,
    PRELIMINARY,
    SECTION,
    WOMEN_MEN,
    WORDS,
)
from stratkit.reporters.words.followup import CHANGE as FOLLOWUP_CHANGE
from stratkit.reporters.words.followup import FOLLOWUP, STATUS_YEAR
from stratkit.reporters.words.labels import COLUMNS, INITIATIVE, STATUS, SYMBOL


def side(a: Assessment, language: Language) -> str:
    """ "30 180 (2024)", or "30 180 (2022, nuläge)" when the value is the file's baseline."""
    shown = point(known(a), language) or "–"
    if from_baseline(a):
        shown = f"{shown[:-1]}, {COLUMNS[language]['baseline'].lower()})"
    return shown


def change(move: IndicatorMove, language: Language) -> str:
    if move.change is None:
        return ""
    text = formatting.number(move.change, language)
    if move.change > 0:
        text = "+" + text
    if move.change_relative is not None:
        relative = formatting.percent(move.change_relative, language, decimals=1, signed=True)
        text += f" ({relative})"
    return text


def movement(m: Movement, language: Language) -> str:
    return f"{MOVEMENT_SYMBOL[m]}\u00a0{MOVEMENT[language][m]}"


def status_change(move: IndicatorMove, language: Language) -> str:
    before, after = move.before.status, move.after.status
    shown = f"{SYMBOL[after]}\u00a0{STATUS[language][after]}" + _assessed(move.after, language)
    if before is after:
        return shown
    earlier = f"{SYMBOL[before]}\u00a0{STATUS[language][before]}"
    return f"{earlier}{_assessed(move.before, language)} → {shown}"


def _assessed(a: Assessment, language: Language) -> str:
    """' (bedömd)' when the status is one people assessed, not one the rules computed."""
    return f" ({FOLLOWUP[language]['assessed']})" if a.assessed else ""


def summary(moves: StrategyMoves, language: Language) -> str:
    return ", ".join(
        f"{MOVEMENT[language][m]} {moves.count(m)}" for m in Movement if moves.count(m)
    )


def describe(c: Change, language: Language) -> str:
    """One change as a sentence, e.g. "målsättningen sänkt: 32 000 (2025) → 31 000 (2025)"."""
    suffix = c.field.split(".", 1)[1] if c.field and "." in c.field else ""
    year = suffix if suffix.isdigit() else ""
    template = (
        ITEM_CHANGE[language].get((c.kind, c.section))
        or (STATUS_YEAR[language] if c.kind is Kind.STATUS_CHANGED and year else None)
        or CHANGE[language].get(c.kind)
        or FOLLOWUP_CHANGE[language][c.kind]
    )
    text = template.format(
        section=SECTION[language][c.section],
        field=c.field or "",
        year=year,
        old=_shown(c.old, c, language),
        new=_shown(c.new, c, language),
    )
    if c.decision:
        text += f" ({FOLLOWUP[language]['decision'].format(decision=c.decision)})"
    return text


def undecided(diff: RevisionDiff, c: Change, language: Language) -> str | None:
    """The flag of a target change without a new decision: when --fail-on asks for them,
    and always when the new target cites the decision the old one did (a file that cites
    decisions has forgotten to update it; one that never does is not told each time)."""
    if c.undecided and ("undecided-target-change" in diff.fail_on or c.decision is not None):
        return FOLLOWUP[language]["undecided"]
    return None


def _shown(value: object, c: Change, language: Language) -> str:
    if value is None:
        return "–"
    if c.kind is Kind.STATUS_CHANGED and isinstance(value, str):
        return INITIATIVE[language][InitiativeStatus(value)]
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        if c.kind in (Kind.FILE_ADDED, Kind.FILE_REMOVED):
            one, many = INDICATORS[language]
            return f"{value} {one if value == 1 else many}"
        if c.field in ("target.year", "count"):
            return str(value)
        return formatting.number(value, language)
    if isinstance(value, dict):
        if "status" in value and "motivation" in value:
            return f'{STATUS[language][Status(value["status"])]}: "{value["motivation"]}"'
        if "amount" in value and "currency" in value:
            return f"{formatting.number(value['amount'], language)} {value['currency']}"
        if "value" in value and "year" not in value:  # a year's value with details
            return reported(value, language)
        if "year" in value and "value" in value:
            return f"{formatting.number(value['value'], language)} ({value['year']})"
        if "start" in value and "end" in value:
            return f"{value['start']}–{value['end']}"
    return f'"{value}"'


def year_headers(diff: YearDiff, language: Language) -> list[str]:
    words = WORDS[language]
    return [
        words["indicator"],
        f"{words['from']} ({diff.first})",
        f"{words['to']} ({diff.second})",
        words["change"],
        words["movement"],
        words["status"],
    ]


def failing(count: int, names: str, language: Language) -> str:
    key = "failing_one" if count == 1 else "failing_many"
    return WORDS[language][key].format(count=count, names=names)


def dated_heading(first: int, second: int, language: Language) -> str:
    """Initiatives dated after the earlier year, up to and including the later one."""
    low, high = sorted((first, second))
    if high == low + 1:
        return WORDS[language]["one_year"].format(year=high)
    return WORDS[language]["initiatives"].format(low=low + 1, high=high)


def by_strategy(diff: RevisionDiff) -> Iterator[tuple[str | None, Change]]:
    """Each change, with its strategy's name where a new strategy's changes begin."""
    strategy = None
    for change in diff.changes:
        first = change.strategy != strategy
        strategy = change.strategy
        yield (strategy if first else None), change


def reported(value: dict[str, object], language: Language) -> str:
    """A year's value given as a mapping: "1 250 prel. (kvinnor 600, män 650)"."""
    number = value["value"]
    shown = formatting.number(number, language) if isinstance(number, int | float) else "–"
    if value.get("preliminary"):
        shown += " " + PRELIMINARY[language]
    parts = [
        f"{WOMEN_MEN[language][key]} {formatting.number(figure, language)}"
        for key in ("women", "men")
        if isinstance(figure := value.get(key), int | float)
    ]
    return f"{shown} ({', '.join(parts)})" if parts else shown


def changed_heading(first: int, second: int, language: Language) -> str:
    low, high = sorted((first, second))
    return FOLLOWUP[language]["initiatives_changed"].format(low=low, high=high)


def initiative_moves(moves: StrategyMoves, language: Language) -> list[str]:
    """'Timbanken: Pågår → Klar' for each initiative whose status history moved."""
    words = INITIATIVE[language]
    return [
        f"{m.initiative.title}"
        + (f" (×{m.initiative.count})" if m.initiative.count > 1 else "")
        + f": {words[m.before]} → {words[m.after]}"
        for m in moves.initiative_moves
    ]


def analyses(diff: YearDiff, moves: StrategyMoves, language: Language) -> list[str]:
    """The analyses written for a year after the first, up to the second (format 1.1)."""
    low, high = sorted((diff.first, diff.second))
    found = []
    for move in moves.indicators:
        for year, text in sorted(move.after.indicator.analysis.items()):
            if low < year <= high:
                title = move.after.indicator.title
                found.append(
                    FOLLOWUP[language]["analysis"].format(year=year, title=title, text=text)
                )
    return found
