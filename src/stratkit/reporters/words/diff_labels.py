"""Words for `stratkit diff`, in Swedish, Finnish and English."""

from __future__ import annotations

from stratkit.diff.kinds import Kind
from stratkit.diff.years import Movement
from stratkit.model.choices import Language
from stratkit.reporters.words.labels import PRELIMINARY, WOMEN_MEN

__all__ = ["PRELIMINARY", "WOMEN_MEN"]  # the diff reporters take every word from here

SV, FI, EN = Language.SV, Language.FI, Language.EN

MOVEMENT: dict[Language, dict[Movement, str]] = {
    SV: {
        Movement.IMPROVED: "förbättrad",
        Movement.WORSENED: "försämrad",
        Movement.UNCHANGED: "oförändrad",
        Movement.CHANGED: "ändrad (okänd riktning)",
        Movement.NEW: "nyrapporterad",
        Movement.NO_DATA: "saknar värde",
    },
    FI: {
        Movement.IMPROVED: "parantunut",
        Movement.WORSENED: "heikentynyt",
        Movement.UNCHANGED: "ennallaan",
        Movement.CHANGED: "muuttunut (suunta tuntematon)",
        Movement.NEW: "uusi arvo",
        Movement.NO_DATA: "arvo puuttuu",
    },
    EN: {
        Movement.IMPROVED: "improved",
        Movement.WORSENED: "worsened",
        Movement.UNCHANGED: "unchanged",
        Movement.CHANGED: "changed (direction unknown)",
        Movement.NEW: "newly reported",
        Movement.NO_DATA: "still missing",
    },
}

MOVEMENT_SYMBOL = {
    Movement.IMPROVED: "↑",
    Movement.WORSENED: "↓",
    Movement.UNCHANGED: "=",
    Movement.CHANGED: "~",
    Movement.NEW: "+",
    Movement.NO_DATA: "·",
}

WORDS: dict[Language, dict[str, str]] = {
    SV: {
        "indicator": "Indikator",
        "from": "Från",
        "to": "Till",
        "change": "Förändring",
        "movement": "Rörelse",
        "status": "Status",
        "no_new_value": "inget nytt värde",
        "initiatives": "Initiativ daterade {low}–{high}",
        "summary": "Sammanfattning",
        "working_tree": "arbetskopian",
        "compared": "Jämförelse: {first} → {second}",
        "no_changes": "Inga ändringar i strategifilerna.",
        "unreadable": "kunde inte läsas och jämfördes inte",
        "failing_one": "1 ändring kräver beslut (--fail-on {names})",
        "failing_many": "{count} ändringar kräver beslut (--fail-on {names})",
        "one_year": "Initiativ daterade {year}",
        "weakened": "försvagat mål",
    },
    FI: {
        "indicator": "Mittari",
        "from": "Alku",
        "to": "Loppu",
        "change": "Muutos",
        "movement": "Suunta",
        "status": "Tila",
        "no_new_value": "ei uutta arvoa",
        "initiatives": "Toimenpiteet {low}–{high}",
        "summary": "Yhteenveto",
        "working_tree": "työkopio",
        "compared": "Vertailu: {first} → {second}",
        "no_changes": "Strategiatiedostoissa ei muutoksia.",
        "unreadable": "ei voitu lukea eikä verrata",
        "failing_one": "1 muutos vaatii päätöksen (--fail-on {names})",
        "failing_many": "{count} muutosta vaatii päätöksen (--fail-on {names})",
        "one_year": "Toimenpiteet {year}",
        "weakened": "heikennetty tavoite",
    },
    EN: {
        "indicator": "Indicator",
        "from": "From",
        "to": "To",
        "change": "Change",
        "movement": "Movement",
        "status": "Status",
        "no_new_value": "no new value",
        "initiatives": "Initiatives dated {low}–{high}",
        "summary": "Summary",
        "working_tree": "working tree",
        "compared": "Compared: {first} → {second}",
        "no_changes": "No changes in the strategy files.",
        "unreadable": "could not be read and was not compared",
        "failing_one": "1 change needs a decision (--fail-on {names})",
        "failing_many": "{count} changes need a decision (--fail-on {names})",
        "one_year": "Initiatives dated {year}",
        "weakened": "target weakened",
    },
}

SECTION: dict[Language, dict[str, str]] = {
    SV: {
        "file": "fil",
        "strategy": "strategi",
        "value": "värde",
        "goal": "mål",
        "indicator": "indikator",
        "initiative": "initiativ",
    },
    FI: {
        "file": "tiedosto",
        "strategy": "strategia",
        "value": "arvo",
        "goal": "tavoite",
        "indicator": "mittari",
        "initiative": "toimenpide",
    },
    EN: {
        "file": "file",
        "strategy": "strategy",
        "value": "value",
        "goal": "goal",
        "indicator": "indicator",
        "initiative": "initiative",
    },
}

# {section}, {field}, {year}, {old} and {new} are filled in by the reporter.
CHANGE: dict[Language, dict[Kind, str]] = {
    SV: {
        Kind.FILE_ADDED: "ny strategifil ({new})",
        Kind.FILE_REMOVED: "strategifilen har tagits bort ({old})",
        Kind.STRATEGY_CHANGED: "{field} ändrad: {old} → {new}",
        Kind.ADDED: "{section} tillagd: {new}",
        Kind.REMOVED: "{section} borttagen: {old}",
        Kind.RENAMED: "{section} omformulerad: {old} → {new}",
        Kind.ID_CHANGED: "{section} har fått nytt id: {old} → {new}",
        Kind.METRIC_CHANGED: "mätaren ändrad: {old} → {new}",
        Kind.UNIT_CHANGED: "enheten ändrad: {old} → {new}",
        Kind.DIRECTION_CHANGED: "riktningen ändrad: {old} → {new}",
        Kind.BASELINE_CHANGED: "nuläget ändrat: {old} → {new}",
        Kind.TARGET_ADDED: "målsättning tillagd: {new}",
        Kind.TARGET_REMOVED: "målsättningen borttagen (var {old})",
        Kind.TARGET_RAISED: "målsättningen höjd: {old} → {new}",
        Kind.TARGET_LOWERED: "målsättningen sänkt: {old} → {new}",
        Kind.TARGET_POSTPONED: "målåret senarelagt: {old} → {new}",
        Kind.TARGET_BROUGHT_FORWARD: "målåret tidigarelagt: {old} → {new}",
        Kind.ACTUAL_ADDED: "nytt värde för {year}: {new}",
        Kind.ACTUAL_REWRITTEN: "värdet för {year} omskrivet: {old} → {new}",
        Kind.ACTUAL_FINALISED: "värdet för {year} preliminärt → slutligt: {old} → {new}",
        Kind.ACTUAL_DELETED: "värdet för {year} borttaget (var {old})",
        Kind.STATUS_CHANGED: "status: {old} → {new}",
        Kind.COUNT_CHANGED: "antal: {old} → {new}",
        Kind.DATE_CHANGED: "datum: {old} → {new}",
    },
    FI: {
        Kind.FILE_ADDED: "uusi strategiatiedosto ({new})",
        Kind.FILE_REMOVED: "strategiatiedosto poistettu ({old})",
        Kind.STRATEGY_CHANGED: "{field} muutettu: {old} → {new}",
        Kind.ADDED: "{section} lisätty: {new}",
        Kind.REMOVED: "{section} poistettu: {old}",
        Kind.RENAMED: "{section} muotoiltu uudelleen: {old} → {new}",
        Kind.ID_CHANGED: "{section} sai uuden tunnuksen: {old} → {new}",
        Kind.METRIC_CHANGED: "mittari muutettu: {old} → {new}",
        Kind.UNIT_CHANGED: "yksikkö muutettu: {old} → {new}",
        Kind.DIRECTION_CHANGED: "suunta muutettu: {old} → {new}",
        Kind.BASELINE_CHANGED: "lähtötaso muutettu: {old} → {new}",
        Kind.TARGET_ADDED: "tavoite lisätty: {new}",
        Kind.TARGET_REMOVED: "tavoite poistettu (oli {old})",
        Kind.TARGET_RAISED: "tavoitetta nostettu: {old} → {new}",
        Kind.TARGET_LOWERED: "tavoitetta laskettu: {old} → {new}",
        Kind.TARGET_POSTPONED: "tavoitevuotta siirretty myöhemmäksi: {old} → {new}",
        Kind.TARGET_BROUGHT_FORWARD: "tavoitevuotta aikaistettu: {old} → {new}",
        Kind.ACTUAL_ADDED: "uusi arvo vuodelle {year}: {new}",
        Kind.ACTUAL_REWRITTEN: "vuoden {year} arvo muutettu: {old} → {new}",
        Kind.ACTUAL_FINALISED: "vuoden {year} arvo alustava → lopullinen: {old} → {new}",
        Kind.ACTUAL_DELETED: "vuoden {year} arvo poistettu (oli {old})",
        Kind.STATUS_CHANGED: "tila: {old} → {new}",
        Kind.COUNT_CHANGED: "määrä: {old} → {new}",
        Kind.DATE_CHANGED: "päivä: {old} → {new}",
    },
    EN: {
        Kind.FILE_ADDED: "new strategy file ({new})",
        Kind.FILE_REMOVED: "strategy file removed ({old})",
        Kind.STRATEGY_CHANGED: "{field} changed: {old} → {new}",
        Kind.ADDED: "{section} added: {new}",
        Kind.REMOVED: "{section} removed: {old}",
        Kind.RENAMED: "{section} reworded: {old} → {new}",
        Kind.ID_CHANGED: "{section} got a new id: {old} → {new}",
        Kind.METRIC_CHANGED: "metric changed: {old} → {new}",
        Kind.UNIT_CHANGED: "unit changed: {old} → {new}",
        Kind.DIRECTION_CHANGED: "direction changed: {old} → {new}",
        Kind.BASELINE_CHANGED: "baseline changed: {old} → {new}",
        Kind.TARGET_ADDED: "target added: {new}",
        Kind.TARGET_REMOVED: "target removed (was {old})",
        Kind.TARGET_RAISED: "target raised: {old} → {new}",
        Kind.TARGET_LOWERED: "target lowered: {old} → {new}",
        Kind.TARGET_POSTPONED: "target year postponed: {old} → {new}",
        Kind.TARGET_BROUGHT_FORWARD: "target year brought forward: {old} → {new}",
        Kind.ACTUAL_ADDED: "new value for {year}: {new}",
        Kind.ACTUAL_REWRITTEN: "value for {year} rewritten: {old} → {new}",
        Kind.ACTUAL_FINALISED: "value for {year} preliminary → final: {old} → {new}",
        Kind.ACTUAL_DELETED: "value for {year} deleted (was {old})",
        Kind.STATUS_CHANGED: "status: {old} → {new}",
        Kind.COUNT_CHANGED: "count: {old} → {new}",
        Kind.DATE_CHANGED: "date: {old} → {new}",
    },
}

# Swedish nouns change with the definite form and the participle agrees with them
# ("målet omformulerat", "indikatorn omformulerad"), so Swedish names each case in full.
ITEM_CHANGE: dict[Language, dict[tuple[Kind, str], str]] = {
    SV: {
        (Kind.ADDED, "value"): "ny värdering: {new}",
        (Kind.ADDED, "goal"): "nytt mål: {new}",
        (Kind.ADDED, "indicator"): "ny indikator: {new}",
        (Kind.ADDED, "initiative"): "nytt initiativ: {new}",
        (Kind.REMOVED, "value"): "värderingen borttagen: {old}",
        (Kind.REMOVED, "goal"): "målet borttaget: {old}",
        (Kind.REMOVED, "indicator"): "indikatorn borttagen: {old}",
        (Kind.REMOVED, "initiative"): "initiativet borttaget: {old}",
        (Kind.RENAMED, "value"): "värderingen omformulerad: {old} → {new}",
        (Kind.RENAMED, "goal"): "målet omformulerat: {old} → {new}",
        (Kind.RENAMED, "indicator"): "indikatorn omformulerad: {old} → {new}",
        (Kind.RENAMED, "initiative"): "initiativet omformulerat: {old} → {new}",
        (Kind.ID_CHANGED, "value"): "värderingen har fått nytt id: {old} → {new}",
        (Kind.ID_CHANGED, "goal"): "målet har fått nytt id: {old} → {new}",
        (Kind.ID_CHANGED, "indicator"): "indikatorn har fått nytt id: {old} → {new}",
        (Kind.ID_CHANGED, "initiative"): "initiativet har fått nytt id: {old} → {new}",
    },
    FI: {},
    EN: {},
}

# (one, many) of the things a changed file carried.
INDICATORS: dict[Language, tuple[str, str]] = {
    SV: ("indikator", "indikatorer"),
    FI: ("mittari", "mittaria"),
    EN: ("indicator", "indicators"),
}
