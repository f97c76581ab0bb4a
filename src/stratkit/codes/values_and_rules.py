"""The codes of single values (2xx), consistency within a file (3xx), and completeness and
freshness (4xx)."""

from __future__ import annotations

from stratkit.codes.kinds import Code, E, W

CODES = [
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
