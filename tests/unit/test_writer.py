"""The writer changes only the bytes of the values that change (issue 13, item 4).

Each test compares the exact bytes before and after an edit: on the four example
strategies and on fixtures chosen to be awkward (flow maps, block maps with comments, no
`actual` key yet, Swedish and Finnish keys, CRLF, a BOM).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from stratkit.errors import CannotRun
from stratkit.writing.document import open_document, plan, write
from stratkit.writing.yearly import YearValue

ROOT = Path(__file__).resolve().parents[2]
WRITING = ROOT / "tests" / "fixtures" / "writing"
EXAMPLES = ROOT / "strategies"


def edited(tmp_path: Path, source: Path, *changes: YearValue) -> tuple[bytes, bytes]:
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    before = path.read_bytes()
    write(plan(open_document(path), list(changes)))
    return before, path.read_bytes()


def test_karlskoga_new_year_goes_after_the_year_before(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "karlskoga.yaml", YearValue("invanare", 2025, 30100)
    )
    anchor = b"      2024: 30180\n"
    assert after == before.replace(anchor, anchor + b"      2025: 30100\n")


def test_karlskoga_missing_year_goes_before_the_comments_about_the_next(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "karlskoga.yaml", YearValue("invanare", 2023, 30200)
    )
    anchor = b"      2022: 30278\n"
    assert after == before.replace(anchor, anchor + b"      2023: 30200\n")


def test_karlskoga_revision_changes_only_the_digits(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "karlskoga.yaml", YearValue("invanare", 2024, 30181)
    )
    assert after == before.replace(b"2024: 30180", b"2024: 30181")


def test_karlskoga_earliest_year_goes_above_the_first_comment(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "karlskoga.yaml", YearValue("invanare", 2009, 29000)
    )
    anchor = b"    actual:\n"
    assert after == before.replace(anchor, anchor + b"      2009: 29000\n")


def test_kasko_preliminary_value_in_swedish_keeps_the_comments(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path, EXAMPLES / "kasko.yaml", YearValue("invanare", 2026, 1250, preliminary=True)
    )
    anchor = b"      2025: 1248            # Statistikcentralens nyckeltal 2025\n"
    new = "      2026: {värde: 1250, preliminär: ja}\n".encode()
    assert after == before.replace(anchor, anchor + new)


def test_kasko_indicator_without_values_gets_a_swedish_key(tmp_path: Path) -> None:
    before, after = edited(tmp_path, EXAMPLES / "kasko.yaml", YearValue("erfarenheter", 2025, 3))
    anchor = "    nytta: Personalens och invånarnas erfarenheter förbättras\n".encode()
    new = "    förverkligats:\n      2025: 3\n".encode()
    assert after == before.replace(anchor, anchor + new)


def test_kristinehamn_takes_a_new_year_after_its_last(tmp_path: Path) -> None:
    from stratkit.validation.one_file import check_file

    strategy = check_file(EXAMPLES / "kristinehamn.yaml").usable
    assert strategy is not None
    target = next(i for i in strategy.indicators if i.actual)
    last = max(target.actual)
    before, after = edited(
        tmp_path, EXAMPLES / "kristinehamn.yaml", YearValue(target.id, last + 1, 7)
    )
    lines_before, lines_after = before.split(b"\n"), after.split(b"\n")
    assert len(lines_after) == len(lines_before) + 1
    added = [line for line in lines_after if line not in lines_before]
    assert len(added) == 1
    assert added[0].strip() == f"{last + 1}: 7".encode()


def test_flow_maps_stay_flow_maps_with_finnish_keys(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path,
        WRITING / "flow.yaml",
        YearValue("flow", 2021, 11, preliminary=True),
        YearValue("flow", 2022, 12),
        YearValue("bare", 2020, 1),
    )
    expected = before.replace(
        b"{2020: 10, 2022: {arvo: 12, alustava: kyll\xc3\xa4}}",
        "{2020: 10, 2021: {arvo: 11, alustava: kyllä}, 2022: 12}".encode(),
    ).replace(b'"Ei arvoja"}', b'"Ei arvoja", toteuma: {2020: 1}}')
    assert after == expected


def test_crlf_stays_crlf_and_quoted_values_are_replaced_whole(tmp_path: Path) -> None:
    before, after = edited(
        tmp_path,
        WRITING / "crlf.yaml",
        YearValue("crlf", 2020, 1001),
        YearValue("crlf", 2023, 1200, women=600, men=600),
    )
    # The file writes a value as "1 000": new values over 999 are written so too.
    expected = before.replace(b'2020: "1 000"', b'2020: "1 001"').replace(
        b"      2022: 1100\r\n",
        '      2022: 1100\r\n      2023: {värde: "1 200", kvinnor: 600, män: 600}\r\n'.encode(),
    )
    assert after == expected


def test_bom_stays_and_a_block_year_becomes_final(tmp_path: Path) -> None:
    before, after = edited(tmp_path, WRITING / "bom.yaml", YearValue("bom", 2020, 5))
    assert after.startswith(b"\xef\xbb\xbf")
    expected = before.replace(
        b"      2020:\n        value: 5\n        preliminary: true   # from the key figures\n",
        b"      2020: 5   # from the key figures\n",
    )
    assert after == expected


def test_no_actual_key_yet_goes_after_the_target_before_the_comment(tmp_path: Path) -> None:
    before, after = edited(tmp_path, WRITING / "no_actual.yaml", YearValue("utan", 2024, 4))
    anchor = "    målsättning: {year: 2030, value: 20}\n".encode()
    new = "    förverkligats:\n      2024: 4\n".encode()
    assert after == before.replace(anchor, anchor + new)


def test_a_file_with_errors_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("municipality: {name: T}\nstrategy: {title: T}\n", encoding="utf-8")
    with pytest.raises(CannotRun, match="has errors"):
        open_document(path)


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    shutil.copyfile(WRITING / "flow.yaml", path)
    edit = plan(open_document(path), [YearValue("flow", 2023, 13)])
    path.write_bytes(path.read_bytes() + b"# someone else\n")
    changed = path.read_bytes()
    with pytest.raises(CannotRun, match="changed on disk"):
        write(edit)
    assert path.read_bytes() == changed


def test_write_keeps_permissions_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    shutil.copyfile(WRITING / "flow.yaml", path)
    os.chmod(path, 0o640)
    write(plan(open_document(path), [YearValue("flow", 2023, 13)]))
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flow.yaml"]


def test_unknown_indicator_is_refused() -> None:
    with pytest.raises(CannotRun, match="no indicator with id 'nope'"):
        plan(open_document(WRITING / "flow.yaml"), [YearValue("nope", 2023, 13)])


def test_the_diff_shows_the_source_and_the_changed_lines() -> None:
    edit = plan(open_document(WRITING / "flow.yaml"), [YearValue("bare", 2020, 1)])
    diff = edit.diff("flow.yaml", "Källa: Kolada")
    assert diff.startswith("# Källa: Kolada\n--- a/flow.yaml\n+++ b/flow.yaml\n")
    assert '+  - {id: bare, title: "Ei arvoja", toteuma: {2020: 1}}' in diff


def test_an_empty_flow_mapping_takes_the_first_year(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(
        b"municipality: {name: T, country: SE}\nstrategy: {title: T}\n"
        b"indicators:\n  - id: a\n    title: A\n    actual: {}   # none yet\n"
    )
    before = path.read_bytes()
    write(plan(open_document(path), [YearValue("a", 2024, 1.5)]))
    assert path.read_bytes() == before.replace(b"actual: {}", b"actual: {2024: 1.5}")


def test_crlf_file_without_actual_gets_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(
        b"municipality: {name: T, country: SE}\r\nstrategy: {title: T}\r\n"
        b"indicators:\r\n  - id: a\r\n    nytta: A\r\n"
    )
    before = path.read_bytes()
    write(plan(open_document(path), [YearValue("a", 2024, 7, note='sägs "ungefär"')]))
    added = '    förverkligats:\r\n      2024: {värde: 7, anmärkning: "sägs \\"ungefär\\""}\r\n'
    assert path.read_bytes() == before + added.encode()


def test_a_strategy_without_indicators_is_refused_with_the_reason() -> None:
    with pytest.raises(CannotRun, match="no indicator with id 'invanare'"):
        plan(
            open_document(EXAMPLES / "karlskoga-hallbarhet.yaml"), [YearValue("invanare", 2025, 1)]
        )


def test_years_listed_newest_first_stay_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "newest.yaml"
    path.write_bytes(
        b"municipality: {name: T, country: SE}\nstrategy: {title: T}\n"
        b"indicators:\n  - id: a\n    title: A\n    actual:\n"
        b"      # the newest on top\n      2024: 3\n      2022: 1\n"
    )
    before = path.read_bytes()
    write(plan(open_document(path), [YearValue("a", 2025, 4), YearValue("a", 2023, 2)]))
    assert path.read_bytes() == before.replace(
        b"      # the newest on top\n      2024: 3\n      2022: 1\n",
        # A comment just above a year is about that year: the new one goes above it.
        b"      2025: 4\n      # the newest on top\n      2024: 3\n      2023: 2\n      2022: 1\n",
    )


def test_the_read_back_check_refuses_an_edit_that_changes_anything_else() -> None:
    from stratkit.writing.check import check_edit

    before = (WRITING / "flow.yaml").read_text(encoding="utf-8")
    change = YearValue("flow", 2021, 11)
    intended = before.replace("{2020: 10,", "{2020: 10, 2021: 11,")
    check_edit(WRITING / "flow.yaml", before, intended, change)  # the intended edit passes
    for wrong in (
        intended.replace("2020: 10", "2020: 9"),  # another year changed too
        intended.replace("Testby", "Testbyn"),  # a text elsewhere changed
        before.replace("{2020: 10,", "{2020: 10, 2021: 12,"),  # the year set to another value
    ):
        with pytest.raises(CannotRun, match="would change more than the value for 2021"):
            check_edit(WRITING / "flow.yaml", before, wrong, change)


NORDIC = (
    "municipality: {name: T, country: FI}\n"
    "strategy: {title: T}\n"
    "indicators:\n"
    "  - id: asukkaat\n"
    "    title: Asukkaat\n"
    "    actual:\n"
    '      2023: "12 150"\n'
    '      2024: "70,5"   # the file writes its numbers the Finnish way\n'
    "  - id: plain\n"
    "    title: Plain\n"
    "    actual: {2023: 12150}\n"
)


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (YearValue("asukkaat", 2025, 12160), '      2025: "12 160"\n'),
        (YearValue("asukkaat", 2025, 71.4), '      2025: "71,4"\n'),
        (YearValue("asukkaat", 2025, -1234.5), '      2025: "-1 234,5"\n'),
        (YearValue("asukkaat", 2025, 12), "      2025: 12\n"),
        (YearValue("asukkaat", 2025, 32.0), "      2025: 32\n"),
    ],
    ids=str,
)
def test_new_values_are_written_as_the_indicators_own(
    tmp_path: Path, change: YearValue, line: str
) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(NORDIC, encoding="utf-8")
    write(plan(open_document(path), [change]))
    anchor = '      2024: "70,5"   # the file writes its numbers the Finnish way\n'
    assert path.read_text(encoding="utf-8") == NORDIC.replace(anchor, anchor + line)


def test_values_written_plainly_stay_plain(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(NORDIC, encoding="utf-8")
    write(plan(open_document(path), [YearValue("plain", 2024, 71.4)]))
    assert "    actual: {2023: 12150, 2024: 71.4}\n" in path.read_text(encoding="utf-8")
