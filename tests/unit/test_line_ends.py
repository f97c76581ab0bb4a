"""Issue 16: one notion of a line. Every reproducer gives the same diagnostic, at the same
place, whether the file's lines end in LF, CRLF or a lone CR (old Mac style), and a line
break only PyYAML counts (U+0085, U+2028, U+2029) shifts no line number."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stratkit.reading.fast_reader import fast_parse, suspect
from stratkit.reading.lines import byte_position, position, split, to_lf
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import FileReport

ENDS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}
HEAD = "municipality: {name: X, country: SE}\nstrategy: {title: T}\n"


def written(text: str, end: str) -> bytes:
    return text.replace("\n", end).encode()


def both(raw: bytes) -> FileReport:
    fast = check_bytes("f.yaml", raw, fast=True)
    exact = check_bytes("f.yaml", raw, fast=False)
    assert fast == exact
    return exact


def found(report: FileReport) -> list[str]:
    return [f"{d.code} {d.line}:{d.column}" for d in report.diagnostics]


# The reproducers of issue 16, written with LF; each test writes them with every line end.
DEEP = HEAD + "x-a:\n" + "- " * 20000 + "x\n"
ZERO_PADDED_DATE = HEAD + "initiatives:\n  - id: a\n    title: A\n    date:\n      02012\n"
FLOW_KEY_ON_NEXT_LINE = HEAD + "x-a: {2024\n  : 5}\n"


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_deep_nesting_is_stk110_never_a_crash(end: str, tmp_path: Path) -> None:
    raw = written(DEEP, end)
    assert suspect(raw.decode())
    report = both(raw)
    assert [d.code for d in report.diagnostics] == ["STK110"]
    assert report.diagnostics[0].line == 4
    if end != "\r":
        return
    # In a real process too: a segmentation fault there was exit -11 and no output, in
    # validate, status and diff --rev alike.
    folder = tmp_path / "strategies"
    folder.mkdir()
    path = folder / "crnest.yaml"
    path.write_bytes(written(HEAD, end))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=tmp_path, check=True)
    path.write_bytes(raw)
    for command in (["validate", os.fspath(path)], ["status", "crnest"], ["diff", "--rev", "HEAD"]):
        result = subprocess.run(
            [sys.executable, "-m", "stratkit", *command, "--no-cache"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert result.returncode == 1, (command, result.stderr)
        assert "STK110" in result.stdout + result.stderr


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_zero_padded_date_is_refused_with_every_line_end(end: str) -> None:
    raw = written(ZERO_PADDED_DATE, end)
    assert fast_parse(raw.decode()) is None
    assert found(both(raw)) == ["STK206 7:7"]


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_flow_key_split_over_lines_is_refused_with_every_line_end(end: str) -> None:
    raw = written(FLOW_KEY_ON_NEXT_LINE, end)
    assert fast_parse(raw.decode()) is None
    assert [d.code for d in both(raw).diagnostics] == ["STK101"]


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_control_character_is_placed_on_its_line_and_column(end: str) -> None:
    raw = written(HEAD + "x-a: ab\x07c\n", end)
    assert found(both(raw)) == ["STK003 3:8"]


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_byte_that_is_not_utf8_is_placed_on_its_line(end: str) -> None:
    raw = written(HEAD + "x-a: Kask\n", end).replace(b"Kask", b"Kask\xf6")
    assert found(both(raw)) == ["STK002 3:10"]


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029"])
def test_a_unicode_line_break_in_a_value_shifts_no_line(end: str, separator: str) -> None:
    text = HEAD + f'x-a: "Befolkning{separator}2024"\nx-b: *nothing\n'
    report = both(written(text, end))
    # Line 4 for git, GitHub and editors; PyYAML alone would say 5.
    assert found(report) == ["STK109 4:6"]
    assert report.lines[4] == "x-b: *nothing"


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_value_after_a_unicode_line_break_keeps_its_line(end: str) -> None:
    text = HEAD + "x-a: 'a\u2028b'\nx-b: &anchor 1\n"
    assert found(both(written(text, end))) == ["STK109 4:6"]


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
def test_a_truncated_file_has_its_error_on_its_last_line(end: str) -> None:
    for text in (HEAD + "x-a: [1, 2", HEAD + 'x-a: "open'):
        expected = "STK101 3:6"
        report = both(written(text, end))
        assert found(report) == [expected]
        # With or without a final line break: the place is a line the file has.
        with_end = both(written(text + "\n", end))
        assert found(with_end) == [expected]
        assert all(d.line in report.lines for d in report.diagnostics)


def test_lines_are_lf_crlf_and_cr_only() -> None:
    assert split("a\rb\r\nc\nd") == ["a", "b", "c", "d"]
    assert split("a\n") == ["a"]
    assert split("") == [""]
    assert split("a\u2028b\x85c\u2029d\x0be\x0cf") == ["a\u2028b\x85c\u2029d\x0be\x0cf"]
    assert to_lf("a\rb\r\nc") == "a\nb\nc"


def test_positions_count_lines_as_users_do() -> None:
    assert position("a\rbc", 3) == (2, 2)
    assert position("a\r\nb", 3) == (2, 1)
    assert position("a\r\nb", 2) == (1, 2)  # the LF of a CRLF ends line 1
    assert position("ab\n", 3) == (1, 3)  # the end of the file is on its last line
    assert position("a\u2028b", 2) == (1, 3)
    assert byte_position("a\r\u00e5\xff".encode("utf-8", "surrogateescape"), 4) == (2, 2)
    assert byte_position(b"a\r\nb\xff", 4) == (2, 2)


# Found by the fuzzing harness (bench/README.md): yaml-rs takes both, PyYAML refuses both.
FUZZ_FINDS = {
    "flow key over two lines, text first": HEAD + "x-a: {2024\nB : 5}\n",
    "flow key over two lines, figure space": HEAD + "x-a: {2024\n\u2007 : 5}\n",
    "flow key over two lines, comment closing": HEAD + "x-a: {2024 # }\nB : 5}\n",
    "bare tag at the end of the file": HEAD.split("\n")[0] + "\nstrategy:\n  title: !",
}


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
@pytest.mark.parametrize("text", FUZZ_FINDS.values(), ids=list(FUZZ_FINDS))
def test_what_the_fuzzer_found_goes_to_the_exact_reader(end: str, text: str) -> None:
    raw = written(text, end)
    assert fast_parse(raw.decode()) is None
    assert both(raw).diagnostics


# Found by the fourth long run (seed 7): numbers to yaml-rs, text or null to PyYAML.
MORE_FUZZ_FINDS = {
    "underscore before digits": HEAD + "x-a: _300\n",
    "empty block scalar at the end": HEAD.split("\n")[0] + "\nstrategy:\n  title: |\n",
}


@pytest.mark.parametrize("end", ENDS.values(), ids=list(ENDS))
@pytest.mark.parametrize("text", MORE_FUZZ_FINDS.values(), ids=list(MORE_FUZZ_FINDS))
def test_more_fuzzer_finds_go_to_the_exact_reader(end: str, text: str) -> None:
    raw = written(text, end)
    assert fast_parse(raw.decode()) is None
    both(raw)
