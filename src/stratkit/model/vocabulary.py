"""The three vocabularies of the format: every key and every fixed value in en, sv and fi.

This is the one place a key gets its Swedish and Finnish spellings. The models take their
keys from here (see `aliases`), so a new field needs one row in KEYS (or in PART_KEYS when
its words depend on where it stands) and nothing else: the reader, "did you mean", the JSON
Schema and docs/format.md's table follow. tests/unit/test_vocabulary.py fails for a field of
any model that has no row, and for two fields of one part that share a spelling.

The first spelling of each language is the one stratkit suggests and writes; the others are
synonyms users write (the seeds' own headings, such as VÄRDEN beside värderingar).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "sv", "fi")


@dataclass(frozen=True, slots=True)
class Words:
    """The Swedish and Finnish spellings of one English key or value, preferred one first."""

    sv: tuple[str, ...]
    fi: tuple[str, ...]
    # Words people write for the value that the format does not accept (färdig for klar):
    # "did you mean" answers them with the value in the file's own language.
    near: tuple[str, ...] = ()

    def of(self, language: str) -> tuple[str, ...]:
        return self.sv if language == "sv" else self.fi if language == "fi" else ()


def _w(sv: str, fi: str, near: str = "") -> Words:
    """Spellings separated by '|', e.g. _w('nuläge|utgångsläge', 'lähtötaso')."""
    return Words(tuple(sv.split("|")), tuple(fi.split("|")), tuple(filter(None, near.split("|"))))


# English key -> its Swedish and Finnish spellings, wherever the key stands.
KEYS: dict[str, Words] = {
    # the top level
    "municipality": _w("kommun", "kunta"),
    "language": _w("språk", "kieli"),
    "strategy": _w("strategi", "strategia"),
    "values": _w("värderingar|värden|värdegrund", "arvot"),
    "goals": _w("mål|strategiska mål", "tavoitteet|strategiset tavoitteet"),
    "indicators": _w("indikatorer|nyckeltal", "mittarit|indikaattorit"),
    # Municipal Swedish says satsningar (Karlskoga's nyckelsatsningar); an "initiativ" is
    # mostly a councillor's motion (initiativärende), so it is accepted but not suggested.
    "initiatives": _w("satsningar|initiativ|delprojekt", "hankkeet|projektit"),
    # municipality
    "name": _w("namn", "nimi"),
    "country": _w("land", "maa"),
    "code": _w("kod|kommunkod|kommunnummer", "koodi|kuntanumero"),
    # strategy
    "title": _w("titel|rubrik", "otsikko|nimike"),
    "motto": _w("motto|slogan", "tunnuslause|motto"),
    "period": _w("period|strategiperiod", "kausi|strategiakausi"),
    "vision": _w("vision", "visio"),
    "adopted": _w("antagen|antogs", "hyväksytty"),
    "budget": _w("budget", "talousarvio|budjetti"),
    "source": _w("källa", "lähde"),
    # period
    "start": _w("start|från", "alku|alkaa"),
    "end": _w("slut|till", "loppu|päättyy"),
    # budget
    "amount": _w("belopp", "summa|määrä"),
    "currency": _w("valuta", "valuutta"),
    "year": _w("år", "vuosi"),
    "description": _w("beskrivning", "kuvaus"),
    # values, goals, indicators, initiatives
    "id": _w("id", "id"),
    "actions": _w("åtgärder", "toimenpiteet"),
    "benefit": _w("nytta", "hyöty"),
    "metric": _w("mätare", "mittari"),
    "unit": _w("enhet", "yksikkö"),
    "direction": _w("riktning", "suunta"),
    "baseline": _w("nuläge|utgångsläge|utgångsvärde", "lähtötaso|lähtötilanne|nykytila"),
    "target": _w("målsättning|målvärde", "tavoite|tavoitetaso"),
    "actual": _w("förverkligats|utfall", "toteuma|toteutunut"),
    "lag": _w("eftersläpning", "viive"),
    "method": _w("metod", "menetelmä"),
    "value": _w("värde", "arvo"),
    "status": _w("status", "tila"),
    "date": _w("datum", "päivämäärä|pvm"),
    "count": _w("antal", "lukumäärä|määrä"),
    # keys of the follow-up and fetch issues, ready for the fields they add
    "analysis": _w("analys", "analyysi"),
    "assessment": _w("bedömning", "arvio|arviointi"),
    "motivation": _w("motivering", "perustelu|perustelut"),
    "decision": _w("beslut", "päätös"),
    "responsible": _w("ansvarig", "vastuutaho|vastuuhenkilö"),
    "deadline": _w("slutdatum|klart senast|tidsgräns", "määräaika"),
    "preliminary": _w("preliminär|prel", "alustava|ennakko"),
    "women": _w("kvinnor", "naiset"),
    "men": _w("män", "miehet"),
    "note": _w("anmärkning|kommentar|anteckning", "huomautus|kommentti"),
    "fetch": _w("hämta", "hae"),
    "select": _w("urval|välj", "valinta|valitse"),
    # the sources' own names, the same in every language
    "kolada": _w("kolada", "kolada"),
    "scb": _w("scb", "scb"),
    "statfin": _w("statfin", "statfin"),
}

# Keys whose words depend on the part they stand in: (model name, English key) -> words.
PART_KEYS: dict[tuple[str, str], Words] = {
    # Kaskö's strategy heads its goals "Målsättningar"; under an indicator that word would
    # be too close to its target (målsättning), so only the top level takes it.
    ("StrategyFile", "goals"): _w(
        "mål|strategiska mål|målsättningar", "tavoitteet|strategiset tavoitteet"
    ),
    # The indicator table's first column is "Nytta" in Kaskö's strategy (Finnish "Hyöty").
    ("Indicator", "title"): _w("titel|nytta|rubrik", "otsikko|hyöty|nimike"),
    # A value's own title: a Swedish strategy lists its values as "värde" headings.
    ("CoreValue", "title"): _w("titel|värdering", "otsikko|arvo"),
}


def words(part: str, key: str) -> Words | None:
    return PART_KEYS.get((part, key)) or KEYS.get(key)


@cache
def spellings(part: str, key: str) -> tuple[str, ...]:
    """Every spelling of `key` in `part`: English first, then Swedish, then Finnish."""
    found = words(part, key)
    every = (key, *found.sv, *found.fi) if found else (key,)
    return tuple(dict.fromkeys(every))


def spelling(part: str, key: str, language: str) -> str:
    """The spelling stratkit suggests for `key` in `part` to a file written in `language`."""
    found = words(part, key)
    preferred = found.of(language) if found else ()
    return preferred[0] if preferred else key


@cache  # asked for every key of a file whose findings are placed; only known keys come here
def languages_of(part: str, key: str, written: str) -> tuple[str, ...]:
    """The vocabularies `written` belongs to as a spelling of `key` (one or several)."""
    found = words(part, key)
    result = ["en"] if written == key else []
    if found:
        result += [lang for lang in ("sv", "fi") if written in found.of(lang)]
    return tuple(result)


# The fixed values: English value -> its Swedish and Finnish words.
DIRECTIONS: dict[str, Words] = {
    "increase": _w(
        "öka|ökar|ökande",
        "kasvaa|kasvava|nousee",
        "up|higher|more|upp|uppåt|högre|större|ökning|mer|ylös|nousu|kasvu|suurempi|enemmän",
    ),
    "decrease": _w(
        "minska|minskar|minskande",
        "vähenee|vähentyä|laskee|pienenee",
        "down|lower|less|ned|nedåt|lägre|mindre|minskning|alas|lasku|pienempi|vähemmän",
    ),
}
STATUSES: dict[str, Words] = {
    "planned": _w(
        "ej påbörjad|planerad|inte påbörjad",
        "ei aloitettu|suunniteltu",
        "not started|planning|ej startad|inte startad|kommande|aloittamatta|tulossa",
    ),
    "ongoing": _w(
        "pågår|pågående|påbörjad",
        "käynnissä|kesken",
        "in progress|started|startad|igång|pågår fortfarande|aloitettu|työn alla",
    ),
    "done": _w(
        "klar|genomförd|slutförd",
        "valmis|toteutettu|toteutunut",
        "finished|completed|complete|ready|färdig|färdigt|klart|avklarad|avslutad|genomfört|"
        "valmistunut|tehty|suoritettu",
    ),
    "cancelled": _w(
        "avbruten|inställd|struken",
        "peruttu|keskeytetty",
        "canceled|stopped|avbrutet|inställt|stoppad|lagd ned|lopetettu|hylätty|peruutettu",
    ),
}
METHODS: dict[str, Words] = {
    "linear": _w("linjär", "lineaarinen"),
    "cagr": _w("cagr", "cagr"),
}
LANGUAGE_VALUES: dict[str, Words] = {
    "sv": _w("svenska", "ruotsi"),
    "fi": _w("finska", "suomi"),
    "en": _w("engelska", "englanti"),
}


def choices(table: dict[str, Words]) -> dict[str, str]:
    """Every spelling of the values in `table`, lowercase, mapped to the English value."""
    found: dict[str, str] = {value: value for value in table}
    for value, spelled in table.items():
        for word in (*spelled.sv, *spelled.fi):
            found.setdefault(word.lower(), value)
    return found


def near_words(table: dict[str, Words]) -> dict[str, str]:
    """Every word "did you mean" may answer: the spellings of `choices` and the near words."""
    found = choices(table)
    for value, spelled in table.items():
        for word in spelled.near:
            found.setdefault(word.lower(), value)
    return found


def value_word(table: Mapping[str, Words], value: str, language: str) -> str:
    """The word for `value` a file in `language` would write: 'öka' for increase in sv."""
    spelled = table.get(value)
    preferred = spelled.of(language) if spelled else ()
    return preferred[0] if preferred else value
