"""`stratkit report NAME`: the page shows everything the file says, escaped, in three
languages, without network, script or heavy imports for other commands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import StrictRunner
from tests.report_content import EXAMPLES, ROOT, load, missing, page_text

runner = StrictRunner()


def report(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("lang", ["sv", "fi", "en"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_text_of_the_file_is_on_the_page(in_root: Path, name: str, lang: str) -> None:
    code, html, stderr = report(name, "--output", "-", "--lang", lang)
    assert (code, stderr) == (0, "")
    assert f'<html lang="{lang}">' in html
    assert missing(load(name), page_text(html)) == []


def test_the_page_needs_no_network_and_no_script(in_root: Path) -> None:
    _, html, _ = report("karlskoga", "-o", "-")
    assert "<script" not in html
    assert not re.search(
        r"""(src|href)=["']?(https?:)?//""",
        html.replace('href="https://github.com/stratkit/stratkit/blob/main/docs/progress.md"', ""),
    )
    assert "@import" not in html
    assert "url(" not in html


def test_indicator_table_headings_and_numbers_follow_the_language(in_root: Path) -> None:
    headings = {
        "sv": ["Mätare", "Nuläge", "Målsättning", "Förverkligats", "Framsteg", "Status"],
        "fi": ["Mittari", "Lähtötaso", "Tavoite", "Toteutunut", "Edistyminen", "Tila"],
        "en": ["Metric", "Baseline", "Target", "Actual", "Progress", "Status"],
    }
    for lang, words in headings.items():
        _, html, _ = report("karlskoga", "-o", "-", "--lang", lang)
        row = re.search(r'<table class="indicators">\s*<thead><tr>(.*?)</tr>', html)
        assert row is not None
        assert re.findall(r'<th scope="col">(.*?)</th>', row.group(1)) == words
        expected = "32,000 (2025)" if lang == "en" else "32\u00a0000 (2025)"
        assert expected in html
    _, html, _ = report("karlskoga", "-o", "-", "--lang", "fi")
    assert '"Sivu " counter(page) " / " counter(pages)' in html


def test_each_chart_is_an_image_with_a_title_a_description_and_a_table(in_root: Path) -> None:
    _, html, _ = report("karlskoga", "-o", "-")
    charts = re.findall(r'<svg class="chart"[^>]*>', html)
    assert len(charts) == 1
    assert 'role="img"' in charts[0]
    assert '<title id="goal-minst-32000-invanare-1-title">Diagram: Minst 32' in html
    desc = re.search(r"<desc [^>]*>(.*?)</desc>", html)
    assert desc is not None
    assert "Nuläge 30\u00a0381 år 2019" in desc.group(1)
    assert "Målsättning 32\u00a0000 år 2025" in desc.group(1)
    assert "Status: Försämring" in desc.group(1)
    assert "Siffrorna i diagrammet: Minst 32 000 invånare år 2025" in html
    assert '<th scope="row">2010</th><td class="num">29\u00a0668</td>' in html


def test_as_of_is_marked_and_judged(in_root: Path) -> None:
    _, html, _ = report("karlskoga", "-o", "-", "--as-of", "2022", "--method", "cagr")
    assert "Läget år 2022" in html
    assert "Lägesår 2022." in html
    assert "CAGR" in html


@pytest.mark.parametrize(
    ("lang", "method", "sentence"),
    [
        ("sv", [], "Varje indikator bedöms med sin egen metod (linjär om inget annat anges). Hur"),
        ("sv", ["--method", "cagr"], "Alla indikatorer bedöms med samma metod: CAGR (årlig"),
        ("fi", [], "Jokainen mittari arvioidaan omalla menetelmällään (oletuksena lineaarisella)."),
        ("fi", ["--method", "linear"], "Kaikki mittarit arvioidaan samalla menetelmällä: lin"),
        ("en", [], "Each indicator is judged by its own method (linear unless stated). The share"),
        ("en", ["--method", "linear"], "Every indicator is judged by the same method: linear."),
    ],
)
def test_the_method_is_said_in_a_sentence(
    in_root: Path, lang: str, method: list[str], sentence: str
) -> None:
    """Before: "bedöms med metoden varje indikators egen metod", "judged by the each
    indicator's own method (linear unless stated) method"."""
    _, html, _ = report("karlskoga", "-o", "-", "--lang", lang, *method)
    assert sentence in html


def test_status_is_a_word_and_a_symbol(in_root: Path) -> None:
    _, html, _ = report("karlskoga", "-o", "-")
    assert (
        '<span class="status s-deteriorating"><span class="symbol" aria-hidden="true">▼'
        "</span> Försämring</span>"
    ) in html


def test_default_output_is_a_file_named_after_the_strategy(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = report("kasko", "--dir", str(ROOT / "strategies"))
    assert (code, stdout) == (0, "")
    assert stderr == "wrote kasko.html\n"
    assert (tmp_path / "kasko.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_everything_from_the_file_is_escaped(tmp_path: Path) -> None:
    hostile = (ROOT / "tests" / "fixtures" / "report" / "hostile.yaml").read_text("utf-8")
    (tmp_path / "hostile.yaml").write_text(hostile, encoding="utf-8")
    code, html, stderr = report("hostile", "--dir", str(tmp_path), "-o", "-")
    assert code == 0, stderr
    assert "<script" not in html
    assert "<img" not in html
    # Inside a real tag: a '<' from the file is escaped, so it cannot open one.
    assert not re.search(r"""<[^>]*\s(href|src)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    assert '<h2 id="values">Värderingar</h2>' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript' not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give the name of the strategy"),
        (["nosuch"], "no strategy named 'nosuch'"),
        (["kasko", "-f", "pdf", "-o", "-"], "a PDF cannot be written to standard output"),
        (["kasko", "--as-of", "1492"], "--as-of: year 1492 is outside"),
        (["--site", "s", "-f", "pdf"], "--output and --format do not apply"),
    ],
)
def test_cannot_run_exits_2_with_a_reason(in_root: Path, args: list[str], message: str) -> None:
    code, stdout, stderr = report(*args)
    assert code == 2
    assert stdout == ""
    assert message in stderr


def test_a_file_with_errors_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("municipality: {name: X}\n", encoding="utf-8")
    code, _, stderr = report("broken", "--dir", str(tmp_path), "-o", str(tmp_path / "b.html"))
    assert code == 1
    assert "left out" in stderr
    assert not (tmp_path / "b.html").exists()


def test_other_commands_do_not_import_jinja2() -> None:
    probe = (
        "import sys\nfrom stratkit.cli.app import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('JINJA=' + str('jinja2' in sys.modules))\n"
    )
    for args in (["--version"], ["status", "--dir", str(ROOT / "strategies")]):
        run = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
        )
        assert run.stdout.strip().splitlines()[-1] == "JINJA=False"
