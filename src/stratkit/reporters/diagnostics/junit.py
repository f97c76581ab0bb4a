"""Diagnostics as JUnit XML, the test report format GitLab, Jenkins and most CI systems read.

Each strategy file is a test suite. Each diagnostic is a failing test case named by its code
and position; a file without diagnostics gets one passing test case, so that a clean run
still shows every file that was checked. GitLab shows a test case's `classname` as its
suite and keeps only the first of two cases with the same name, so names are made unique.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from stratkit.diagnostics import Diagnostic
from stratkit.i18n import in_language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diagnostics.language import of_report, translated
from stratkit.reporters.diagnostics.text import HINT
from stratkit.reporters.text import safe
from stratkit.validation.report import FileReport, ValidationRun

# Characters XML 1.0 cannot carry at all, not even escaped. File names may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(run: ValidationRun, options: RenderOptions) -> str:
    run = translated(run, options)
    root = ET.Element(
        "testsuites",
        name="stratkit validate",
        tests=str(sum(max(1, len(r.diagnostics)) for r in run.reports)),
        failures=str(len(run.diagnostics)),
        errors="0",
    )
    for report in run.reports:
        root.append(_suite(report, in_language(HINT, of_report(report, options))))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(report: FileReport, hint: str = "hint:") -> ET.Element:
    path = _safe(report.path)
    suite = ET.Element(
        "testsuite",
        name=path,
        tests=str(max(1, len(report.diagnostics))),
        failures=str(len(report.diagnostics)),
        errors="0",
        skipped="0",
    )
    if not report.diagnostics:
        ET.SubElement(suite, "testcase", classname=path, name=f"{path} has no problems", file=path)
    seen: dict[str, int] = {}
    for d in report.diagnostics:
        name = f"{d.code} at {path}:{d.line}:{d.column}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name += f" ({seen[name]})"
        case = ET.SubElement(
            suite, "testcase", classname=path, name=name, file=path, line=str(d.line)
        )
        failure = ET.SubElement(case, "failure", message=_safe(d.message), type=d.code)
        failure.text = _safe(_details(d, hint))
    return suite


def _details(d: Diagnostic, hint: str = "hint:") -> str:
    lines = [f"{d.path}:{d.line}:{d.column}: {d.severity.value} {d.code} {d.message}"]
    if d.hint:
        lines.append(f"{hint} {d.hint}")
    return "\n".join(lines)


def _safe(text: str) -> str:
    # Also no ESC, BEL or C1 control for a CI page to render (reporters/text/safe.py).
    return safe.visible(_NOT_XML.sub("\ufffd", text))
