"""Words stratkit shows to people, in Swedish, Finnish and English.

Swedish is the default and the reference: the four indicator-table headings are exactly the
words of the municipalities' own tables (Mätare, Nuläge, Målsättning, Förverkligats).
"""

from __future__ import annotations

from stratkit.model.choices import InitiativeStatus, Language
from stratkit.progress.statuses import Reason, Status

# The short names every table of words in reporters uses for its three languages.
SV, FI, EN = Language.SV, Language.FI, Language.EN

STATUS: dict[Language, dict[Status, str]] = {
    SV: {
        Status.ACHIEVED: "Uppnått",
        Status.ON_TRACK: "I fas",
        Status.NEEDS_ACCELERATION: "Behöver öka takten",
        Status.LIMITED_PROGRESS: "Begränsade framsteg",
        Status.DETERIORATING: "Försämring",
        Status.MISSED: "Ej uppnått",
        Status.NOT_AVAILABLE: "Ej bedömbar",
    },
    FI: {
        Status.ACHIEVED: "Saavutettu",
        Status.ON_TRACK: "Aikataulussa",
        Status.NEEDS_ACCELERATION: "Vauhtia lisättävä",
        Status.LIMITED_PROGRESS: "Vähäistä edistystä",
        Status.DETERIORATING: "Heikentynyt",
        Status.MISSED: "Ei saavutettu",
        Status.NOT_AVAILABLE: "Ei arvioitavissa",
    },
    EN: {
        Status.ACHIEVED: "Achieved",
        Status.ON_TRACK: "On track",
        Status.NEEDS_ACCELERATION: "Needs acceleration",
        Status.LIMITED_PROGRESS: "Limited progress",
        Status.DETERIORATING: "Deteriorating",
        Status.MISSED: "Missed",
        Status.NOT_AVAILABLE: "Not assessable",
    },
}

# A symbol per status so that the table reads the same without colour.
SYMBOL: dict[Status, str] = {
    Status.ACHIEVED: "✔",
    Status.ON_TRACK: "▲",
    Status.NEEDS_ACCELERATION: "◭",
    Status.LIMITED_PROGRESS: "◇",
    Status.DETERIORATING: "▼",
    Status.MISSED: "✘",
    # Not a dash: in the overview "▲1 –6" read as "minus six"; "?" says "cannot be judged".
    Status.NOT_AVAILABLE: "?",
}

COLUMNS: dict[Language, dict[str, str]] = {
    SV: {
        "name": "Namn",
        "title": "Titel",
        "period": "Period",
        "indicator": "Nytta",
        "metric": "Mätare",
        "baseline": "Nuläge",
        "target": "Målsättning",
        "actual": "Förverkligats",
        "progress": "Framsteg",
        "status": "Status",
        "trend": "Trend",
        "initiative": "Satsning",
        "goal": "Mål",
        "date": "Datum",
        "initiatives_done": "Satsningar klara",
        "indicators": "Indikatorer",
        "women": "varav kvinnor",
        "men": "varav män",
    },
    FI: {
        "name": "Nimi",
        "title": "Otsikko",
        "period": "Kausi",
        "indicator": "Hyöty",
        "metric": "Mittari",
        "baseline": "Lähtötaso",
        "target": "Tavoite",
        "actual": "Toteutunut",
        "progress": "Edistyminen",
        "status": "Tila",
        "trend": "Kehitys",
        "initiative": "Hanke",
        "goal": "Tavoite",
        "date": "Ajankohta",
        "initiatives_done": "Hankkeita valmiina",
        "indicators": "Mittarit",
        "women": "joista naisia",
        "men": "joista miehiä",
    },
    EN: {
        "name": "Name",
        "title": "Title",
        "period": "Period",
        "indicator": "Indicator",
        "metric": "Metric",
        "baseline": "Baseline",
        "target": "Target",
        "actual": "Actual",
        "progress": "Progress",
        "status": "Status",
        "trend": "Trend",
        "initiative": "Initiative",
        "goal": "Goal",
        "date": "Date",
        "initiatives_done": "Initiatives done",
        "indicators": "Indicators",
        "women": "of which women",
        "men": "of which men",
    },
}

INITIATIVE: dict[Language, dict[InitiativeStatus | None, str]] = {
    SV: {
        InitiativeStatus.DONE: "Klar",
        InitiativeStatus.ONGOING: "Pågår",
        InitiativeStatus.PLANNED: "Ej påbörjad",
        InitiativeStatus.CANCELLED: "Avbruten",
        None: "Okänd",
    },
    FI: {
        InitiativeStatus.DONE: "Valmis",
        InitiativeStatus.ONGOING: "Käynnissä",
        InitiativeStatus.PLANNED: "Ei aloitettu",
        InitiativeStatus.CANCELLED: "Peruttu",
        None: "Tuntematon",
    },
    EN: {
        InitiativeStatus.DONE: "Done",
        InitiativeStatus.ONGOING: "Ongoing",
        InitiativeStatus.PLANNED: "Planned",
        InitiativeStatus.CANCELLED: "Cancelled",
        None: "Unknown",
    },
}

REASON: dict[Language, dict[Reason, str]] = {
    SV: {
        Reason.NO_ACTUAL: "inga utfall ännu",
        Reason.NO_DIRECTION: "okänd riktning: ange direction (öka/minska)",
        Reason.DIRECTION_CONTRADICTS_TARGET: "riktningen motsäger målsättningen",
        Reason.NO_ACTUAL_AFTER_BASELINE: "inget värde efter nulägesåret",
        Reason.OPPOSITE_SIGNS: "värden med olika tecken kan inte jämföras som tillväxt",
        Reason.TARGET_NOT_AFTER_BASELINE: "målåret ligger inte efter nulägesåret",
    },
    FI: {
        Reason.NO_ACTUAL: "ei toteutuneita arvoja",
        Reason.NO_DIRECTION: "suunta puuttuu: lisää direction (increase/decrease)",
        Reason.DIRECTION_CONTRADICTS_TARGET: "suunta on ristiriidassa tavoitteen kanssa",
        Reason.NO_ACTUAL_AFTER_BASELINE: "ei arvoa lähtötasovuoden jälkeen",
        Reason.OPPOSITE_SIGNS: "eri etumerkkisiä arvoja ei voi verrata kasvuna",
        Reason.TARGET_NOT_AFTER_BASELINE: "tavoitevuosi ei ole lähtötasovuoden jälkeen",
    },
    EN: {
        Reason.NO_ACTUAL: "no actual values",
        Reason.NO_DIRECTION: "direction unknown: add direction (increase/decrease)",
        Reason.DIRECTION_CONTRADICTS_TARGET: "the direction contradicts the target",
        Reason.NO_ACTUAL_AFTER_BASELINE: "no value after the baseline year",
        Reason.OPPOSITE_SIGNS: "values of opposite signs cannot be compared as growth",
        Reason.TARGET_NOT_AFTER_BASELINE: "the target year is not after the baseline year",
    },
}

TEXT: dict[Language, dict[str, str]] = {
    SV: {
        "unlinked": "Utan koppling till mål",
        "no_indicators": "Inga indikatorer",
        "initiatives": "Satsningar",
        "done_of": "{done} av {total} klara ({share})",
        "done_of_known": "{done} av {total} klara",
        "no_status": "{count} utan angiven status",
        "per_year": "/år",
        "baseline_inferred": "* nuläge saknas: första förverkligade värdet används",
        "baseline_inferred_period": "* nuläge saknas: senaste förverkligade värdet vid "
        "periodens start används (annars det första under perioden)",
        "as_of": "Läge år {year}",
        "method": "Metod: {method}",
        "vision": "Vision",
        "budget": "Budget",
        "legend": "Framsteg: andel av vägen från nuläge till målsättning (andel av tiden som "
        "gått); utan målsättning: årlig förändring.",
        "period_end": "Bedömt vid periodens slut ({year}); senare värden visas som efter perioden.",
        "after_period": "Efter perioden: {title} {value}",
    },
    FI: {
        "unlinked": "Ei kytketty tavoitteeseen",
        "no_indicators": "Ei mittareita",
        "initiatives": "Hankkeet",
        "done_of": "{done}/{total} valmiina ({share})",
        "done_of_known": "{done}/{total} valmiina",
        "no_status": "{count} ilman tilaa",
        "per_year": "/v",
        "baseline_inferred": "* lähtötaso puuttuu: ensimmäistä toteutunutta arvoa käytetään",
        "baseline_inferred_period": "* lähtötaso puuttuu: käytetään viimeisintä toteutunutta "
        "arvoa kauden alussa (muuten kauden ensimmäistä)",
        "as_of": "Tilanne vuonna {year}",
        "method": "Menetelmä: {method}",
        "vision": "Visio",
        "budget": "Budjetti",
        "legend": "Edistyminen: osuus matkasta lähtötasosta tavoitteeseen (kuluneen ajan "
        "osuus); ilman tavoitetta: vuosimuutos.",
        "period_end": "Arvioitu kauden lopussa ({year}); myöhemmät arvot näytetään kauden "
        "jälkeisinä.",
        "after_period": "Kauden jälkeen: {title} {value}",
    },
    EN: {
        "unlinked": "Not linked to a goal",
        "no_indicators": "No indicators",
        "initiatives": "Initiatives",
        "done_of": "{done} of {total} done ({share})",
        "done_of_known": "{done} of {total} done",
        "no_status": "{count} with no status given",
        "per_year": "/yr",
        "baseline_inferred": "* no baseline given: the earliest actual value is used",
        "baseline_inferred_period": "* no baseline given: the latest actual value at the "
        "period's start is used (else the first within the period)",
        "as_of": "As of {year}",
        "method": "Method: {method}",
        "vision": "Vision",
        "budget": "Budget",
        "legend": "Progress: share of the way from baseline to target (share of the time "
        "gone); without a target: annual change.",
        "period_end": "Judged at the end of the period ({year}); later values are shown as "
        "after the period.",
        "after_period": "After the period: {title} {value}",
    },
}


# How a preliminary value is marked wherever it is shown, and the names of a value's parts.
PRELIMINARY: dict[Language, str] = {
    Language.SV: "prel.",
    Language.FI: "ennakko",
    Language.EN: "prel.",
}
WOMEN_MEN: dict[Language, dict[str, str]] = {
    Language.SV: {"women": "kvinnor", "men": "män"},
    Language.FI: {"women": "naiset", "men": "miehet"},
    Language.EN: {"women": "women", "men": "men"},
}
