"""The three vocabularies: every key and value of the format in English, Swedish and Finnish."""

from __future__ import annotations

import pytest

from stratkit.model import vocabulary
from stratkit.model.parts import accepted_keys, every_part
from stratkit.model.strategy import StrategyFile
from stratkit.validation.one_file import check_text
from tests.conftest import ROOT


def test_every_key_of_every_part_has_swedish_and_finnish_spellings() -> None:
    for part in every_part(StrategyFile):
        for key in part.model_fields:
            words = vocabulary.words(part.__name__, key)
            assert words is not None, f"{part.__name__}.{key} has no row in vocabulary.KEYS"
            assert words.sv, f"{part.__name__}.{key}"
            assert words.fi, f"{part.__name__}.{key}"


def test_no_two_keys_of_one_part_share_a_spelling() -> None:
    for part in every_part(StrategyFile):
        seen: dict[str, str] = {}
        for key in part.model_fields:
            for spelt in vocabulary.spellings(part.__name__, key):
                assert seen.setdefault(spelt, key) == key, (part.__name__, spelt)


def test_no_word_stands_for_two_values_of_one_choice() -> None:
    for table in (vocabulary.DIRECTIONS, vocabulary.STATUSES, vocabulary.METHODS):
        meaning: dict[str, str] = {}
        for value, spelt in table.items():
            for word in (value, *spelt.sv, *spelt.fi):
                assert meaning.setdefault(word.lower(), value) == value, word


@pytest.mark.parametrize(
    ("part", "english", "swedish", "finnish"),
    [
        ("StrategyFile", "municipality", "kommun", "kunta"),
        ("StrategyFile", "language", "språk", "kieli"),
        ("StrategyFile", "values", "värderingar", "arvot"),
        ("StrategyFile", "goals", "mål", "tavoitteet"),
        ("StrategyFile", "indicators", "indikatorer", "mittarit"),
        ("StrategyFile", "initiatives", "satsningar", "hankkeet"),
        ("Municipality", "name", "namn", "nimi"),
        ("StrategyInfo", "motto", "motto", "tunnuslause"),
        ("StrategyInfo", "adopted", "antagen", "hyväksytty"),
        ("Period", "end", "slut", "loppu"),
        ("Goal", "actions", "åtgärder", "toimenpiteet"),
        ("Goal", "benefit", "nytta", "hyöty"),
        ("Indicator", "metric", "mätare", "mittari"),
        ("Indicator", "baseline", "nuläge", "lähtötaso"),
        ("Indicator", "target", "målsättning", "tavoite"),
        ("Indicator", "actual", "förverkligats", "toteuma"),
        ("Point", "year", "år", "vuosi"),
        ("Point", "value", "värde", "arvo"),
        ("Initiative", "count", "antal", "lukumäärä"),
        ("Initiative", "date", "datum", "päivämäärä"),
    ],
)
def test_the_issue_s_table(part: str, english: str, swedish: str, finnish: str) -> None:
    assert vocabulary.spelling(part, english, "sv") == swedish
    assert vocabulary.spelling(part, english, "fi") == finnish
    model = next(m for m in every_part(StrategyFile) if m.__name__ == part)
    assert accepted_keys(model)[swedish] == english
    assert accepted_keys(model)[finnish] == english


def test_values_in_three_vocabularies() -> None:
    from stratkit.model.value_types import DIRECTIONS, STATUSES

    assert DIRECTIONS["öka"] == DIRECTIONS["kasvaa"] == "increase"
    assert DIRECTIONS["minska"] == DIRECTIONS["vähenee"] == "decrease"
    assert STATUSES["ej påbörjad"] == STATUSES["ei aloitettu"] == "planned"
    assert STATUSES["pågår"] == STATUSES["käynnissä"] == "ongoing"
    assert STATUSES["klar"] == STATUSES["valmis"] == "done"
    assert STATUSES["avbruten"] == STATUSES["peruttu"] == "cancelled"


MIXED = """\
kunta: {namn: Kaskö, country: FI}
språk: fi
strategia:
  title: Kaupunkistrategia
mittarit:
  - id: asukkaat
    hyöty: Asukasluku kasvaa
    mätare: Invånarantal
    lähtötaso: {vuosi: 2023, värde: 1208}
    direction: kasvaa
"""


def test_a_file_may_mix_the_vocabularies() -> None:
    report = check_text("mixed.yaml", MIXED)
    assert [d.code for d in report.diagnostics if d.is_error] == []
    assert report.strategy is not None
    [indicator] = report.strategy.indicators
    assert indicator.baseline is not None
    assert (indicator.baseline.year, indicator.baseline.value) == (2023, 1208)


def test_two_spellings_of_one_key_in_one_mapping_stay_an_error() -> None:
    text = MIXED.replace("    direction: kasvaa\n", "    direction: kasvaa\n    suunta: kasvaa\n")
    [error] = [d for d in check_text("twice.yaml", text).diagnostics if d.is_error]
    assert error.code == "STK104"
    assert error.message == "'suunta' and 'direction' are the same key in two languages"


def test_docs_format_lists_every_spelling() -> None:

    docs = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    tables = [vocabulary.KEYS, vocabulary.PART_KEYS, vocabulary.DIRECTIONS, vocabulary.STATUSES]
    for table in tables:
        for words in table.values():
            for word in (*words.sv, *words.fi):
                assert f"`{word}`" in docs, word


def test_the_schema_carries_every_spelling_and_three_languages() -> None:
    from stratkit.reporters.json_schema import strategy_schema

    schema = strategy_schema()
    indicator = schema["definitions"]["Indicator"]
    for key in vocabulary.spellings("Indicator", "baseline"):
        assert key in indicator["properties"]
    for key in ("kunta", "kommun", "municipality"):
        assert key in schema["properties"]
    texts: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "description" and isinstance(value, str):
                    texts.append(value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(schema)
    assert texts
    for text in texts:
        assert "\n\nSvenska: " in text
        assert "\n\nSuomeksi: " in text
    assert "Lähtötaso: vuosi ja arvo." in indicator["properties"]["lähtötaso"]["description"]
