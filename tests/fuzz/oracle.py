"""What must hold for every input: no traceback, the fast and exact readings agree, every
position is inside the file, every output renders and JSON parses, exit codes are 0, 1 or 2.

A crash (a native reader's segmentation fault) cannot be caught here; the runner sees the
worker die and names the input.
"""

from __future__ import annotations

import json
import os
import tempfile
import traceback
from pathlib import Path

from stratkit.diagnostics import Diagnostic
from stratkit.reading.fast_reader import fast_parse
from stratkit.reading.lines import split
from stratkit.reading.yaml_reader import parse
from stratkit.reporters import RenderOptions
from stratkit.reporters.registry import DiagnosticsFormat, render
from stratkit.validation.fast_path import check_clean_file
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import CheckOptions, FileReport, ValidationRun

OPTIONS = CheckOptions(year=2026)
TRACEBACK = "traceback"
DISAGREEMENT = "disagreement"
POSITION = "position"
OUTPUT = "output"


def check(raw: bytes, cli: bool = False) -> list[tuple[str, str]]:
    """The failures of one input, as (kind, detail); empty when everything holds."""
    try:
        return _check(raw, cli)
    except Exception:
        return [(TRACEBACK, traceback.format_exc(limit=-4))]


def _check(raw: bytes, cli: bool) -> list[tuple[str, str]]:
    failures: list[tuple[str, str]] = []
    fast = check_bytes("f.yaml", raw, OPTIONS, fast=True)
    exact = check_bytes("f.yaml", raw, OPTIONS, fast=False)
    if fast != exact:
        failures.append((DISAGREEMENT, _difference(fast, exact)))
    failures.extend(_fast_alone(raw))
    failures.extend(_positions(raw, exact))
    failures.extend(_outputs(exact))
    if cli:
        failures.extend(_cli(raw))
    return failures


def _difference(fast: FileReport, exact: FileReport) -> str:
    def short(report: FileReport) -> str:
        codes = [f"{d.line}:{d.column} {d.code}" for d in report.diagnostics]
        return f"{codes} strategy={report.strategy is not None}"

    return f"fast {short(fast)} / exact {short(exact)}"


def _fast_alone(raw: bytes) -> list[tuple[str, str]]:
    """Where the fast path answers alone, the exact reader must find nothing at all."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return []
    if check_clean_file("f.yaml", text, OPTIONS) is None:
        return []
    exact = parse(text)
    if not exact.complete or exact.problems:
        codes = [problem.code for problem in exact.problems]
        return [(DISAGREEMENT, f"fast path passed what the exact reader refuses: {codes}")]
    if fast_parse(text) is None:
        return [(DISAGREEMENT, "fast path answered without the fast reader")]
    return []


def _positions(raw: bytes, report: FileReport) -> list[tuple[str, str]]:
    text = raw.decode("utf-8", "replace")
    lines = split(text.removeprefix("\ufeff"))
    slack = 1 if text.startswith("\ufeff") else 0  # a file that is not UTF-8 keeps its BOM
    failures = []
    for d in report.diagnostics:
        if not _inside(d, lines, slack):
            failures.append((POSITION, f"{d.line}:{d.column}-{d.end_line}:{d.end_column} {d.code}"))
        if d.line in report.lines and report.lines[d.line] != lines[d.line - 1]:
            failures.append((POSITION, f"quoted line {d.line} is not the file's line"))
    return failures


def _inside(d: Diagnostic, lines: list[str], slack: int) -> bool:
    if not 1 <= d.line <= len(lines) or not 1 <= d.column <= len(lines[d.line - 1]) + 1 + slack:
        return False
    if (d.end_line, d.end_column) < (d.line, d.column):
        return False
    if d.end_line == len(lines) + 1:
        return d.end_column == 1  # the end of a block that ends with the file's last break
    return d.end_line <= len(lines) and d.end_column <= len(lines[d.end_line - 1]) + 2 + slack


def _outputs(report: FileReport) -> list[tuple[str, str]]:
    run = ValidationRun((report,))
    failures = []
    for name in DiagnosticsFormat:
        out = render(run, name, RenderOptions(color=False))
        if name == "json":
            json.loads(out)  # JSON keeps the text as written, escaped
            continue
        for line in out.splitlines():
            if line.lstrip().startswith(("::", "##[")) and name != "github":
                failures.append((OUTPUT, f"{name} output has a workflow command: {line[:60]}"))
        if any(char in out for char in "\x00\x07\x08\x1b\x9b\r"):
            failures.append((OUTPUT, f"{name} output holds a control character"))
    return failures


def _cli(raw: bytes) -> list[tuple[str, str]]:
    from typer.testing import CliRunner

    from stratkit.cli.app import app

    failures = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.yaml"
        path.write_bytes(raw)
        for command in (["validate", "--format", "json"], ["status", "--format", "json"]):
            result = CliRunner().invoke(
                app, [*command, "--no-cache", os.fspath(path)], catch_exceptions=False
            )
            if result.exit_code not in (0, 1, 2):
                failures.append((OUTPUT, f"{command[0]} exit code {result.exit_code}"))
            elif command[0] == "validate" or result.stdout:
                json.loads(result.stdout)
    return failures
