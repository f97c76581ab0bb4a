"""Every diagnostic code says its message and hint in Swedish, Finnish and English, and the
six cases of issue 11 ("Why") get the exact words a user reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.codes import CATALOGUE
from stratkit.diagnostics import Diagnostic
from stratkit.messages import Message
from stratkit.reading.discovery import find
from stratkit.validation.one_file import check_file, check_text
from stratkit.validation.report import CheckOptions
from tests.conftest import FIXTURES, StrictRunner, read_year

INVALID = sorted((FIXTURES / "invalid").glob("*.yaml"))


def one_of_each_code(tmp_path: Path) -> dict[str, Diagnostic]:
    found: dict[str, Diagnostic] = {}
    reports = [check_file(p, options=CheckOptions(year=read_year(p))) for p in INVALID]
    reports.append(check_file(tmp_path / "missing.yaml"))  # STK001
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"#" * (6 * 1024 * 1024))
    reports.append(check_file(huge))  # STK005
    reports.append(
        check_text("deep.yaml", "a:\n" + "".join(" " * i + "- \n" for i in range(1, 80)))
    )
    from tests.unit.test_followup_checks import RED

    required = CheckOptions(require_analysis=("deteriorating",))
    reports.append(check_text("red.yaml", RED, required))  # STK405
    outside = tmp_path / "outside.yaml"
    outside.write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "link.yaml").symlink_to(outside)
    reports.append(check_file(tmp_path / "inside" / "link.yaml"))  # STK007
    for report in reports:
        for diagnostic in report.diagnostics:
            found.setdefault(diagnostic.code, diagnostic)
    from stratkit.validation.workers import crashed

    found.setdefault("STK009", crashed("x.yaml"))  # a crash cannot be made on purpose here
    (tmp_path / "kasko.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "kasko.yml").write_text("x: 1\n", encoding="utf-8")
    for diagnostic in find([str(tmp_path)]).diagnostics:  # STK006
        found.setdefault(diagnostic.code, diagnostic)
    return found


def test_every_code_is_said_in_swedish_finnish_and_english(tmp_path: Path) -> None:
    found = one_of_each_code(tmp_path)
    assert set(CATALOGUE) - set(found) == set()
    for code, diagnostic in found.items():
        for text in (diagnostic.message, diagnostic.hint):
            assert isinstance(text, Message), code
            english = text.in_language("en")
            assert english == str(text)
            swedish, finnish = text.in_language("sv"), text.in_language("fi")
            assert swedish != english, (code, english)
            assert finnish != english, (code, english)
            assert swedish != finnish, (code, english)


FINNISH = """\
kunta: {nimi: Kaskinen, maa: FI}
kieli: fi
strategia: {otsikko: Kaupunkistrategia}
mittarit:
  - id: asukkaat
    hyöty: Asukasluku kasvaa
    suunta: kasvaa
    lähtötaso: {vuosi: 2023, arvo: 1208}
    tavoite: {vuosi: 2030, arvo: 1300}
    toteuma: {2025: 1248}
hankkeet:
  - id: tori
    otsikko: Torin kunnostus
    tila: käynnissä
"""


def test_why_1_a_finnish_municipality_writes_finnish() -> None:
    report = check_text("kaskinen.yaml", FINNISH)
    assert [d for d in report.diagnostics if d.is_error] == []
    assert report.strategy is not None
    assert report.strategy.initiatives[0].status == "ongoing"


SWEDISH = """\
kommun: {namn: Testby, land: SE}
strategi: {titel: Teststrategi, antagen: 2024-02-12}
värderingar:
  - {id: mod, titel: Modigt utvecklande}
mål:
  - id: stadsbild
    titel: Stadsbild
    åtgärder: [Uppsnyggning]
indikatorer:
  - id: invanare
    nytta: Invånarantalet växer
    mätare: Invånarantal
    enhet: invånare
    riktning: öka
    nuläge: {år: 2023, värde: 1208}
    målsättning: {år: 2030, värde: 1300}
    förverkligats: {2025: 1248}
"""


def test_why_2_every_key_has_its_swedish_word() -> None:
    report = check_text("testby.yaml", SWEDISH)
    assert report.diagnostics == ()
    assert report.strategy is not None


def test_why_3_a_finnish_file_with_mistakes_is_told_in_finnish(tmp_path: Path) -> None:
    path = tmp_path / "kaskinen.yaml"
    path.write_text(FINNISH.replace("lähtötaso:", "lähtötasso:"), encoding="utf-8")
    result = StrictRunner().invoke(app, ["validate", "--no-cache", str(path)])
    assert "virhe STK103 tuntematon avain 'lähtötasso' (tarkoititko 'lähtötaso'?)" in result.stdout
    assert "vihje: muuta avaimen nimeksi 'lähtötaso'" in result.stdout
    # The file has no 'mittari' yet (a warning); the misspelt key is one error, not two.
    assert result.stdout.endswith("Tarkistettiin 1 tiedosto: 1 virhe, 1 varoitus.\n")
    english = StrictRunner().invoke(app, ["validate", "--no-cache", "--lang", "en", str(path)])
    assert "unknown key 'lähtötasso' (did you mean 'lähtötaso'?)" in english.stdout
    assert english.stdout.endswith("Checked 1 file: 1 error, 1 warning.\n")


def only_error(text: str) -> Diagnostic:
    [error] = [d for d in check_text("f.yaml", text).diagnostics if d.is_error]
    return error


def test_why_4_a_year_and_value_typed_under_an_indicator() -> None:
    error = only_error(SWEDISH.replace("    förverkligats: {2025: 1248}\n", "    2025: 1248\n"))
    assert (error.code, error.line, error.column) == ("STK103", 17, 5)
    assert error.message == "'2025: 1248' is a year and its value, written where a key belongs"
    assert error.hint == (
        "the values of each year go under 'förverkligats:'; write: förverkligats: {2025: 1248}"
    )
    assert isinstance(error.message, Message)
    assert error.message.in_language("sv") == (
        "'2025: 1248' är ett år och dess värde, skrivet där det ska stå en nyckel"
    )


def test_why_4_a_year_and_value_indented_under_source() -> None:
    text = SWEDISH + "    källa: SCB\n      2026: 1250\n"
    error = only_error(text)
    assert (error.code, error.line, error.column) == ("STK101", 19, 7)
    assert error.message == "'2026: 1250' is a year and its value, written where a key belongs"
    assert error.hint == (
        "move the line '2026: 1250' under 'förverkligats:', indented one step further"
    )


def test_why_4_a_year_and_value_under_the_baseline() -> None:
    text = SWEDISH.replace(
        "    nuläge: {år: 2023, värde: 1208}\n",
        "    nuläge:\n      år: 2023\n      värde: 1208\n      2025: 1248\n",
    ).replace("    förverkligats: {2025: 1248}\n", "")
    error = only_error(text)
    assert error.message == "'2025: 1248' is a year and its value, written where a key belongs"
    assert error.hint == (
        "the values of each year go under 'förverkligats:'; write: förverkligats: {2025: 1248}"
    )


def test_why_4_a_year_indented_too_far_is_moved_left_to_line_up_in_the_files_language() -> None:
    years = "    förverkligats:\n      2024: 1230\n        2025: 1248\n      2026: 1260\n"
    error = only_error(SWEDISH.replace("    förverkligats: {2025: 1248}\n", years))
    assert (error.code, error.line, error.column) == ("STK101", 19, 9)
    assert isinstance(error.message, Message)
    assert isinstance(error.hint, Message)
    assert error.message.in_language("sv") == (
        "året 2025 har större indrag än de andra åren under 'förverkligats:'"
    )
    assert error.hint.in_language("sv") == (
        "flytta raden åt vänster så att '2025:' börjar i kolumn 7, som '2024:' på rad 18"
    )
    assert error.hint.in_language("fi") == (
        "siirrä riviä vasemmalle niin, että '2025:' alkaa sarakkeesta 7 kuten '2024:' rivillä 18"
    )


def test_a_key_without_its_colon_is_told_on_its_own_line_in_the_files_language() -> None:
    error = only_error(SWEDISH.replace("    enhet: invånare\n", "    enhet invånare\n"))
    assert (error.code, error.line, error.column) == ("STK101", 13, 10)
    assert isinstance(error.message, Message)
    assert isinstance(error.hint, Message)
    assert error.message.in_language("sv") == "det fattas ett ':' efter 'enhet'"
    assert error.hint.in_language("sv") == "skriv enhet: invånare"
    assert error.message.in_language("fi") == "avaimen 'enhet' perästä puuttuu ':'"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("32.000", 'write "32 000" for 32000, or 32 for the decimal number'),
        (
            "30.381",
            'write "30 381" for 30381, or "30,3810" for the decimal number (the 0 at the end '
            'is on purpose: "30,381" could also be read as 30381)',
        ),
    ],
)
def test_why_5_a_point_and_three_digits_is_ambiguous_in_a_swedish_file(
    written: str, hint: str
) -> None:
    error = only_error(SWEDISH.replace("värde: 1300", f"värde: {written}"))
    assert error.code == "STK201"
    assert error.message == (
        f"'{written}' is ambiguous: a thousands separator in Swedish and Finnish, "
        "a decimal point in English"
    )
    assert error.hint == hint


def test_why_5_in_an_english_file_the_point_is_a_decimal_point() -> None:
    text = "language: en\n" + SWEDISH.replace("värde: 1300", "värde: 32.000")
    assert [d for d in check_text("f.yaml", text).diagnostics if d.is_error] == []


def test_why_6_every_problem_in_one_run_and_one_diagnostic_per_mistake() -> None:
    text = (
        SWEDISH.replace("    titel: Stadsbild\n", "    titl: Stadsbild\n")
        .replace("värde: 1300", 'värde: "1300 st"')
        .replace("riktning: öka", "riktning: minska")
        + "  - id: andra\n    nytta: N\n    mål: [stadsbld]\n"
        "    förverkligats: {år: 2024, värde: 12000}\n"
    )
    found = [(d.code, d.line, str(d.message)) for d in check_text("f.yaml", text).diagnostics]
    assert found == [
        ("STK103", 7, "unknown key 'titl' (did you mean 'titel'?)"),
        ("STK201", 16, "'1300 st' is not a number"),
        ("STK305", 18, "indicator 'andra' does not say whether higher or lower values are better"),
        ("STK401", 18, "indicator 'andra' has no 'mätare', 'nuläge' or 'målsättning' yet"),
        ("STK302", 20, "goal 'stadsbld' is not defined under 'mål' (did you mean 'stadsbild'?)"),
        ("STK105", 21, "'förverkligats' takes each year as a key, not 'år' and its value"),
    ]


def test_why_7_messages_quote_what_the_user_wrote() -> None:
    text = SWEDISH.replace("riktning: öka", "riktning: Öka").replace("värde: 1300", "värde: 1000")
    [warning] = [d for d in check_text("f.yaml", text).diagnostics if d.code == "STK303"]
    assert warning.message == (
        "riktning is 'Öka' but the target (1000) is below the baseline (1208)"
    )
    assert warning.hint == (
        "write 'riktning: minska' if that is what the target means, or correct the target"
    )
    assert isinstance(warning.message, Message)
    assert warning.message.in_language("sv") == (
        "riktning är 'Öka' men målsättningen (1000) ligger under nuläget (1208)"
    )


def run_main(monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    """The real entry point (which picks the language of --help), as the shell runs it."""
    import contextlib
    import io

    from stratkit.cli.app import main
    from stratkit.i18n import use

    monkeypatch.setattr("sys.argv", ["stratkit", *argv])
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output), contextlib.suppress(SystemExit):
            main()
    finally:
        use("en")  # main() chose a language for the process; the next test starts afresh
    return output.getvalue()


def test_help_follows_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Seuraa kuntastrategioita" in run_main(monkeypatch, "--lang", "fi", "--help")
    assert "Följ upp kommunala strategier" in run_main(monkeypatch, "--lang", "sv", "--help")
    assert "Follow up municipal strategies" in run_main(monkeypatch, "--lang", "en", "--help")


def test_help_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert "Kontrollera strategifiler mot filformatet" in run_main(
        monkeypatch, "validate", "--help"
    )
    monkeypatch.setenv("LC_ALL", "fi_FI.UTF-8")
    assert "Tarkista strategiatiedostot" in run_main(monkeypatch, "validate", "--help")


def test_explain_follows_lang_and_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = StrictRunner()
    finnish = runner.invoke(app, ["explain", "STK103", "--lang", "fi"]).stdout
    assert finnish.startswith("STK103 (virhe): Tuntematon avain\n\nAvain ei kuulu")
    english = runner.invoke(app, ["explain", "STK103"]).stdout
    assert english.startswith("STK103 (error): Unknown key\n")
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    swedish = runner.invoke(app, ["explain", "STK103"]).stdout
    assert swedish.startswith("STK103 (fel): Okänd nyckel\n\nNyckeln ingår inte")


def test_every_code_is_explained_in_three_languages() -> None:
    from stratkit.i18n import in_language

    for code in CATALOGUE.values():
        for text in (code.title, code.explanation):
            assert in_language(text, "sv") != text, code.id
            assert in_language(text, "fi") != text, code.id


def test_machine_formats_keep_codes_and_positions_and_follow_the_language(
    tmp_path: Path,
) -> None:
    import json

    path = tmp_path / "kaskinen.yaml"
    path.write_text(FINNISH.replace("lähtötaso:", "lähtötasso:"), encoding="utf-8")
    runner = StrictRunner()
    finnish = json.loads(runner.invoke(app, ["validate", "-f", "json", str(path)]).stdout)
    english = json.loads(
        runner.invoke(app, ["validate", "-f", "json", "--lang", "en", str(path)]).stdout
    )
    where = [(d["code"], d["line"], d["column"], d["severity"]) for d in finnish["diagnostics"]]
    assert where == [
        (d["code"], d["line"], d["column"], d["severity"]) for d in english["diagnostics"]
    ]
    assert "tuntematon avain 'lähtötasso' (tarkoititko 'lähtötaso'?)" in [
        d["message"] for d in finnish["diagnostics"]
    ]
    github = runner.invoke(app, ["validate", "-f", "github", str(path)]).stdout
    assert "title=STK103::tuntematon avain 'lähtötasso'" in github
    assert "%0Avihje: muuta avaimen nimeksi 'lähtötaso'" in github
    junit = runner.invoke(app, ["validate", "-f", "junit", str(path)]).stdout
    assert "vihje: muuta avaimen nimeksi 'lähtötaso'" in junit


def test_why_8_the_zero_after_three_decimals_is_explained_in_swedish_and_finnish() -> None:
    error = only_error(SWEDISH.replace("värde: 1300", "värde: 67.615"))
    assert error.hint.in_language("sv") == (
        'skriv "67 615" för 67615, eller "67,6150" för decimaltalet (nollan på slutet är '
        'avsiktlig: "67,615" kan också läsas som 67615)'
    )
    assert error.hint.in_language("fi") == (
        'kirjoita "67 615", jos tarkoitat lukua 67615, tai "67,6150", jos tarkoitat '
        'desimaalilukua (lopun nolla on tarkoituksellinen: "67,615" voi tarkoittaa myös 67615)'
    )


def test_a_decimal_comma_and_a_unit_inside_braces_is_one_error_in_the_files_words() -> None:
    path = FIXTURES / "invalid" / "decimal_comma_and_unit_fi.yaml"
    [error] = [d for d in check_file(path).diagnostics if d.is_error]
    assert (error.code, error.line, error.column) == ("STK103", 16, 38)
    assert error.message.in_language("fi") == (
        "pilkku kohdassa 'arvo: 9,4 %' jakoi luvun kahtia: { }-merkkien sisällä pilkku päättää "
        "arvon, joten '4 %' luettiin avaimeksi"
    )
    assert error.hint.in_language("fi") == (
        "kirjoita arvo: \"9,4\" lainausmerkkeihin ja merkitse % mittarin kohtaan 'yksikkö:'"
    )
    assert error.hint.in_language("sv") == (
        "skriv arvo: \"9,4\" inom citattecken och skriv % under indikatorns 'yksikkö:'"
    )
    assert str(error.message) == (
        "the comma in 'arvo: 9,4 %' split the number in two: inside { } a comma ends the "
        "value, so '4 %' was read as a key"
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "expected a number, found nothing"),
        ("sv", "här ska det stå ett tal, men det står ingenting"),
        ("fi", "tässä pitäisi olla luku, mutta tässä on tyhjä arvo"),
    ],
)
def test_an_empty_value_is_said_in_each_language(language: str, said: str) -> None:
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    assert "actual: {2022: 12}" in text
    report = check_text("empty.yaml", text.replace("actual: {2022: 12}", "actual: {2022: }"))
    [diagnostic] = [d for d in report.diagnostics if d.is_error]
    assert diagnostic.message.in_language(language) == said  # type: ignore[attr-defined]
