"""The words of `--format csv --excel` for `status` and `diff`, in Swedish and Finnish.

The plain CSV is for programs: its headers (`baseline_value`) and values (`true`, `on_track`)
stay English codes that never change. `--excel` is for a person at a Swedish or Finnish Excel,
so the headers, yes and no, the statuses, directions and movements are said in their language
(the indicator table's own words: Nuläge, Målsättning, Förverkligats). Codes a user types back
into stratkit (`--fail-on` kinds, fields, methods) stay as they are.
"""

from __future__ import annotations

from stratkit.model.choices import Language
from stratkit.model.vocabulary import DIRECTIONS, METHODS, value_word
from stratkit.progress.statuses import Reason, Status
from stratkit.reporters.words.diff_labels import MOVEMENT
from stratkit.reporters.words.labels import FI, REASON, STATUS, SV

YES_NO: dict[Language, tuple[str, str]] = {SV: ("ja", "nej"), FI: ("kyllä", "ei")}

# column code -> (Swedish, Finnish) header
HEADERS: dict[str, tuple[str, str]] = {
    "strategy": ("Strategi", "Strategia"),
    "municipality": ("Kommun", "Kunta"),
    "municipality_code": ("Kommunkod", "Kuntanumero"),
    "indicator": ("Indikatorns id", "Mittarin tunniste"),
    # The first column of the municipalities' own table: Nytta (Kaskö), Hyöty in Finnish.
    "title": ("Nytta", "Hyöty"),
    "goals": ("Mål", "Tavoitteet"),
    "metric": ("Mätare", "Mittari"),
    "unit": ("Enhet", "Yksikkö"),
    "direction": ("Riktning", "Suunta"),
    "method": ("Metod", "Menetelmä"),
    "baseline_year": ("Nuläge år", "Lähtötaso vuosi"),
    "baseline_value": ("Nuläge", "Lähtötaso"),
    "baseline_inferred": ("Nuläge härlett", "Lähtötaso päätelty"),
    "target_year": ("Målsättning år", "Tavoite vuosi"),
    "target_value": ("Målsättning", "Tavoite"),
    "latest_year": ("Senaste år", "Viimeisin vuosi"),
    "latest_value": ("Senaste utfall", "Viimeisin toteuma"),
    "latest_preliminary": ("Senaste preliminärt", "Viimeisin alustava"),
    "latest_women": ("Senaste kvinnor", "Viimeisin naiset"),
    "latest_men": ("Senaste män", "Viimeisin miehet"),
    "after_period_year": ("År efter perioden", "Vuosi kauden jälkeen"),
    "after_period_value": ("Värde efter perioden", "Arvo kauden jälkeen"),
    "progress": ("Framsteg", "Edistyminen"),
    "expected": ("Förväntat", "Odotettu"),
    "pace": ("Takt", "Vauhti"),
    "cagr_observed": ("Årlig tillväxt hittills", "Vuosikasvu tähän asti"),
    "cagr_required": ("Årlig tillväxt som krävs", "Vaadittu vuosikasvu"),
    "status": ("Status", "Tila"),
    "reason": ("Orsak", "Syy"),
    "computed_status": ("Beräknad status", "Laskettu tila"),
    "assessed": ("Bedömd", "Arvioitu"),
    "assessment_year": ("Bedömningsår", "Arviovuosi"),
    "assessment_status": ("Bedömd status", "Arvioitu tila"),
    "assessment_motivation": ("Motivering", "Perustelu"),
    "analysis_year": ("Analysår", "Analyysivuosi"),
    "analysis": ("Analys", "Analyysi"),
    "year": ("År", "Vuosi"),
    "value": ("Värde", "Arvo"),
    "preliminary": ("Preliminärt", "Alustava"),
    "women": ("Kvinnor", "Naiset"),
    "men": ("Män", "Miehet"),
    "change": ("Förändring", "Muutos"),
    "change_relative": ("Förändring relativt", "Suhteellinen muutos"),
    "movement": ("Utveckling", "Kehitys"),
    "updated": ("Uppdaterat", "Päivitetty"),
    "kind": ("Ändring", "Muutoksen laji"),
    "section": ("Del", "Osa"),
    "id": ("Id", "Tunniste"),
    "field": ("Fält", "Kenttä"),
    "target_weakened": ("Målsättning sänkt", "Tavoitetta kevennetty"),
    "undecided": ("Utan beslut", "Ilman päätöstä"),
    "decision": ("Beslut", "Päätös"),
    "fails": ("Underkänner", "Hylkää"),
    "old": ("Förut", "Ennen"),
    "new": ("Nu", "Nyt"),
}
_SIDES = {"from": ("Från", "Alkaen"), "to": ("Till", "Asti")}
_STATUSES = {"status", "computed_status", "assessment_status", "from_status", "to_status"}


def header(column: str, language: Language) -> str:
    """The column's header for a Swedish or Finnish Excel; the code itself in English."""
    if language not in (SV, FI):
        return column
    at = 0 if language == SV else 1
    side, _, rest = column.partition("_")
    if side in _SIDES and rest in HEADERS:  # from_value: "Från: Värde"
        return f"{_SIDES[side][at]}: {HEADERS[rest][at]}"
    return HEADERS[column][at] if column in HEADERS else column


def cell(column: str, value: object, language: Language) -> object:
    """A cell's value for a Swedish or Finnish Excel: words for yes, no and the codes."""
    if language not in (SV, FI) or not isinstance(value, str):
        return value
    if value in ("true", "false"):
        return YES_NO[language][value == "false"]
    if column in _STATUSES and value in Status.__members__.values():
        return STATUS[language][Status(value)]
    if column == "reason" and value in Reason.__members__.values():
        return REASON[language][Reason(value)]
    if column == "direction" and value in DIRECTIONS:
        return value_word(DIRECTIONS, value, language)
    if column == "method" and value in METHODS:
        return value_word(METHODS, value, language)
    if column == "movement":
        return {m.value: word for m, word in MOVEMENT[language].items()}.get(value, value)
    return value
