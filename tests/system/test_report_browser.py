"""The report pages in a real browser: everything on the page, zero axe-core violations,
readable at desktop and phone widths, visible focus, and a tagged PDF with its language."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from stratkit.cli.app import app
from tests.browser import axe_violations, browser, describe
from tests.conftest import StrictRunner
from tests.report_content import EXAMPLES, ROOT, load, missing, squash

__all__ = ["browser"]  # the fixture, used by name


runner = StrictRunner()
LANGUAGES = ["sv", "fi", "en"]
SCREENSHOT = ROOT / "docs" / "report-karlskoga.png"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every example's page in every language, written by the command itself."""
    folder = tmp_path_factory.mktemp("pages")
    made = {}
    for name in EXAMPLES:
        for lang in LANGUAGES:
            target = folder / f"{name}.{lang}.html"
            result = runner.invoke(
                app,
                [
                    "report",
                    name,
                    "--dir",
                    str(ROOT / "strategies"),
                    "--lang",
                    lang,
                    "--output",
                    str(target),
                ],
                catch_exceptions=False,
            )
            assert result.exit_code == 0, result.stderr
            made[name, lang] = target
    return made


def open_page(browser: Any, path: Path, width: int = 1280) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(path.as_uri())
    return page


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", EXAMPLES)
def test_the_page_shows_everything_with_zero_axe_violations(
    browser: Any, pages: dict[tuple[str, str], Path], name: str, lang: str
) -> None:
    page = open_page(browser, pages[name, lang])
    try:
        assert page.evaluate("document.documentElement.lang") == lang
        shown = squash(page.inner_text("body"))
        assert missing(load(name), shown) == []
        violations = axe_violations(page)
        assert violations == [], describe(violations)
    finally:
        page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_at_desktop_and_phone_widths(
    browser: Any, pages: dict[tuple[str, str], Path], width: int, tmp_path: Path
) -> None:
    page = open_page(browser, pages["karlskoga", "sv"], width)
    try:
        # Nothing wider than the screen: a phone reader never scrolls sideways for the page
        # (a wide table scrolls inside its own focusable region).
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        shot = tmp_path / f"karlskoga-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        if width == 1280 and os.environ.get("STRATKIT_UPDATE_SCREENSHOT"):
            # The top of the page down to the first chart and its figures.
            clip = {"x": 0, "y": 0, "width": width, "height": 1560}
            page.screenshot(path=str(SCREENSHOT), full_page=True, clip=clip)
    finally:
        page.close()


def test_the_page_fetches_nothing_and_runs_no_script(
    browser: Any, pages: dict[tuple[str, str], Path]
) -> None:
    page = browser.new_page()
    try:
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(pages["karlskoga", "fi"].as_uri())
        assert requested == [pages["karlskoga", "fi"].as_uri()]
        assert page.evaluate("document.scripts.length") == 0
        fonts = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert fonts.startswith("system-ui")
    finally:
        page.close()


def test_focus_is_visible(browser: Any, pages: dict[tuple[str, str], Path]) -> None:
    page = open_page(browser, pages["karlskoga", "sv"])
    try:
        seen = []
        for _ in range(3):
            page.keyboard.press("Tab")
            seen.append(
                page.evaluate(
                    "(() => { const s = getComputedStyle(document.activeElement);"
                    " return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth];"
                    " })()"
                )
            )
        # The scrollable table region first, then the links to the goals inside it.
        assert [tag for tag, _, _ in seen] == ["DIV", "A", "A"]
        assert all(style == ["solid", "3px"] for _, *style in seen)
    finally:
        page.close()


def test_the_print_layout_is_a4_and_keeps_rows_whole(
    browser: Any, pages: dict[tuple[str, str], Path]
) -> None:
    page = open_page(browser, pages["karlskoga", "sv"])
    try:
        page.emulate_media(media="print")
        inside = page.evaluate("getComputedStyle(document.querySelector('tr')).breakInside")
        assert inside == "avoid"
        heads = page.evaluate("getComputedStyle(document.querySelector('thead')).display")
        assert heads == "table-header-group"
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_the_site_has_zero_axe_violations(browser: Any, tmp_path: Path, lang: str) -> None:
    result = runner.invoke(
        app,
        ["report", "--site", str(tmp_path), "--dir", str(ROOT / "strategies"), "--lang", lang],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    for name in ("index.html", "karlskoga.html"):
        page = open_page(browser, tmp_path / name, 390)
        try:
            violations = axe_violations(page)
            assert violations == [], f"{name}: {describe(violations)}"
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
        finally:
            page.close()


def test_a_hostile_file_stays_text_and_accessible(browser: Any, tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "fixtures" / "report" / "hostile.yaml", tmp_path)
    target = tmp_path / "hostile.html"
    result = runner.invoke(
        app,
        ["report", "hostile", "--dir", str(tmp_path), "-o", str(target)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    page = open_page(browser, target)
    try:
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        page.reload()
        assert dialogs == []
        assert page.evaluate("document.scripts.length") == 0
        assert "<script>alert(1)</script>" in page.inner_text("h1")
        violations = axe_violations(page)
        assert violations == [], describe(violations)
    finally:
        page.close()
