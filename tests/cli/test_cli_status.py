"""`stratkit status` through Typer's runner: every format, names, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import FIXTURES, StrictRunner, golden

runner = StrictRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["status", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["kasko", "karlskoga", "kristinehamn"])
def test_table_for_one_strategy_is_exact_at_width_100(in_root: Path, name: str) -> None:
    code, stdout, stderr = invoke(name)
    assert (code, stderr) == (0, "")
    golden(f"status_{name}.txt", stdout)


def test_overview_of_every_strategy(in_root: Path) -> None:
    code, stdout, _ = invoke()
    assert code == 0
    golden("status_overview.txt", stdout)


@pytest.mark.parametrize("lang", ["sv", "fi", "en"])
def test_no_count_in_the_overview_reads_as_a_negative_number(in_root: Path, lang: str) -> None:
    """Before: "▲1 –6" for six indicators that cannot be judged, read as "minus six"."""
    import re

    _, stdout, _ = invoke("--lang", lang)
    assert not re.search(r"(^|\s)[–−-]\d", stdout, re.MULTILINE)  # 2024–2030 is a period
    assert "▲1 ?6" in stdout


def test_table_headers_are_the_words_of_the_municipalities_tables(in_root: Path) -> None:
    _, stdout, _ = invoke("karlskoga")
    header = next(line for line in stdout.splitlines() if line.startswith("Mätare"))
    assert header.split()[:4] == ["Mätare", "Nuläge", "Målsättning", "Förverkligats"]
    assert "30\u00a0180 (2024)" in stdout
    assert "▼\u00a0Försämring" in stdout


def test_kristinehamn_shows_38_of_46(in_root: Path) -> None:
    _, stdout, _ = invoke("kristinehamn")
    assert "Satsningar: 38 av 46 klara (83\u00a0%)" in stdout


def test_english_and_finnish_labels(in_root: Path) -> None:
    _, english, _ = invoke("karlskoga", "--lang", "en")
    assert "Metric" in english
    assert "▼\u00a0Deteriorating" in english
    _, finnish, _ = invoke("karlskoga", "--lang", "fi")
    assert "Mittari" in finnish
    assert "Lähtötaso" in finnish


def test_json_is_the_documented_shape(in_root: Path) -> None:
    code, stdout, _ = invoke("karlskoga", "--format", "json")
    assert code == 0
    document = json.loads(stdout)
    assert (document["as_of"], document["method"]) == (None, "linear")
    [strategy] = document["strategies"]
    assert strategy["name"] == "karlskoga"
    [indicator] = strategy["indicators"]
    assert {k: indicator[k] for k in ("id", "unit", "direction", "status", "reason")} == {
        "id": "invanare",
        "unit": "invånare",
        "direction": "increase",
        "status": "deteriorating",
        "reason": None,
    }
    assert indicator["baseline"] == {"year": 2019, "value": 30381}
    assert indicator["target"] == {"year": 2025, "value": 32000}
    assert indicator["latest"] == {"year": 2024, "value": 30180}
    assert indicator["progress"] == pytest.approx(-0.1241, abs=1e-4)
    assert indicator["expected"] == pytest.approx(0.8333, abs=1e-4)
    assert indicator["pace"] == pytest.approx(-0.149, abs=1e-3)
    assert isinstance(indicator["progress"], float)
    assert strategy["goals"][0] == {
        "id": "minst-32000-invanare",
        "title": "Ett stolt Karlskoga med minst 32 000 invånare år 2025",
        "statuses": {"deteriorating": 1},
        "initiatives": {"done": 0, "total": 8},
    }
    assert strategy["initiatives"] == {
        "done": 1,
        "ongoing": 0,
        "planned": 0,
        "cancelled": 0,
        "unknown": 17,
        "total": 18,
    }


def test_json_without_names_covers_every_strategy_and_kristinehamn_tally(in_root: Path) -> None:
    _, stdout, _ = invoke("--format", "json")
    strategies = {s["name"]: s for s in json.loads(stdout)["strategies"]}
    assert sorted(strategies) == ["karlskoga", "karlskoga-hallbarhet", "kasko", "kristinehamn"]
    assert strategies["kristinehamn"]["initiatives"] == {
        "done": 38,
        "ongoing": 6,
        "planned": 2,
        "cancelled": 0,
        "unknown": 0,
        "total": 46,
    }
    kasko = strategies["kasko"]["indicators"][0]
    # The baseline is the last value before the period 2024-2030 (2023), never 2019.
    assert (kasko["status"], kasko["baseline_inferred"], kasko["target"]) == (
        "on_track",
        True,
        None,
    )
    assert kasko["baseline"] == {"year": 2023, "value": 1208}
    assert kasko["cagr_observed"] == pytest.approx((1248 / 1208) ** (1 / 2) - 1)
    kristinehamn = strategies["kristinehamn"]
    assert (kristinehamn["judged_at"], kristinehamn["period_ended"]) == (2012, True)
    [population] = kristinehamn["indicators"]
    assert population["latest"] == {"year": 2012, "value": 23729}
    assert population["after_period"] == {"year": 2024, "value": 23756}


def test_as_of_and_method(in_root: Path) -> None:
    _, stdout, _ = invoke("karlskoga", "--format", "json", "--as-of", "2021", "--method", "cagr")
    document = json.loads(stdout)
    assert (document["as_of"], document["method"]) == (2021, "cagr")
    indicator = document["strategies"][0]["indicators"][0]
    assert indicator["latest"] == {"year": 2021, "value": 30437}
    assert indicator["method"] == "cagr"
    assert indicator["cagr_observed"] == pytest.approx((30437 / 30381) ** 0.5 - 1)
    assert indicator["cagr_required"] == pytest.approx((32000 / 30381) ** (1 / 6) - 1)
    assert indicator["status"] == "limited_progress"
    _, table, _ = invoke("karlskoga", "--as-of", "2021", "--method", "cagr")
    assert table.splitlines()[0] == "Läge år 2021 · Metod: cagr"


def test_csv_has_one_row_per_indicator_with_raw_numbers(in_root: Path) -> None:
    code, stdout, _ = invoke("--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert len(rows) == 1 + 1 + 7  # karlskoga, kristinehamn, kasko (7 rows); hallbarhet has none
    karlskoga = next(r for r in rows if r["strategy"] == "karlskoga")
    assert (karlskoga["baseline_value"], karlskoga["latest_year"], karlskoga["status"]) == (
        "30381",
        "2024",
        "deteriorating",
    )
    empty = next(r for r in rows if r["indicator"] == "erfarenheter")
    assert (empty["baseline_year"], empty["status"], empty["reason"]) == (
        "",
        "not_available",
        "no_actual",
    )


def test_markdown(in_root: Path) -> None:
    code, stdout, _ = invoke("karlskoga", "--format", "markdown")
    assert code == 0
    golden("status_karlskoga.md", stdout)


def test_unknown_name_exit_2_with_suggestion(in_root: Path) -> None:
    code, stdout, stderr = invoke("kasco")
    assert code == 2
    assert stdout == ""
    assert "no strategy named 'kasco' in strategies (did you mean 'kasko'?)" in stderr
    assert "strategies here: karlskoga, karlskoga-hallbarhet, kasko, kristinehamn" in stderr


def test_a_name_written_with_swedish_letters_finds_its_file(in_root: Path) -> None:
    code, stdout, _ = invoke("Kaskö", "--format", "json")
    assert code == 0
    assert json.loads(stdout)["strategies"][0]["name"] == "kasko"


def test_missing_folder_exit_2(tmp_path: Path) -> None:
    code, _, stderr = invoke("--dir", str(tmp_path / "nowhere"))
    assert code == 2
    assert "folder not found" in stderr


def test_invalid_file_shows_its_diagnostics_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "trasig.yaml").write_bytes((FIXTURES / "invalid" / "unknown_key.yaml").read_bytes())
    code, stdout, stderr = invoke("--dir", str(tmp_path), "trasig")
    assert code == 1
    assert stdout == ""
    assert "error STK103 unknown key 'målsättnig'" in stderr
    assert "Traceback" not in stderr


def test_overview_shows_the_valid_files_and_exits_1_for_a_broken_one(tmp_path: Path) -> None:
    (tmp_path / "trasig.yaml").write_bytes((FIXTURES / "invalid" / "unknown_key.yaml").read_bytes())
    (tmp_path / "hel.yaml").write_bytes((FIXTURES / "valid" / "minimal.yaml").read_bytes())
    code, stdout, stderr = invoke("--dir", str(tmp_path), "--format", "json")
    assert code == 1
    assert [s["name"] for s in json.loads(stdout)["strategies"]] == ["hel"]
    assert "error STK103" in stderr


def test_a_path_to_a_file_is_accepted_as_a_name(in_root: Path) -> None:
    code, stdout, _ = invoke("strategies/kasko.yaml", "--format", "json")
    assert code == 0
    assert json.loads(stdout)["strategies"][0]["name"] == "kasko"


def test_bad_options_exit_2(in_root: Path) -> None:
    assert invoke("--method", "magic")[0] == 2
    assert invoke("--as-of", "99")[0] == 2
    assert invoke("--format", "pdf")[0] == 2


def test_json_method_is_none_when_indicators_use_their_own(tmp_path: Path) -> None:
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    extra = (
        "  - id: cagr\n    title: Med egen metod\n    method: cagr\n    direction: increase\n"
        "    baseline: {year: 2020, value: 10}\n    target: {year: 2030, value: 20}\n"
        "    actual: {2022: 12}\n"
    )
    (tmp_path / "blandad.yaml").write_text(text + extra, encoding="utf-8")
    _, stdout, _ = invoke("--dir", str(tmp_path), "blandad", "--format", "json")
    document = json.loads(stdout)
    assert document["method"] is None
    assert [i["method"] for i in document["strategies"][0]["indicators"]] == ["linear", "cagr"]
    _, forced, _ = invoke("--dir", str(tmp_path), "blandad", "-f", "json", "--method", "linear")
    assert json.loads(forced)["method"] == "linear"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "note: --as-of 2035 is after this year (2026): the newest values are judged as"),
        ("sv", "obs: --as-of 2035 ligger efter i år (2026): de senaste värdena bedöms som om"),
        ("fi", "huom: --as-of 2035 on tämän vuoden (2026) jälkeen: uusimmat arvot arvioidaan"),
    ],
)
def test_an_as_of_year_still_to_come_is_said_so(
    in_root: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: 2026)
    result = runner.invoke(app, ["--lang", lang, "status", "kasko", "--as-of", "2035"])
    assert result.exit_code == 0
    assert said in result.stderr
    assert "2035" not in runner.invoke(app, ["status", "kasko", "--as-of", "2026"]).stderr
