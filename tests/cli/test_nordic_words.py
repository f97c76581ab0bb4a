"""Issue 11, the English a new user still found in Swedish and Finnish runs: a value parser's
message, the usage hint of `diff`, the reasons `import` and `fetch` give, and the placeholders
of --help. Each runs through the command line with the locale a Swedish or Finnish user has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from stratkit.cli.app import app
from tests.conftest import StrictRunner, examples_and_a_finnish_file

runner = StrictRunner()
SV, FI = "sv_SE.UTF-8", "fi_FI.UTF-8"


def run(locale: str, *args: str) -> tuple[int, str, str]:
    import os

    os.environ["LANG"] = locale  # the autouse fixture restores C.UTF-8 after the test
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    examples_and_a_finnish_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_value_that_is_not_a_number_is_said_in_swedish(place: Path) -> None:
    code, _, stderr = run(SV, "record", "kasko", "invanare", "2025", "57,5 %")
    assert code == 2
    assert stderr == (
        "fel: '57,5 %' är inte ett tal\n"
        "tips: skriv bara talet; enheten (%, kr, invånare) skrivs under 'unit:'\n"
    )


def test_the_hint_quotes_the_finnish_files_own_key(place: Path) -> None:
    code, _, stderr = run(FI, "record", "--dir", "fi", "kaskinen", "asukkaat", "2025", "12 %")
    assert code == 2
    assert "virhe: '12 %' ei ole luku\n" in stderr
    assert "kohtaan 'yksikkö:'" in stderr
    code, _, stderr = run(SV, "record", "--dir", "fi", "kaskinen", "asukkaat", "2025", "12 %")
    assert "skrivs under 'yksikkö:'" in stderr


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (SV, "fel: året 1850 ligger utanför 1900–2100\ntips: kontrollera om året är felskrivet\n"),
        (FI, "virhe: vuosi 1850 ei ole välillä 1900–2100\n"),
        ("C.UTF-8", "error: year 1850 is outside 1900-2100\n"),
    ],
)
def test_a_year_out_of_range_is_said_in_the_runs_language(
    place: Path, locale: str, said: str
) -> None:
    code, _, stderr = run(locale, "record", "kasko", "invanare", "1850", "5")
    assert code == 2
    assert stderr.startswith(said)


def test_as_of_says_the_year_problem_in_finnish(place: Path) -> None:
    code, _, stderr = run(FI, "status", "--as-of", "1850")
    assert code == 2
    assert stderr.startswith("virhe: --as-of: vuosi 1850 ei ole välillä 1900–2100\n")


@pytest.mark.parametrize(
    ("locale", "hint"),
    [
        (SV, "tips: stratkit diff ÅR_A ÅR_B [NAMN …]   eller   stratkit diff --rev VERSION_A"),
        (FI, "vihje: stratkit diff VUOSI_A VUOSI_B [NIMI …]   tai   stratkit diff --rev VERSIO_A"),
        ("C.UTF-8", "hint: stratkit diff YEAR_A YEAR_B [NAME ...]   or   stratkit diff --rev"),
    ],
)
def test_the_usage_hint_of_diff_is_in_the_runs_language(
    place: Path, locale: str, hint: str
) -> None:
    code, _, stderr = run(locale, "diff", "2023")
    assert code == 2
    assert hint in stderr


def test_a_latin1_csv_is_explained_in_finnish(place: Path) -> None:
    (place / "back.csv").write_bytes("file;id;Hyöty\nx.yaml;x;å\n".encode("cp1252"))
    code, _, stderr = run(FI, "import", "back.csv")
    assert code == 2
    assert "ei ole UTF-8-tekstiä (se näyttää olevan Windows-1252-muodossa, jossa tavu 0xF6" in (
        stderr
    )
    assert "where" not in stderr


def test_a_file_that_is_not_a_workbook_says_what_to_do(place: Path) -> None:
    (place / "back.xlsx").write_text("file;id\n", encoding="utf-8")
    code, _, stderr = run(SV, "import", "back.xlsx")
    assert code == 2
    assert "zip" not in stderr
    assert stderr == (
        "fel: back.xlsx är ingen Excel-arbetsbok, fast namnet slutar på .xlsx\n"
        "tips: öppna den i Excel, välj Arkiv > Spara som > 'Excel-arbetsbok (*.xlsx)' och "
        "importera sedan filen du sparade\n"
    )


def test_an_unreachable_source_names_its_host_and_what_to_try(
    place: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRATKIT_KOLADA_URL", "http://127.0.0.1:9/v3")
    before = (place / "strategies" / "karlskoga.yaml").read_bytes()
    code, stdout, stderr = run(SV, "fetch", "karlskoga", "--write")
    assert code == 2
    assert stdout == ""
    assert stderr == (
        "fel: får ingen kontakt med Kolada på 127.0.0.1:9; ingen fil ändrades\n"
        "tips: kontrollera nätverksanslutningen och en eventuell proxy (HTTPS_PROXY), eller "
        "försök igen senare; en adress i stratkit.toml kan vara fel\n"
    )
    assert "Max retries" not in stderr
    assert (place / "strategies" / "karlskoga.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (404, "not found", "Statistikcentralen svarade HTTP 404"),
        (429, "slow down", "Statistikcentralen svarade HTTP 429"),
        (500, "error", "Statistikcentralen svarade HTTP 500"),
        (200, "<html>not json", "Statistikcentralen svarade med något som inte är JSON"),
    ],
)
def test_statfin_errors_are_said_in_swedish_and_nothing_changes(
    place: Path,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    status: int,
    body: str,
    said: str,
) -> None:
    monkeypatch.setenv("STRATKIT_STATFIN_URL", httpserver.url_for("/StatFin"))
    monkeypatch.setenv("STRATKIT_HTTP_TIMEOUT", "5")
    httpserver.expect_request(re.compile("^/StatFin/")).respond_with_data(body, status=status)
    before = (place / "strategies" / "kasko.yaml").read_bytes()
    code, _, stderr = run(SV, "fetch", "kasko", "--write")
    assert code == 2, stderr
    assert said in stderr
    assert "ingen fil ändrades" in stderr
    assert (place / "strategies" / "kasko.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("status", "said"),
    [(404, "Kolada vastasi HTTP 404"), (500, "Kolada vastasi HTTP 500")],
)
def test_kolada_errors_are_said_in_finnish(
    place: Path, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer, status: int, said: str
) -> None:
    monkeypatch.setenv("STRATKIT_KOLADA_URL", httpserver.url_for("/v3"))
    httpserver.expect_request(re.compile("^/v3/")).respond_with_data("x", status=status)
    code, _, stderr = run(FI, "fetch", "karlskoga")
    assert code == 2
    assert said in stderr
    assert "yhtään tiedostoa ei muutettu" in stderr
    assert "per_page" not in stderr  # the address without its query


@pytest.mark.parametrize(
    ("locale", "words", "not_shown"),
    [
        (
            SV,
            (
                "Användning: stratkit record [ALTERNATIV] {NAMN} {INDIKATOR} {ÅR} {VÄRDE}",
                "MAPP",
                "<text>",
            ),
            ("NAME", "YEAR", "FOLDER", "<str>"),
        ),
        (
            FI,
            (
                "Käyttö: stratkit record [VALITSIMET] {NIMI} {MITTARI} {VUOSI} {ARVO}",
                "KANSIO",
                "<teksti>",
            ),
            ("NAME", "YEAR", "FOLDER", "<str>"),
        ),
        (
            "C.UTF-8",
            (
                "Usage: stratkit record [OPTIONS] {NAME} {INDICATOR} {YEAR} {VALUE}",
                "FOLDER",
                "<str>",
            ),
            ("NAMN", "NIMI"),
        ),
    ],
)
def test_placeholders_in_help_are_in_the_runs_language(
    locale: str, words: tuple[str, ...], not_shown: tuple[str, ...]
) -> None:
    code, stdout, _ = run(locale, "record", "--help")
    assert code == 0
    for word in words:
        assert word in stdout
    for word in not_shown:
        assert word not in stdout


def test_require_analysis_accepts_the_status_words_of_the_files(tmp_path: Path) -> None:
    from tests.unit.test_followup_checks import RED

    (tmp_path / "red.yaml").write_text(RED, encoding="utf-8")
    english = run("C.UTF-8", "validate", "--require-analysis", "deteriorating", str(tmp_path))
    swedish = run(SV, "validate", "--require-analysis", "Försämring", str(tmp_path))
    finnish = run(FI, "validate", "--require-analysis", "heikentynyt,ei saavutettu", str(tmp_path))
    assert english[0] == swedish[0] == finnish[0] == 1
    for _, stdout, _ in (english, swedish, finnish):
        assert "STK405" in stdout
    code, _, stderr = run(SV, "validate", "--require-analysis", "försämrng", str(tmp_path))
    assert code == 2
    assert "menade du 'försämring'" in stderr


@pytest.mark.parametrize(
    ("parse", "value"),
    [
        ("stratkit.model.followup:_assessed", "kind of ok"),
        ("stratkit.model.followup:_motivation_text", ""),
        ("stratkit.model.followup:_motivation_text", 3),
        ("stratkit.model.followup:_years_first", "text"),
        ("stratkit.model.reported:parse_flag", "perhaps"),
    ],
)
def test_the_models_value_problems_can_be_said_in_swedish_and_finnish(
    parse: str, value: object
) -> None:
    import importlib

    from stratkit.messages import Message
    from stratkit.model.values import ValueProblem

    module, name = parse.split(":")
    with pytest.raises(ValueProblem) as caught:
        getattr(importlib.import_module(module), name)(value)
    for text in (caught.value.message, caught.value.hint):
        assert isinstance(text, Message)
        assert text.in_language("sv") != text.in_language("en")
        assert text.in_language("fi") != text.in_language("en")


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (404, "x", "SCB vastasi HTTP 404 osoitteelle http://localhost:"),
        (500, "x", "SCB vastasi HTTP 500"),
        (200, "<html>", "SCB vastasi jollakin, mikä ei ole JSONia"),
    ],
)
def test_scb_errors_are_said_in_finnish_without_the_query(
    place: Path,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    status: int,
    body: str,
    said: str,
) -> None:
    from tests.cli.test_cli_fetch import KARLSKOGA_SCB

    (place / "strategies" / "folkmangd.yaml").write_text(KARLSKOGA_SCB, encoding="utf-8")
    monkeypatch.setenv("STRATKIT_SCB_URL", httpserver.url_for("/api/v2"))
    monkeypatch.setenv("STRATKIT_HTTP_TIMEOUT", "5")
    httpserver.expect_request(re.compile("^/api/v2/")).respond_with_data(body, status=status)
    code, _, stderr = run(FI, "fetch", "folkmangd")
    assert code == 2, stderr
    assert said in stderr
    assert "?" not in stderr.splitlines()[0]
    assert "yhtään tiedostoa ei muutettu" in stderr
