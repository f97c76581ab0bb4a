""" "Did you mean" for a fixed value (status, direction): any language's word, or a word people
write for it (färdig, klart), is answered with the value as the file's own language writes it."""

from __future__ import annotations

import pytest

from stratkit.validation.one_file import check_text

FINNISH = """\
kieli: fi
kunta: {nimi: Kaskinen, maa: FI}
strategia: {otsikko: Kaskisten strategia}
tavoitteet:
  - id: kasvu
    otsikko: Kasvu
hankkeet:
  - id: satama
    otsikko: Satama
    tavoitteet: [kasvu]
    tila: klart
"""
SWEDISH = """\
språk: sv
kommun: {namn: Kaskö, land: FI}
strategi: {titel: Kaskö stads strategi}
mål:
  - id: tillvaxt
    titel: Tillväxt
satsningar:
  - id: hamnen
    titel: Hamnen
    mål: [tillvaxt]
    status: klart
"""


def _hint(text: str) -> str:
    errors = [d for d in check_text("f.yaml", text).diagnostics if d.is_error]
    assert [(d.code, d.line) for d in errors] == [("STK204", 11)]
    return str(errors[0].hint)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("klart", "valmis"),  # a Swedish word in a Finnish file
        ("färdig", "valmis"),  # a word for done that the format does not take
        ("finished", "valmis"),
        ("valmiss", "valmis"),
        ("kesken ", None),  # accepted as it is (käynnissä), no error
        ("not started", "ei aloitettu"),
    ],
)
def test_a_finnish_file_is_answered_in_finnish(written: str, meant: str | None) -> None:
    text = FINNISH.replace("tila: klart", f"tila: {written}")
    if meant is None:
        assert [d for d in check_text("f.yaml", text).diagnostics if d.is_error] == []
        return
    assert _hint(text).startswith(f"did you mean '{meant}'? use one of: ei aloitettu, käynnissä")


@pytest.mark.parametrize(
    ("written", "meant"),
    [("färdig", "klar"), ("klart", "klar"), ("valmis", None), ("kesken", None), ("done", None)],
)
def test_a_swedish_file_is_answered_in_swedish(written: str, meant: str | None) -> None:
    text = SWEDISH.replace("status: klart", f"status: {written}")
    if meant is None:  # valmis, kesken and done are statuses in every file
        assert [d for d in check_text("f.yaml", text).diagnostics if d.is_error] == []
        return
    assert _hint(text).startswith(f"did you mean '{meant}'? use one of: ej påbörjad, pågår, klar")


def test_a_direction_is_answered_in_the_files_language() -> None:
    text = FINNISH.replace(
        "hankkeet:",
        "mittarit:\n  - id: asukkaat\n    otsikko: Asukkaat\n    tavoitteet: [kasvu]\n"
        "    suunta: ökning\nhankkeet:",
    ).replace("tila: klart", "tila: valmis")
    errors = [d for d in check_text("f.yaml", text).diagnostics if d.is_error]
    assert [(d.code, d.line) for d in errors] == [("STK204", 11)]
    assert str(errors[0].hint) == "did you mean 'kasvaa'? use one of: kasvaa, vähenee"
