"""What format 1.1 adds (issue 12) renders: analysis, a people's assessment, preliminary
values, women and men, an initiative's responsible body and deadline.

The test puts them into the view-model (with text to escape), and renders the page from it;
tests/unit/test_report_chart.py reads them from a real format 1.1 file.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from stratkit.model.choices import Language
from stratkit.progress.rollup import strategy_status
from stratkit.reporters.report.html import page_html
from stratkit.reporters.report.indicator import AssessmentView, YearRow
from stratkit.reporters.report.view import page_view
from tests.browser import axe_violations, browser, describe
from tests.report_content import load, page_text

__all__ = ["browser"]  # the fixture, used by name


def format_11_page() -> str:
    status = strategy_status("karlskoga", load("karlskoga"))
    page = page_view(status, None, Language.SV, datetime.date(2026, 1, 1))
    goal = page.goals[0]
    indicator = replace(
        goal.indicators[0],
        rows=(
            YearRow(2023, "30\u00a0278", False, "15\u00a0100", "15\u00a0178"),
            YearRow(2024, "30\u00a0180", True, "15\u00a0050", "15\u00a0130"),
        ),
        women_men=True,
        analysis_heading="Analys 2024",
        analysis="Utflyttningen ökade <särskilt> bland unga.",
        assessment=AssessmentView("Bedömning 2024", "▼", "Försämring", "Befolkningen minskar."),
    )
    initiatives = tuple(
        replace(i, responsible="Kommunstyrelsen", deadline="2025-12-31") if n == 0 else i
        for n, i in enumerate(page.initiatives)
    )
    page = replace(
        page,
        goals=(replace(goal, indicators=(indicator,)), *page.goals[1:]),
        initiatives=initiatives,
    )
    return page_html(page, status, Language.SV)


def test_format_11_fields_are_shown_and_escaped() -> None:
    html = format_11_page()
    text = page_text(html)
    assert "Analys 2024 Utflyttningen ökade <särskilt> bland unga." in text
    assert "&lt;särskilt&gt;" in html
    assert "Bedömning 2024 ▼ Försämring – Motivering: Befolkningen minskar." in text
    assert '<th scope="col">Kvinnor</th><th scope="col">Män</th>' in html
    assert "30 180 prel." in text  # page_text squashes the no-break space
    assert '<abbr title="preliminärt värde">prel.</abbr>' in html
    assert '<th scope="col">Ansvarig</th>' in html
    assert '<th scope="col">Klart senast</th>' in html
    assert "Kommunstyrelsen" in text
    assert "2025-12-31" in text


def test_format_11_page_has_zero_axe_violations(browser: object, tmp_path: Path) -> None:
    target = tmp_path / "format11.html"
    target.write_text(format_11_page(), encoding="utf-8")
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(target.as_uri())
        violations = axe_violations(page)
        assert violations == [], describe(violations)
    finally:
        page.close()
