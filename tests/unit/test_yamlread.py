"""The reader keeps positions and the text as written, and refuses what loses data."""

from __future__ import annotations

import pytest

from stratkit.diagnostics import Span
from stratkit.reading.yaml_reader import MAX_DEPTH, Slot, parse


def test_scalars_stay_the_text_written() -> None:
    parsed = parse("a: NO\nb: 08\nc: 2024-02-12\nd: yes\ne: 1:20\nf: 1.50\ng:\nh: ~\ni: ''\n")
    assert parsed.data == {
        "a": "NO",
        "b": "08",
        "c": "2024-02-12",
        "d": "yes",
        "e": "1:20",
        "f": "1.50",
        "g": None,
        "h": None,
        "i": "",
    }
    assert parsed.problems == []


def test_every_key_and_value_has_its_position() -> None:
    parsed = parse("top:\n  målsättnig: {year: 2030}\n  list:\n    - x\n")
    assert parsed.slots[("top", "målsättnig")].key == Span(2, 3, 2, 13)
    assert parsed.slots[("top", "målsättnig", "year")] == Slot(
        Span(2, 16, 2, 20), Span(2, 22, 2, 26)
    )
    assert parsed.slots[("top", "list", 0)] == Slot(None, Span(4, 7, 4, 8))


def test_keys_are_unicode_normalised() -> None:
    decomposed = "ma\u0308tare"  # 'mätare' as macOS may store it
    parsed = parse(f"{decomposed}: x\n")
    assert parsed.data == {"mätare": "x"}


def test_duplicate_keys_are_reported_at_the_second_and_the_first_is_kept() -> None:
    parsed = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
    assert [(p.code, p.span.line, p.span.column) for p in parsed.problems] == [
        ("STK102", 4, 3),
        ("STK102", 5, 1),
    ]
    assert parsed.data == {"a": "1", "b": {"c": "1"}}


def test_a_billion_laughs_is_refused_without_expanding() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    parsed = parse("\n".join(lines) + "\n")
    codes = {p.code for p in parsed.problems}
    assert codes == {"STK109"}
    assert len(str(parsed.data)) < 10_000


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 500, 999, 1000, 10_000])
@pytest.mark.parametrize(
    ("template", "line_end"),
    [("a: {open}{close}", "\n"), ("x-a:{nl}{dashes}x", "\n"), ("x-a:{nl}{dashes}x", "\r")],
)
def test_deep_nesting_is_stk110_at_stratkits_limit_whatever_libyaml_allows(
    levels: int, template: str, line_end: str
) -> None:
    # PyYAML 6.0.4's libyaml stops at 1000 levels itself; the answer must not depend on that.
    text = (
        template.format(open="[" * levels, close="]" * levels, nl=line_end, dashes="- " * levels)
        + line_end
    )
    parsed = parse(text)
    assert [(p.code, p.message, p.hint) for p in parsed.problems] == [
        (
            "STK110",
            f"the data is nested more than {MAX_DEPTH} levels deep",
            "the strategy format needs at most 5 levels; check the indentation",
        )
    ]
    span = parsed.problems[0].span
    if template.startswith("a:"):
        assert (span.line, span.column) == (1, 3 + MAX_DEPTH)  # the root mapping counts
    else:
        assert (span.line, span.column) == (2, 1 + 2 * (MAX_DEPTH - 1))
    assert not parsed.complete


def test_deep_nesting_stops_reading() -> None:
    parsed = parse("a: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert [p.code for p in parsed.problems] == ["STK110"]
    assert not parsed.complete
    depth_ok = parse("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert depth_ok.problems == []


def test_collection_as_key_is_refused() -> None:
    parsed = parse("? [a, b]\n: value\nc: 1\n")
    assert [p.code for p in parsed.problems] == ["STK105"]
    assert parsed.data == {"c": "1"}


def test_empty_and_comment_only_documents_have_no_data() -> None:
    for text in ("", "\n\n", "# only a comment\n"):
        parsed = parse(text)
        assert parsed.data is None
        assert parsed.complete
        assert parsed.problems == []
