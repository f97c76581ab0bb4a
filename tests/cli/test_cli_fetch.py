"""`stratkit fetch` against a real HTTP server on loopback (issue 13, items 2, 5 and 6).

The server replays recorded answers and synthetic ones built from real figures (see
tests/source_server.py). Every failure must leave the strategy files byte-identical.
"""

from __future__ import annotations

import csv
import json
import shutil
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from stratkit.cli.app import app
from tests.conftest import ROOT, StrictRunner
from tests.source_server import (
    FIXTURES,
    SYNTHETIC,
    Kolada,
    kolada_rows,
    recorded,
    scb_tab638,
    serve_kolada,
    statfin_metadata,
)

runner = StrictRunner()
STATFIN_TABLE = "/StatFin/vaerak/statfin_vaerak_pxt_11re.px"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer) -> Path:
    (tmp_path / "strategies").mkdir()
    for name in ("karlskoga.yaml", "kasko.yaml", "kristinehamn.yaml"):
        shutil.copyfile(ROOT / "strategies" / name, tmp_path / "strategies" / name)
    (tmp_path / ".git").mkdir()  # the settings search stops here
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STRATKIT_KOLADA_URL", httpserver.url_for("/v3"))
    monkeypatch.setenv("STRATKIT_SCB_URL", httpserver.url_for("/api/v2"))
    monkeypatch.setenv("STRATKIT_STATFIN_URL", httpserver.url_for("/StatFin"))
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["fetch", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def karlskoga_before_2010() -> list[tuple[int, int, int]]:
    """(year, women, men) of Karlskoga in the real Kolada dump, before the file's first year."""
    found: dict[int, dict[str, int]] = {}
    with (FIXTURES / "kolada_n01951_karlskoga_kristinehamn.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["geo"] == "1883" and int(row["year"]) < 2010:
                found.setdefault(int(row["year"]), {})[row["gender"]] = int(float(row["n01951"]))
    return [(year, g["k"], g["m"]) for year, g in sorted(found.items())]


def test_fetch_shows_the_new_years_with_their_source_and_writes_nothing(
    repo: Path, httpserver: HTTPServer
) -> None:
    serve_kolada(httpserver, Kolada(kolada_rows()))
    path = repo / "strategies" / "karlskoga.yaml"
    before = path.read_bytes()
    code, stdout, stderr = invoke("karlskoga")
    assert code == 0, stderr
    assert "# invanare: Källa: Kolada, N01951, fetched " in stdout
    assert "  invanare 1994: new, 33324" in stdout
    assert "+      1994: {value: 33324, women: 16792, men: 16532}" in stdout
    assert "invanare 2024: the source no longer has this year (the file keeps 30180)" in stdout
    assert "revised" not in stdout  # 2010-2022 agree with Kolada
    assert "run with --write" in stderr
    assert path.read_bytes() == before


def test_write_adds_the_new_years_and_nothing_else(repo: Path, httpserver: HTTPServer) -> None:
    serve_kolada(httpserver, Kolada(kolada_rows()))
    path = repo / "strategies" / "karlskoga.yaml"
    before = path.read_bytes()
    code, _, stderr = invoke("karlskoga", "--write")
    assert code == 0, stderr
    added = "".join(
        f"      {year}: {{value: {women + men}, women: {women}, men: {men}}}\n"
        for year, women, men in karlskoga_before_2010()
    )
    anchor = b"    actual:\n"
    assert path.read_bytes() == before.replace(anchor, anchor + added.encode(), 1)
    result = runner.invoke(app, ["validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.stdout
    # Fetching again finds nothing new.
    code, stdout, _ = invoke("karlskoga", "--check")
    assert code == 0
    assert "is up to date with its sources" in stdout


def test_check_exits_1_when_a_file_is_behind(repo: Path, httpserver: HTTPServer) -> None:
    serve_kolada(httpserver, Kolada(kolada_rows()))
    before = (repo / "strategies" / "karlskoga.yaml").read_bytes()
    code, _, _ = invoke("karlskoga", "--check", "--write")
    assert code == 1
    assert (repo / "strategies" / "karlskoga.yaml").read_bytes() == before


def test_a_revision_is_shown_and_written_only_when_accepted(
    repo: Path, httpserver: HTTPServer
) -> None:
    serve_kolada(httpserver, Kolada(kolada_rows()))
    path = repo / "strategies" / "karlskoga.yaml"
    path.write_bytes(path.read_bytes().replace(b"2021: 30437", b"2021: 30436"))
    code, stdout, _ = invoke("karlskoga", "--write")
    assert code == 0
    assert "invanare 2021: revised by the source, 30436 → 30437 (not written" in stdout
    assert b"2021: 30436" in path.read_bytes()
    code, _, _ = invoke("karlskoga", "--write", "--accept-revisions")
    assert code == 0
    assert b"      2021: {value: 30437, women: " in path.read_bytes()


def test_pages_are_followed_by_next_url(repo: Path, httpserver: HTTPServer) -> None:
    kolada = Kolada(kolada_rows(), page_size=5)
    serve_kolada(httpserver, kolada)
    code, stdout, _ = invoke("karlskoga")
    assert code == 0
    assert len(kolada.paths) == 6  # 29 years of 1883 in pages of 5
    assert "invanare 2009: new" in stdout


def test_more_than_25_kpis_are_asked_for_25_at_a_time(repo: Path, httpserver: HTTPServer) -> None:
    kolada = Kolada(kolada_rows())
    serve_kolada(httpserver, kolada)
    indicators = "".join(
        f"  - id: kpi{n}\n    title: KPI {n}\n    fetch: {{kolada: N{n:05d}}}\n" for n in range(30)
    )
    (repo / "strategies" / "manga.yaml").write_text(
        'municipality: {name: Karlskoga, country: SE, code: "1883"}\n'
        "strategy: {title: Många KPI}\nindicators:\n" + indicators,
        encoding="utf-8",
    )
    code, _, stderr = invoke("manga")
    assert code == 0, stderr
    kpis = [path.split("/")[4].split(",") for path in kolada.paths]
    assert sorted(len(group) for group in kpis) == [5, 25]


def test_429_then_success_is_retried(repo: Path, httpserver: HTTPServer) -> None:
    import re

    httpserver.expect_oneshot_request(re.compile("^/v3/")).respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    serve_kolada(httpserver, Kolada(kolada_rows()))
    started = time.monotonic()
    code, stdout, _ = invoke("karlskoga")
    assert code == 0
    assert time.monotonic() - started >= 1  # Retry-After was honoured
    assert "invanare 1994: new" in stdout


@pytest.mark.parametrize(
    ("respond", "message"),
    [
        (lambda h: h.respond_with_data("error", status=500), "answered HTTP 500"),
        (lambda h: h.respond_with_data("<html>not json", status=200), "not JSON"),
        (lambda h: h.respond_with_json({"values": "?"}), "without a list of values"),
        (
            lambda h: h.respond_with_json(
                {
                    "values": [
                        {
                            "kpi": "N01951",
                            "municipality": "1883",
                            "period": 2020,
                            "values": [{"gender": "T", "value": "many"}],
                        }
                    ]
                }
            ),
            "not a number",
        ),
    ],
)
def test_an_unusable_answer_exits_2_and_changes_nothing(
    repo: Path, httpserver: HTTPServer, respond: object, message: str
) -> None:
    import re

    respond(httpserver.expect_request(re.compile("^/v3/")))  # type: ignore[operator]
    before = (repo / "strategies" / "karlskoga.yaml").read_bytes()
    code, stdout, stderr = invoke("karlskoga", "--write")
    assert code == 2
    assert message in stderr
    assert stdout == ""
    assert (repo / "strategies" / "karlskoga.yaml").read_bytes() == before


def test_a_timeout_exits_2(
    repo: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    def slow(request: Request) -> Response:
        time.sleep(0.6)
        return Response("{}", content_type="application/json")

    httpserver.expect_request(re.compile("^/v3/")).respond_with_handler(slow)
    monkeypatch.setenv("STRATKIT_HTTP_TIMEOUT", "0.2")
    before = (repo / "strategies" / "karlskoga.yaml").read_bytes()
    code, _, stderr = invoke("karlskoga", "--write")
    assert code == 2
    assert "did not answer in time" in stderr
    assert (repo / "strategies" / "karlskoga.yaml").read_bytes() == before


def test_an_unreachable_source_exits_2(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATKIT_KOLADA_URL", "http://127.0.0.1:9/v3")
    code, _, stderr = invoke("karlskoga")
    assert code == 2
    assert "cannot reach Kolada" in stderr


def test_no_declared_source_says_how_to_declare_one(repo: Path) -> None:
    code, _, stderr = invoke("kristinehamn")
    assert code == 2
    assert "no indicator declares where to fetch its figures" in stderr
    # Swedish texts under English keys: the key as the file spells its keys
    assert "fetch: {kolada: N01951}" in stderr
    svenska = (ROOT / "tests" / "fixtures" / "languages" / "karlskoga_svenska.yaml").read_text(
        encoding="utf-8"
    )
    without = svenska.replace("    hämta: {kolada: N01951}\n", "")
    assert without != svenska
    (repo / "strategies" / "svenska.yaml").write_text(without, encoding="utf-8")
    code, _, stderr = invoke("svenska")
    assert code == 2
    assert "hämta: {kolada: N01951}" in stderr  # the key as a Swedish file spells it


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "hint: check the id in 'hämta:'; docs/sources.md says how to find it"),
        ("sv", "tips: kontrollera id:t i 'hämta:'; i docs/sources.md står hur du hittar det"),
        ("fi", "vihje: tarkista tunnus kohdassa 'hämta:'; tiedostossa docs/sources.md"),
    ],
)
def test_an_unknown_kpi_is_pointed_at_in_the_files_own_key(
    repo: Path, httpserver: HTTPServer, lang: str, said: str
) -> None:
    import re

    (repo / "strategies" / "svenska.yaml").write_bytes(
        (ROOT / "tests" / "fixtures" / "languages" / "karlskoga_svenska.yaml").read_bytes()
    )
    httpserver.expect_request(re.compile("^/v3/")).respond_with_data("not found", status=404)
    result = runner.invoke(app, ["--lang", lang, "fetch", "svenska"], catch_exceptions=False)
    assert result.exit_code == 2
    assert said in result.stderr


def test_a_finnish_file_is_told_about_statistics_finland_in_its_own_keys(repo: Path) -> None:
    (repo / "strategies" / "kaskinen.yaml").write_bytes(
        (ROOT / "tests" / "fixtures" / "languages" / "kaskinen_suomi.yaml").read_bytes()
    )
    code, _, stderr = invoke("kaskinen")
    assert code == 2
    assert "hae: {statfin: vaerak/statfin_vaerak_pxt_11re.px, valinta: {Tiedot:" in stderr
    assert "kolada" not in stderr


# --- Statistics Finland ------------------------------------------------------------------

HELSINKI = """municipality: {name: Helsinki, country: FI, code: "091"}
strategy: {title: Kaupunkistrategia}
indicators:
  - id: vakiluku
    title: Väkiluku
    direction: increase
    actual:
      2024: 684018   # Tilastokeskus 11re, recorded answer of 2025
    hae: {statfin: vaerak/statfin_vaerak_pxt_11re.px, valitse: {Tiedot: %s}}
"""


def serve_statfin(httpserver: HTTPServer, answer: str) -> None:
    real = recorded(answer)
    httpserver.expect_request(STATFIN_TABLE, method="GET").respond_with_json(statfin_metadata(real))
    httpserver.expect_request(STATFIN_TABLE, method="POST").respond_with_json(real)


def test_statfin_after_the_code_change_adds_the_new_year(
    repo: Path, httpserver: HTTPServer
) -> None:
    serve_statfin(httpserver, "statfin_11re_2026_post_migration.json")
    path = repo / "strategies" / "helsinki.yaml"
    path.write_text(HELSINKI % "vaerak-vaesto", encoding="utf-8")
    code, stdout, stderr = invoke("helsinki", "--write")
    assert code == 0, stderr
    assert "Källa: Statistikcentralen, vaerak/statfin_vaerak_pxt_11re.px" in stdout
    text = path.read_text(encoding="utf-8")
    assert (
        "      2024: 684018   # Tilastokeskus 11re, recorded answer of 2025\n      2025: 694392\n"
        in text
    )
    query = json.loads(httpserver.log[-1][0].data)
    assert {q["code"]: q["selection"]["values"] for q in query["query"]} == {
        "alue_23_20260101": ["KU091"],
        "timeperiod_y": ["2025"],
        "contentscode": ["vaerak-vaesto"],
    }


def test_a_renamed_statfin_code_lists_the_current_codes(repo: Path, httpserver: HTTPServer) -> None:
    serve_statfin(httpserver, "statfin_11re_2026_post_migration.json")
    path = repo / "strategies" / "helsinki.yaml"
    path.write_text(HELSINKI % "vaesto", encoding="utf-8")
    before = path.read_bytes()
    code, _, stderr = invoke("helsinki", "--write")
    assert code == 2
    assert "'vaesto' is not a code of contentscode (Tiedot)" in stderr
    assert "its codes are now: vaerak-vaesto (Väestö 31.12.)" in stderr
    assert path.read_bytes() == before


def test_a_statfin_variable_that_is_gone_lists_the_variables(
    repo: Path, httpserver: HTTPServer
) -> None:
    serve_statfin(httpserver, "statfin_11re_2026_post_migration.json")
    path = repo / "strategies" / "helsinki.yaml"
    path.write_text(HELSINKI.replace("Tiedot", "Mittari") % "vaesto", encoding="utf-8")
    code, _, stderr = invoke("helsinki")
    assert code == 2
    assert "has no variable 'Mittari'" in stderr
    assert "contentscode (Tiedot)" in stderr


# --- SCB ---------------------------------------------------------------------------------

KARLSKOGA_SCB = """municipality: {name: Karlskoga, country: SE, code: "1883"}
strategy: {title: Befolkning}
indicators:
  - id: folkmangd
    nytta: Folkmängd
    direction: increase
    förverkligats: {2009: 29742}
    hämta: {scb: TAB638, välj: {ContentsCode: BE0101N1}}
"""


def test_scb_respects_the_cell_limit_by_splitting(repo: Path, httpserver: HTTPServer) -> None:
    years = [2005, 2006, 2007, 2008, 2009]
    metadata, _ = scb_tab638(years)
    config = {**recorded("scb_config.json"), "maxDataCells": 2, "synthetic": SYNTHETIC}
    asked: list[list[str]] = []

    def data(request: Request) -> Response:
        body = json.loads(request.data)
        wanted = next(s["valueCodes"] for s in body["selection"] if s["variableCode"] == "Tid")
        asked.append(wanted)
        _, answer = scb_tab638([int(y) for y in wanted])
        return Response(json.dumps(answer), content_type="application/json")

    httpserver.expect_request("/api/v2/config").respond_with_json(config)
    httpserver.expect_request("/api/v2/tables/TAB638/metadata").respond_with_json(metadata)
    httpserver.expect_request("/api/v2/tables/TAB638/data", method="POST").respond_with_handler(
        data
    )
    path = repo / "strategies" / "karlskoga-scb.yaml"
    path.write_text(KARLSKOGA_SCB, encoding="utf-8")
    code, stdout, stderr = invoke("karlskoga-scb", "--write")
    assert code == 0, stderr
    assert asked == [["2005", "2006"], ["2007", "2008"], ["2009"]]
    assert "Källa: SCB, TAB638" in stdout
    _, answer = scb_tab638(years)
    added = ", ".join(f"{y}: {v}" for y, v in zip(years[:-1], answer["value"], strict=False))
    assert f"förverkligats: {{{added}, 2009: 29742}}" in path.read_text(encoding="utf-8")


def test_a_monthly_scb_table_is_refused_with_a_reason(repo: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v2/config").respond_with_json(recorded("scb_config.json"))
    httpserver.expect_request("/api/v2/tables/TAB638/metadata").respond_with_json(
        recorded("scb_TAB6471_metadata.json")
    )
    (repo / "strategies" / "karlskoga-scb.yaml").write_text(KARLSKOGA_SCB, encoding="utf-8")
    code, _, stderr = invoke("karlskoga-scb")
    assert code == 2
    assert "has no yearly figures" in stderr


def test_a_value_pyyaml_would_read_as_a_bad_date_does_not_stop_the_hint(repo: Path) -> None:
    # `2024-02-30` is text to stratkit (the file validates) and a date that cannot be to
    # PyYAML's own loader: the hint's vocabulary is read with stratkit's reader.
    path = repo / "strategies" / "kristinehamn.yaml"
    text = path.read_text(encoding="utf-8")
    motto = "  motto: Återta en positivare utvecklingstrend för Kristinehamns kommun\n"
    assert motto in text
    path.write_text(text.replace(motto, "  motto: 2024-02-30\n"), encoding="utf-8")
    code, _, stderr = invoke("kristinehamn")
    assert code == 2
    assert "fetch: {kolada: N01951}" in stderr
