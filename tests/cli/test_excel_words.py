"""`status` and `diff` with `--format csv --excel` speak the user's language (issue 11): the
headers, yes and no, statuses, directions and movements, as the table shows them. The plain
CSV keeps its English codes for programs; `export`'s Excel CSV still reads back in (a round
trip through a Finnish file)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.model.choices import Language
from tests.conftest import FIXTURES, StrictRunner

runner = StrictRunner()


def table(*args: str) -> list[dict[str, str]]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    text = result.stdout_bytes.decode("utf-8").lstrip("\ufeff")
    separator = ";" if "--excel" in args else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=separator))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "sv",
            {"Nuläge härlett": "ja", "Senaste preliminärt": "nej", "Status": "I fas"}
            | {"Metod": "linjär"},
        ),
        (
            "fi",
            {"Lähtötaso päätelty": "kyllä", "Viimeisin alustava": "ei", "Tila": "Aikataulussa"}
            | {"Menetelmä": "lineaarinen"},
        ),
        (
            "en",
            {"baseline_inferred": "true", "latest_preliminary": "false", "status": "on_track"}
            | {"method": "linear"},
        ),
    ],
)
def test_status_for_excel_in_the_users_language(
    in_root: Path, language: str, said: dict[str, str]
) -> None:
    [row] = [
        r
        for r in table("status", "kasko", "--format", "csv", "--excel", "--lang", language)
        if "invanare" in r.values()
    ]
    for header, value in said.items():
        assert row[header] == value, header


def test_the_plain_csv_keeps_its_english_codes(in_root: Path) -> None:
    rows = table("status", "kasko", "--format", "csv", "--lang", "fi")
    assert "baseline_value" in rows[0]
    assert {r["latest_preliminary"] for r in rows} <= {"true", "false"}


def test_diff_for_excel_in_finnish(in_root: Path) -> None:
    rows = table("diff", "2023", "2024", "karlskoga", "--format", "csv", "--excel", "--lang", "fi")
    [row] = [r for r in rows if r["Mittarin tunniste"] == "invanare"]
    assert row["Kehitys"] == "heikentynyt"
    assert row["Päivitetty"] == "kyllä"
    assert row["Alkaen: Vuosi"] == "2022"


def test_a_finnish_export_for_excel_reads_back_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "strategies").mkdir()
    shutil.copyfile(
        FIXTURES / "languages" / "kaskinen_suomi.yaml", tmp_path / "strategies" / "kaskinen.yaml"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    result = runner.invoke(app, ["export", "--format", "csv", "--excel"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout_bytes.decode("utf-8").lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    year = next(i for i, h in enumerate(rows[0]) if h.endswith("2025"))
    row = next(r for r in rows if r[1] == "asukkaat")
    row[year] = "1 250,5"  # as a Finnish Excel writes it
    back = tmp_path / "back.csv"
    with back.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    result = runner.invoke(app, ["import", str(back)])
    assert result.exit_code == 0, result.stderr
    assert "1\u00a0250,5" in result.stdout


def test_sheets_exported_with_the_earlier_headings_still_read_back() -> None:
    """Issue 11 renamed Initiativ (sv) to Satsning, Toimenpide and Päivä (fi) to Hanke and
    Ajankohta; a sheet exported before keeps its headings and must come back all the same."""
    from stratkit.reporters.exchange.headers import initiative_headers, vocabulary

    headings = vocabulary().headings
    assert headings["initiativ"] == headings["toimenpide"] == "initiative"
    assert headings["päivä"] == "date"
    assert initiative_headers(Language.SV)[2] == "Satsning"
    assert initiative_headers(Language.FI)[2:5] == ["Hanke", "Tavoite", "Ajankohta"]
