"""Deleting one year's value takes only the bytes of that year (import --allow-delete).

Each test compares the whole file after the edit with the text expected: a block year goes
with its line (and the comment on it), a flow item with one comma; comments on other lines
stay; the last year leaves `{}`, which validates.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stratkit.errors import CannotRun
from stratkit.validation.one_file import check_file
from stratkit.writing.deleting import YearDeleted
from stratkit.writing.document import open_document, plan, write
from stratkit.writing.yearly import YearValue

ROOT = Path(__file__).resolve().parents[2]
WRITING = ROOT / "tests" / "fixtures" / "writing"
EXAMPLES = ROOT / "strategies"
HEAD = b"municipality: {name: T, country: SE}\nstrategy: {title: T}\nindicators:\n"


def edited(tmp_path: Path, source: Path, *changes: YearDeleted | YearValue) -> tuple[str, str]:
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    before = path.read_bytes()
    write(plan(open_document(path), list(changes)))
    report = check_file(path)
    assert report.errors == 0, report.diagnostics
    return before.decode("utf-8"), path.read_bytes().decode("utf-8")


def written(tmp_path: Path, text: str, *changes: YearDeleted) -> str:
    path = tmp_path / "t.yaml"
    path.write_bytes(text.encode("utf-8"))
    write(plan(open_document(path), list(changes)))
    assert check_file(path).errors == 0
    return path.read_bytes().decode("utf-8")


def test_karlskoga_a_year_goes_and_the_comments_about_it_stay(tmp_path: Path) -> None:
    before, after = edited(tmp_path, EXAMPLES / "karlskoga.yaml", YearDeleted("invanare", 2024))
    comment = "      # 2024: SCB via Kolada N01951 (ordnaswe/val26, data/folkmangd_2024.csv)\n"
    assert after == before.replace(comment + "      2024: 30180\n", comment)


def test_kasko_a_year_goes_with_the_comment_on_its_line(tmp_path: Path) -> None:
    before, after = edited(tmp_path, EXAMPLES / "kasko.yaml", YearDeleted("invanare", 2023))
    comment = "# uppslagsverk som citerar Statistikcentralen (svagare källa)"
    line = f"      2023: 1208            {comment}\n"
    assert line in before
    assert after == before.replace(line, "")


def test_finnish_keys_and_the_last_year_leaves_an_empty_mapping(tmp_path: Path) -> None:
    source = WRITING / "kaskinen_hankkeet.yaml"
    deletions = [YearDeleted("asukkaat", year) for year in (2019, 2020, 2023, 2025)]
    before, after = edited(tmp_path, source, *deletions)
    start = before.index("    toteuma:\n")
    end = before.index("    lähde:")
    assert after == before[:start] + "    toteuma: {}\n" + before[end:]


def test_a_year_with_details_in_a_block_goes_whole(tmp_path: Path) -> None:
    before, after = edited(tmp_path, WRITING / "bom.yaml", YearDeleted("bom", 2020))
    assert after.startswith("\ufeff")
    block = "      2020:\n        value: 5\n        preliminary: true   # from the key figures\n"
    assert after == before.replace(block, "")


def test_crlf_and_quoted_values(tmp_path: Path) -> None:
    before, after = edited(tmp_path, WRITING / "crlf.yaml", YearDeleted("crlf", 2022))
    assert after == before.replace("      2022: 1100\r\n", "")
    assert "      # 2021: saknas\r\n" in after


@pytest.mark.parametrize(
    ("year", "left"),
    [
        (2020, "{2022: {arvo: 12, alustava: kyllä}}"),
        (2022, "{2020: 10}"),
    ],
)
def test_flow_items_go_with_one_comma(tmp_path: Path, year: int, left: str) -> None:
    before, after = edited(tmp_path, WRITING / "flow.yaml", YearDeleted("flow", year))
    assert after == before.replace("{2020: 10, 2022: {arvo: 12, alustava: kyllä}}", left)


def test_the_middle_flow_item_and_the_last_one(tmp_path: Path) -> None:
    text = HEAD.decode() + "  - id: a\n    title: A\n    actual: {2019: 1, 2020: 2, 2021: 3}  # c\n"
    assert written(tmp_path, text, YearDeleted("a", 2020)) == text.replace("2020: 2, ", "")
    assert written(tmp_path, text, YearDeleted("a", 2021)).endswith("{2019: 1, 2020: 2}  # c\n")
    every = [YearDeleted("a", y) for y in (2019, 2020, 2021)]
    assert written(tmp_path, text, *every).endswith("    actual: {}  # c\n")


def test_a_flow_mapping_over_several_lines_loses_the_years_line(tmp_path: Path) -> None:
    text = HEAD.decode() + (
        "  - id: a\n    title: A\n    actual: {\n"
        "      2019: 1,   # first\n"
        "      # about 2020\n"
        "      2020: 2    # second\n"
        "    }\n"
    )
    first = written(tmp_path, text, YearDeleted("a", 2019))
    assert first == text.replace("      2019: 1,   # first\n", "")
    last = written(tmp_path, text, YearDeleted("a", 2020))
    assert last == text.replace("      2020: 2    # second\n", "").replace(
        "2019: 1,   # first", "2019: 1   # first"
    )


def test_trailing_commas_stay_trailing_commas(tmp_path: Path) -> None:
    years = "    actual: {\n      2019: 1,\n      2020: 2,\n    }\n"
    text = HEAD.decode() + "  - id: a\n    title: A\n" + years
    assert written(tmp_path, text, YearDeleted("a", 2020)) == text.replace("      2020: 2,\n", "")


def test_a_flow_indicator_keeps_its_shape(tmp_path: Path) -> None:
    text = HEAD.decode() + "  - {id: a, title: A, actual: {2024: 3}, unit: st}\n"
    after = written(tmp_path, text, YearDeleted("a", 2024))
    assert after == text.replace("{2024: 3}", "{}")


def test_last_block_year_keeps_the_comment_on_the_key(tmp_path: Path) -> None:
    text = HEAD.decode() + (
        "  - id: a\n    nytta: A\n    förverkligats:   # från SCB\n"
        "      # bara ett år\n      2024: 3\n    source: SCB\n"
    )
    after = written(tmp_path, text, YearDeleted("a", 2024))
    assert after == text.replace("förverkligats:   #", "förverkligats: {}   #").replace(
        "      2024: 3\n", ""
    )


def test_deleting_a_year_that_is_not_there_is_refused() -> None:
    with pytest.raises(CannotRun, match="has no value for 2021 to delete"):
        plan(open_document(WRITING / "flow.yaml"), [YearDeleted("flow", 2021)])


def test_the_read_back_check_refuses_a_deletion_that_takes_more() -> None:
    from stratkit.writing.check import check_edit

    before = (WRITING / "flow.yaml").read_text(encoding="utf-8")
    change = YearDeleted("flow", 2020)
    intended = before.replace("{2020: 10, ", "{")
    check_edit(WRITING / "flow.yaml", before, intended, change)  # the intended edit passes
    for wrong in (
        before.replace("{2020: 10, 2022: {arvo: 12, alustava: kyllä}}", "{}"),  # both years
        before,  # nothing deleted
        intended.replace("Testby", "Testbyn"),  # a text elsewhere changed
    ):
        with pytest.raises(CannotRun, match="would change more than the value for 2020"):
            check_edit(WRITING / "flow.yaml", before, wrong, change)


def test_a_finnish_file_is_written_under_its_own_keys(tmp_path: Path) -> None:
    """`mittarit:` is where a Finnish file keeps its indicators: the writer finds them there
    and adds a year in the file's words."""
    source = WRITING / "kaskinen_hankkeet.yaml"
    before, after = edited(tmp_path, source, YearValue("asukkaat", 2026, 1250, preliminary=True))
    anchor = "      2025: 1248            # Tilastokeskuksen tunnusluvut 2025\n"
    assert after == before.replace(anchor, anchor + "      2026: {arvo: 1250, alustava: kyllä}\n")
