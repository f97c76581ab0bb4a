"""The catalogue of diagnostic codes: the only place a code, its severity and its meaning live.

Codes are stable: a code is never reused for another meaning, so users can rely on them in
`--select`, `--ignore` and configuration files. `docs/codes.md` is generated from this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


E = Severity.ERROR
W = Severity.WARNING


@dataclass(frozen=True, slots=True)
class Code:
    id: str
    severity: Severity
    title: str
    explanation: str


_CODES = [
    # 0xx: the file itself
    Code(
        "STK001",
        E,
        "File cannot be read",
        "The path does not exist, is a folder, cannot be opened (permissions) or is a "
        "symbolic link that points to itself. Check the file name and that the file is "
        "readable.",
    ),
    Code(
        "STK002",
        E,
        "Not UTF-8 text",
        "Strategy files must be saved as UTF-8 so that å, ä and ö survive every computer and "
        "git. Files saved as Latin-1/Windows-1252 or UTF-16 are rejected. In your editor "
        "choose 'Save with encoding' → UTF-8.",
    ),
    Code(
        "STK003",
        E,
        "Forbidden character",
        "The file contains an invisible control character that YAML does not allow (often "
        "pasted from Word or a PDF). Delete the character at the position shown and retype it.",
    ),
    Code(
        "STK004",
        E,
        "Empty file",
        "The file contains no data, only blank lines or comments. Fill it in or delete it.",
    ),
    Code(
        "STK005",
        E,
        "File too large",
        "The file is larger than any strategy file should be; stratkit refuses to read it "
        "so that a mistaken file cannot exhaust the machine.",
    ),
    Code(
        "STK006",
        E,
        "Two files with the same strategy name",
        "Two files in one folder would answer to the same name on the command line (for "
        "example kasko.yaml and kasko.yml). Rename or remove one of them.",
    ),
    Code(
        "STK007",
        E,
        "Symbolic link out of the folder",
        "The strategy file is a symbolic link to a file outside the folder it is in. stratkit "
        "reads strategy files only inside the folders it is given, so a link committed to a "
        "repository cannot make it read (and quote in its messages) a file elsewhere on the "
        "machine, such as a .env file with passwords. Copy the strategy into the folder, or "
        "link to a file inside it.",
    ),
    Code(
        "STK009",
        E,
        "The reader crashed on this file",
        "Reading this file made a worker process of stratkit crash (a fault in a native "
        "parser). The other files were checked as usual. Check the file for extreme content "
        "(thousands of nested levels, a huge line) and report the file to stratkit's "
        "developers.",
    ),
    # 1xx: YAML and structure
    Code(
        "STK101",
        E,
        "YAML syntax error",
        "The file is not valid YAML, so nothing after this point can be read. The message "
        "says what the YAML reader expected; most often a ':' inside text that needs quotes, "
        "a tab used for indentation, or a list or quote that is never closed.",
    ),
    Code(
        "STK102",
        E,
        "Duplicate key",
        "The same key appears twice in one mapping. YAML readers silently keep only the last "
        "one, which loses data, so stratkit refuses it. Keep one of them.",
    ),
    Code(
        "STK103",
        E,
        "Unknown key",
        "The key is not part of the strategy file format, often a misspelling. The message "
        "suggests the closest known key. Keys starting with 'x-' are local extensions and "
        "are ignored.",
    ),
    Code(
        "STK104",
        E,
        "Key given in two languages",
        "A key is given in two languages (for example 'baseline' and 'nuläge', or 'nuläge' "
        "and 'lähtötaso') in the same place. Keep only one of them.",
    ),
    Code(
        "STK105",
        E,
        "Wrong structure",
        "A list was found where a mapping (key: value lines) belongs, or the other way "
        "round, or a key is not plain text. Compare with the example in docs/format.md.",
    ),
    Code(
        "STK106",
        E,
        "Required key missing",
        "A key that every strategy file must have is missing or empty, such as "
        "strategy.title, municipality.name or an id.",
    ),
    Code(
        "STK107",
        E,
        "More than one YAML document",
        "The file contains a '---' line that starts a second YAML document. A strategy file "
        "holds exactly one strategy: split the file in two or remove the second document.",
    ),
    Code(
        "STK108",
        E,
        "YAML tag not allowed",
        "Tags such as '!!python/object' or '!custom' can make YAML readers run code or build "
        "unexpected objects; strategy files never need them. Remove the tag.",
    ),
    Code(
        "STK109",
        E,
        "Anchors and aliases not allowed",
        "Anchors ('&name') and aliases ('*name') make one part of the file stand for another, "
        "which hides what a strategy says and can be abused to make a file explode in size. "
        "Write the value out in full.",
    ),
    Code(
        "STK110",
        E,
        "Nesting too deep",
        "The file nests mappings and lists far deeper than the format ever needs; this is "
        "almost always a broken or hostile file.",
    ),
    # 2xx: single values
    Code(
        "STK201",
        E,
        "Not a number",
        "A number was expected. Numbers may be written as YAML numbers (32000, 1.7) or in "
        'Swedish/Finnish style as text ("32 000", "1,7", with a normal, no-break or thin '
        "space as thousands separator and '-' or '−' as minus). Units and words belong in "
        "'unit:', not in the number.",
    ),
    Code(
        "STK202",
        E,
        "Invalid year",
        "Years are whole numbers from 1900 to 2100, written without spaces (2025).",
    ),
    Code(
        "STK203",
        E,
        "Invalid id",
        "Ids are short lowercase names made of letters a-z, å, ä, ö, digits, '-' and '_', "
        "for example 'trivsam-omgivning'. They are used to refer to goals and to follow "
        "items between versions of the file.",
    ),
    Code(
        "STK204",
        E,
        "Value not allowed",
        "The value is not one of the choices the format allows for this key; the message "
        "lists them.",
    ),
    Code(
        "STK205",
        E,
        "Text expected",
        "This key takes a piece of text, but a list or mapping was given.",
    ),
    Code(
        "STK206",
        E,
        "Invalid date",
        "Dates are written as YYYY-MM-DD (2024-02-12); where the format allows it also as "
        "YYYY-MM or a year alone.",
    ),
    Code(
        "STK207",
        E,
        "Number out of range",
        "The number is not allowed here: not finite (.nan, .inf), too large to be exact, "
        "or below the smallest allowed value (a count must be at least 1).",
    ),
    Code(
        "STK208",
        E,
        "Invalid country code",
        "The country is an ISO 3166-1 alpha-2 code in capitals: SE for Sweden, FI for "
        "Finland, NO for Norway.",
    ),
    # 3xx: consistency within one file
    Code(
        "STK209",
        E,
        "Invalid source to fetch from",
        "'fetch' (hämta, hae) names exactly one source: a Kolada KPI id ({kolada: N01951}), "
        "an SCB table ({scb: TAB638, select: {ContentsCode: BE0101N1}}) or a Statistics "
        "Finland table ({statfin: TABLE, select: {...}}). `select` maps a variable's code to "
        "a value code or a list of them. See docs/sources.md for how to find the ids.",
    ),
    Code(
        "STK301",
        E,
        "Duplicate id",
        "Two items in the same list have the same id. Ids must be unique within goals, "
        "values, indicators and initiatives.",
    ),
    Code(
        "STK302",
        E,
        "Unknown goal",
        "An indicator or initiative refers to a goal id that is not defined under 'goals'.",
    ),
    Code(
        "STK303",
        W,
        "Direction contradicts target",
        "The direction says the value should increase but the target is below the baseline "
        "(or the other way round). stratkit cannot judge progress for such an indicator; fix "
        "the direction or the target.",
    ),
    Code(
        "STK304",
        E,
        "Target year not after baseline year",
        "The target year must come after the baseline year, otherwise no progress can be "
        "measured between them.",
    ),
    Code(
        "STK305",
        W,
        "Direction unknown",
        "The indicator has values but stratkit cannot tell whether higher or lower is "
        "better: there is no 'direction' and no target that differs from the baseline. Add "
        "'direction: increase' (öka) or 'direction: decrease' (minska).",
    ),
    Code(
        "STK306",
        W,
        "Baseline disagrees with reported value",
        "The baseline gives one value for a year and 'actual' gives another for the same "
        "year. One of them is probably a typing mistake or an old figure.",
    ),
    Code(
        "STK307",
        E,
        "Period ends before it starts",
        "strategy.period.end is earlier than strategy.period.start.",
    ),
    Code(
        "STK308",
        W,
        "Assessment differs from the computed status",
        "An indicator has both values the progress rules can judge and an assessment by "
        "people for the same year (assessment: / bedömning: / arvio:), and the two statuses "
        "differ. Both are shown by `stratkit status`; the computed one stands. Say in the "
        "motivation why people see it otherwise, or correct the status.",
    ),
    Code(
        "STK320",
        W,
        "Women and men do not add up",
        "A year gives 'women' and 'men' (kvinnor/män, naiset/miehet) whose sum differs from "
        "its 'value' by more than rounding. One of the figures is probably mistyped or from "
        "another table. SCB adds small controlled noise to its figures from reference year "
        "2025, so there a small difference can be real: say so in the year's 'note'.",
    ),
    # 4xx: completeness and freshness
    Code(
        "STK401",
        W,
        "Indicator incomplete",
        "A column of the indicator table (Mätare, Nuläge, Målsättning or Förverkligats) is "
        "empty. This is allowed while a strategy is being filled in, but progress cannot be "
        "judged until the row is complete.",
    ),
    Code(
        "STK402",
        W,
        "Indicator values overdue",
        "The newest value under 'actual' (förverkligats) is older than the indicator's "
        "publication lag says it should be: with 'lag: 1' the value for a year is due by the "
        "end of the following year. Add the missing value, or set 'lag' to how many years "
        "after the year its figures are published. Once the target year (or the end of the "
        "strategy period) is reported, no newer value is asked for.",
    ),
    Code(
        "STK403",
        W,
        "Value for a year that has not ended",
        "'actual' (förverkligats) has a value for a year after the current one, which no "
        "statistics can have yet: most often a typing mistake such as 2052 for 2025. Correct "
        "the year. (A value for the current year, such as a half-year figure, is allowed.)",
    ),
    Code(
        "STK404",
        W,
        "Initiative deadline passed",
        "An initiative's deadline (deadline / slutdatum / määräaika) lies in a year that is "
        "over, and its latest status is neither done nor cancelled. Report its status, or "
        "give the new deadline with the decision that moved it. Judged on the year of the "
        "day stratkit runs (or of --today), as freshness is.",
    ),
    Code(
        "STK405",
        E,
        "Analysis missing for a red light",
        "The settings ask for an analysis when an indicator has certain statuses "
        "(require_analysis in stratkit.toml or [tool.stratkit], or --require-analysis), and "
        "this indicator has such a status in its latest year without an analysis for that "
        "year. A council should never read a red light without a reason: add the year's "
        "analysis under 'analysis:' (analys, analyysi).",
    ),
]

CATALOGUE: dict[str, Code] = {code.id: code for code in _CODES}


def severity_of(code: str) -> Severity:
    return CATALOGUE[code].severity


def lookup(code: str) -> Code | None:
    return CATALOGUE.get(code.strip().upper())
