"""Setting an initiative's status or date changes only that word, in the file's own words.

Each test compares the whole file after the edit with the text expected, on the examples and
on fixtures in Swedish, Finnish and English keys.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stratkit.errors import CannotRun
from stratkit.validation.one_file import check_file
from stratkit.writing.document import open_document, plan, write
from stratkit.writing.initiatives import DateSet, StatusSet

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "strategies"
HEAD = "municipality: {name: T, country: SE}\nstrategy: {title: T}\ninitiatives:\n"


def edited(tmp_path: Path, source: Path, *changes: StatusSet | DateSet) -> tuple[str, str]:
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    before = path.read_bytes().decode("utf-8")
    write(plan(open_document(path), list(changes)))
    assert check_file(path).errors == 0
    return before, path.read_bytes().decode("utf-8")


def written(tmp_path: Path, text: str, *changes: StatusSet | DateSet) -> str:
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    write(plan(open_document(path), list(changes)))
    assert check_file(path).errors == 0
    return path.read_text(encoding="utf-8")


def test_kristinehamn_only_the_word_changes(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "kristinehamn.yaml", StatusSet("delprojekt-pagar", "done", 2026)
    )
    old = "    title: Delprojekt som pågår fortfarande\n    status: pågår\n"
    assert after == before.replace(old, old.replace("status: pågår", "status: klar"))


def test_a_comment_beside_the_status_stays(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "karlskoga-hallbarhet.yaml", StatusSet("est", "ongoing", 2026)
    )
    old = "    status: klar           # finns, utan årtal"
    assert after == before.replace(old, old.replace("klar", "pågår"), 1)


def test_finnish_keys_and_words(tmp_path: Path) -> None:
    source = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
    before, after = edited(tmp_path, source, StatusSet("tori", "done", 2026))
    assert after == before.replace("tila: käynnissä ", "tila: valmis ")


def test_a_history_gets_this_year_and_keeps_its_past(tmp_path: Path) -> None:
    source = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
    before, after = edited(tmp_path, source, StatusSet("kirjasto", "ongoing", 2026))
    assert after == before.replace("{2024: ei aloitettu}", "{2024: ei aloitettu, 2026: käynnissä}")


def test_a_history_that_reaches_this_year_has_that_year_replaced(tmp_path: Path) -> None:
    source = FIXTURES / "valid" / "followup_sv.yaml"
    before, after = edited(tmp_path, source, StatusSet("torget", "done", 2025))
    assert after == before.replace("2025: pågår}", "2025: klar}")


def test_english_words_in_a_finnish_keyed_file_stay_english(tmp_path: Path) -> None:
    source = FIXTURES / "valid" / "followup_fi.yaml"
    before, after = edited(tmp_path, source, StatusSet("tori", "done", 2026))
    assert after == before.replace("2025: ongoing}", "2025: ongoing, 2026: done}")


def test_swedish_keys_a_block_history_and_a_date_taken_out(tmp_path: Path) -> None:
    source = FIXTURES / "languages" / "karlskoga_svenska.yaml"
    before, after = edited(
        tmp_path,
        source,
        StatusSet("ws-kommunstyrelsen", "cancelled", 2026),
        DateSet("ws-kommunstyrelsen", None),
    )
    expected = before.replace(
        "    datum: 2019-04-03\n    status: {2019: klar}",
        "    status: {2019: klar, 2026: avbruten}",
    )
    assert after == expected


def test_no_status_yet_gets_the_key_after_the_goals(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path,
        EXAMPLES / "karlskoga.yaml",
        StatusSet("e18", "ongoing", 2026),
        DateSet("e18", "2026-05"),
    )
    goals = "    title: E18 är en välkomnande genomfart\n    goals: [minst-32000-invanare]\n"
    assert after == before.replace(goals, goals + "    status: pågår\n    date: 2026-05\n")


def test_the_file_keeps_its_capitals_and_quotes(tmp_path: Path) -> None:
    text = HEAD + (
        '  - id: a\n    title: A\n    status: "Klar"\n'
        "  - id: b\n    title: B\n    status: Ej påbörjad\n    date: '2024'\n"
    )
    after = written(tmp_path, text, StatusSet("a", "ongoing", 2026), DateSet("b", "2025-01"))
    assert after == text.replace('"Klar"', '"Pågår"').replace("'2024'", "'2025-01'")


def test_an_english_file_and_flow_initiatives(tmp_path: Path) -> None:
    text = HEAD + "  - {id: a, title: A}\n  - {id: b, title: B, status: planned, date: 2024}\n"
    after = written(
        tmp_path,
        text,
        StatusSet("a", "done", 2026),
        StatusSet("b", "cancelled", 2026),
        DateSet("b", None),
    )
    assert after == HEAD + (
        "  - {id: a, title: A, status: done}\n  - {id: b, title: B, status: cancelled}\n"
    )


def test_an_unknown_initiative_is_refused() -> None:
    source = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
    with pytest.raises(CannotRun, match="no initiative with id 'nope'"):
        plan(open_document(source), [StatusSet("nope", "done", 2026)])


def test_the_read_back_check_refuses_a_status_edit_that_changes_more() -> None:
    from stratkit.writing.check_initiative import check_initiative

    source = FIXTURES / "writing" / "kaskinen_hankkeet.yaml"
    before = source.read_text(encoding="utf-8")
    change = StatusSet("kirjasto", "done", 2026)
    intended = before.replace("{2024: ei aloitettu}", "{2024: ei aloitettu, 2026: valmis}")
    check_initiative(source, before, intended, change)  # the intended edit passes
    for wrong in (
        before.replace("{2024: ei aloitettu}", "valmis"),  # the history lost
        before.replace("{2024: ei aloitettu}", "{2024: valmis}"),  # the past rewritten
        intended.replace("tila: käynnissä", "tila: valmis"),  # another initiative too
    ):
        with pytest.raises(CannotRun, match="more than the status of 'kirjasto'"):
            check_initiative(source, before, wrong, change)


def test_an_edit_the_writer_cannot_make_is_refused_with_nothing_written(tmp_path: Path) -> None:
    """What import cannot express as a writer's change (a title, say) stops it before any
    file is planned, let alone written."""
    from stratkit.exchange.apply import Edit
    from stratkit.writing.edits import plan_edits

    path = tmp_path / "kaskinen_hankkeet.yaml"
    shutil.copyfile(FIXTURES / "writing" / "kaskinen_hankkeet.yaml", path)
    before = path.read_bytes()
    edits = [
        Edit("initiatives", "tori", "status", None, "done"),
        Edit("initiatives", "tori", "title", None, "Torin uusi nimi"),
    ]
    with pytest.raises(CannotRun, match=r"cannot make this change in .*: initiatives tori title"):
        plan_edits(path, edits, 2026)
    assert path.read_bytes() == before
    planned = plan_edits(path, edits[:1], 2026)
    assert path.read_bytes() == before  # planned and shown, not written
    assert planned.text == before.decode("utf-8").replace("tila: käynnissä ", "tila: valmis ")


def test_a_block_history_and_a_title_over_several_lines(tmp_path: Path) -> None:
    text = HEAD + (
        "  - id: a\n    title: >-\n      Lång titel\n      på två rader\n    description: x\n"
        "  - id: b\n    title: B\n    status:\n      2024: pågår   # c\n      2025: klar\n"
    )
    after = written(tmp_path, text, StatusSet("a", "done", 2026), StatusSet("b", "ongoing", 2026))
    assert after == text.replace("på två rader\n", "på två rader\n    status: klar\n").replace(
        "      2025: klar\n", "      2025: klar\n      2026: pågår\n"
    )
