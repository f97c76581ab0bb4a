"""`stratkit record NAME INDICATOR YEAR VALUE` in a real git repository (issue 13, item 3)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import ROOT, StrictRunner, git_identity

runner = StrictRunner()


def git(where: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=where, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git_identity(monkeypatch)
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "strategies").mkdir()
    for name in ("kasko.yaml", "karlskoga.yaml"):
        (tmp_path / "strategies" / name).write_bytes((ROOT / "strategies" / name).read_bytes())
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "v1")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_record_adds_one_preliminary_value_in_the_files_words(repo: Path) -> None:
    path = repo / "strategies" / "kasko.yaml"
    before = path.read_bytes()
    code, stdout, stderr = invoke("record", "kasko", "invanare", "2026", "1250", "--preliminary")
    assert code == 0, stderr
    added = "      2026: {värde: 1250, preliminär: ja}\n"
    anchor = "      2025: 1248            # Statistikcentralens nyckeltal 2025\n"
    assert path.read_bytes() == before.replace(anchor.encode(), (anchor + added).encode())
    assert "+" + added.rstrip("\n") in stdout
    assert "wrote strategies/kasko.yaml" in stderr
    code, stdout, _ = invoke("diff", "--rev", "HEAD", "kasko")
    assert code == 0
    assert "[invanare] nytt värde för 2026: 1\xa0250 prel." in stdout


def test_final_value_after_a_preliminary_one_is_shown_as_such(repo: Path) -> None:
    invoke("record", "kasko", "invanare", "2026", "1250", "--preliminary")
    git(repo, "commit", "-qam", "prel")
    code, _, stderr = invoke("record", "kasko", "invanare", "2026", "1 252")
    assert code == 0, stderr
    _, stdout, _ = invoke("diff", "--rev", "HEAD", "kasko")
    assert "värdet för 2026 preliminärt → slutligt: 1\xa0250 prel. → 1\xa0252" in stdout


ANCHOR = "      2025: 1248            # Statistikcentralens nyckeltal 2025\n"


@pytest.mark.parametrize(
    ("written", "args", "expected"),
    [
        # Only the value's bytes change: women, men and the note stay as written.
        (
            '{värde: "1 248", kvinnor: 630, män: 618, anmärkning: "Från RUS"}',
            [],
            '{värde: "1 250", kvinnor: 630, män: 618, anmärkning: "Från RUS"}',
        ),
        # Entered without --preliminary, the figure is final: the mark goes, the rest stays.
        (
            "{värde: 1248, preliminär: ja, kvinnor: 630, män: 618}",
            [],
            "{värde: 1250, kvinnor: 630, män: 618}",
        ),
        ("{värde: 1248, preliminär: ja, kvinnor: 630}", ["--preliminary"], None),
        # A new note: the year is written anew, with its women and men.
        (
            "{värde: 1248, kvinnor: 630, män: 618}",
            ["--note", "Rättad"],
            '{värde: 1250, kvinnor: 630, män: 618, anmärkning: "Rättad"}',
        ),
    ],
)
def test_a_year_with_details_keeps_them(
    repo: Path, written: str, args: list[str], expected: str | None
) -> None:
    path = repo / "strategies" / "kasko.yaml"
    text = path.read_text(encoding="utf-8")
    assert ANCHOR in text
    path.write_text(text.replace(ANCHOR, f"      2025: {written}\n"), encoding="utf-8")
    code, stdout, stderr = invoke("record", *args, "kasko", "invanare", "2025", "1250")
    assert code == 0, stderr
    after = path.read_text(encoding="utf-8")
    wanted = expected or written.replace("1248", "1250")
    assert f"      2025: {wanted}\n" in after
    assert f"+      2025: {wanted}\n" in stdout  # the diff shown is the one written


def test_dry_run_writes_nothing(repo: Path) -> None:
    path = repo / "strategies" / "karlskoga.yaml"
    before = path.read_bytes()
    code, stdout, stderr = invoke(
        "record", "karlskoga", "invanare", "2025", "30 100", "--note", "SCB prel.", "--dry-run"
    )
    assert code == 0
    assert '+      2025: {value: 30100, note: "SCB prel."}' in stdout
    assert "dry run" in stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["kasko", "invanare", "2026", "12,000"], "is ambiguous"),
        (["kasko", "invanare", "20266", "12"], "outside 1900-2100"),
        (["kasko", "nope", "2026", "12"], "no indicator with id 'nope'"),
        (
            ["karlskoga", "invanar", "2024", "30200"],
            "error: no indicator with id 'invanar' (did you mean 'invanare'?)\n"
            "hint: the indicators' ids in the file: invanare\n",
        ),
        (["kaskoo", "invanare", "2026", "12"], "no strategy named 'kaskoo'"),
        (["kasko", "invanare", "2026", "12 kr"], "is not a number"),
    ],
)
def test_what_cannot_be_recorded_exits_2_and_changes_nothing(
    repo: Path, args: list[str], message: str
) -> None:
    path = repo / "strategies" / ("karlskoga.yaml" if args[0] == "karlskoga" else "kasko.yaml")
    before = path.read_bytes()
    code, stdout, stderr = invoke("record", *args)
    assert code == 2
    assert message in stderr
    assert stdout == ""
    assert path.read_bytes() == before


def test_a_file_with_errors_is_refused(repo: Path) -> None:
    path = repo / "strategies" / "kasko.yaml"
    path.write_bytes(path.read_bytes().replace(b"country: FI", b"country: Finland"))
    before = path.read_bytes()
    code, _, stderr = invoke("record", "kasko", "invanare", "2026", "1")
    assert code == 2
    assert "edits only files without errors" in stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["karlskoga", "invanare", "2025", "-3", "--dry-run"], "-3"),
        (["--dry-run", "karlskoga", "invanare", "2025", "−3,5"], "-3.5"),  # a true minus
        (["karlskoga", "invanare", "2025", "-1 250", "--dry-run"], "-1250"),
        (["--dry-run", "karlskoga", "invanare", "2025", "--", "−3"], "-3"),  # as before
    ],
)
def test_a_negative_value_is_typed_as_it_is(repo: Path, args: list[str], written: str) -> None:
    code, stdout, stderr = invoke("record", *args)
    assert code == 0, stderr
    assert f"+      2025: {written}\n" in stdout


def test_a_misspelt_option_is_still_named(repo: Path) -> None:
    result = runner.invoke(app, ["record", "karlskoga", "invanare", "2025", "3", "--dry-rn"])
    assert result.exit_code == 2
    assert "--dry-rn" in result.stderr


def test_many_ids_are_counted_and_where_to_find_them_is_said(repo: Path) -> None:
    path = repo / "strategies" / "karlskoga.yaml"
    extra = "".join(
        f"  - id: extra-{n}\n    title: Extra {n}\n    goals: [minst-32000-invanare]\n"
        "    metric: Antal\n    direction: increase\n"
        for n in range(10)
    )
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ninitiatives:", "\n" + extra + "initiatives:", 1), "utf-8")
    code, _, stderr = invoke("record", "karlskoga", "extra-11", "2024", "1")
    assert code == 2, stderr
    assert stderr.splitlines() == [
        "error: no indicator with id 'extra-11' (did you mean 'extra-1'?)",
        "hint: the file has 11 indicators; each one's id is on its '- id:' line under "
        "'indicators:'",
    ]


def test_a_value_over_a_reported_one_is_shown_as_a_correction(repo: Path) -> None:
    path = repo / "strategies" / "karlskoga.yaml"
    code, stdout, stderr = invoke("record", "karlskoga", "invanare", "2024", "30200")
    assert code == 0, stderr
    assert stdout.splitlines()[0] == (
        "# stratkit record, entered by hand: 2024: 30 200 replaces 30 180 (a correction)"
    )
    assert "-      2024: 30180\n+      2024: 30200\n" in stdout
    assert "      2024: 30200\n" in path.read_text(encoding="utf-8")


def test_a_point_and_three_digits_is_read_as_the_file_reads_its_numbers(repo: Path) -> None:
    # Kaskö's file is Swedish: 1.250 may be 1 250 or 1,25, so it is refused as validate would.
    path = repo / "strategies" / "kasko.yaml"
    before = path.read_bytes()
    code, stdout, stderr = invoke("--lang", "en", "record", "kasko", "invanare", "2026", "1.250")
    assert (code, stdout, path.read_bytes()) == (2, "", before)
    assert "'1.250' is ambiguous" in stderr
    # The same text in a file written in English is the decimal number 1.25.
    text = before.decode("utf-8")
    assert "\nlanguage: sv\n" in text
    path.write_text(text.replace("\nlanguage: sv\n", "\nlanguage: en\n"), encoding="utf-8")
    code, stdout, stderr = invoke("record", "kasko", "invanare", "2026", "1.250")
    assert code == 0, stderr
    assert "      2026: 1.25\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "warning: 2029 has not ended yet; check the year (validate says STK403)"),
        ("sv", "varning: 2029 har inte tagit slut än; kontrollera året (validate säger STK403)"),
        (
            "fi",
            "varoitus: vuosi 2029 ei ole vielä päättynyt; tarkista vuosi (validate antaa STK403)",
        ),
    ],
)
def test_a_year_not_yet_ended_is_warned_of_and_written(
    repo: Path, monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    monkeypatch.setattr("stratkit.cli.options.default_year", lambda: 2026)
    code, _, stderr = invoke("--lang", language, "record", "kasko", "invanare", "2029", "1250")
    assert code == 0, stderr
    assert said in stderr
    assert "      2029: 1250\n" in (repo / "strategies" / "kasko.yaml").read_text(encoding="utf-8")
    code, _, stderr = invoke("--lang", language, "record", "kasko", "invanare", "2025", "1249")
    assert code == 0, stderr
    assert "STK403" not in stderr
    # The current year's value is allowed, as validate allows it.
    code, _, stderr = invoke("--lang", language, "record", "kasko", "invanare", "2026", "1251")
    assert code == 0, stderr
    assert "STK403" not in stderr


def test_the_indicators_own_unit_after_the_number_is_left_out(repo: Path) -> None:
    # Kaskö's population is counted in "invånare": "1 250 invånare" is the number 1 250.
    path = repo / "strategies" / "kasko.yaml"
    code, _, stderr = invoke("record", "kasko", "invanare", "2026", "1 250 invånare")
    assert code == 0, stderr
    assert "      2026: 1250\n" in path.read_text(encoding="utf-8")
    code, _, stderr = invoke("--lang", "en", "record", "kasko", "invanare", "2026", "1 250 kr")
    assert code == 2
    assert "'1 250 kr' is not a number" in stderr


def test_a_misspelt_name_gets_the_closest_one(repo: Path) -> None:
    code, _, stderr = invoke("record", "karlskog", "invanare", "2025", "3")
    assert code == 2
    assert "no strategy named 'karlskog' in strategies (did you mean 'karlskoga'?)" in stderr
