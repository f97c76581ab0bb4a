"""`stratkit report --format pdf`: a tagged PDF with its language, printed by the machine's
Chromium; a clear message when there is nothing to print with."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.reporters.report import pdf
from tests.browser import chromium_path, unavailable
from tests.conftest import StrictRunner
from tests.report_content import ROOT

runner = StrictRunner()


@pytest.fixture
def chromium(monkeypatch: pytest.MonkeyPatch) -> str:
    path = chromium_path()
    if path is None:
        unavailable("no Chromium on this machine (apt-get install chromium)")
    assert path is not None
    monkeypatch.setenv("STRATKIT_BROWSER", path)
    return path


@pytest.mark.parametrize(
    ("lang", "footer"), [("sv", "Sida 1 av "), ("fi", "Sivu 1 / "), ("en", "Page 1 of ")]
)
def test_the_pdf_is_tagged_and_in_the_page_language(
    chromium: str, tmp_path: Path, lang: str, footer: str
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "karlskoga.pdf"
    result = runner.invoke(
        app,
        [
            "report",
            "karlskoga",
            "--dir",
            str(ROOT / "strategies"),
            "-f",
            "pdf",
            "--lang",
            lang,
            "-o",
            str(target),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    reader = PdfReader(target)
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == lang
    assert bool(catalog["/MarkInfo"]["/Marked"])
    tree = catalog["/StructTreeRoot"]
    assert tree["/K"] is not None
    kinds = _structure_types(tree)
    for kind in ("/H1", "/H2", "/Table", "/TH", "/TD", "/Figure"):
        assert kind in kinds, kind
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text()
    assert footer + str(len(reader.pages)) in first
    assert "Karlskogas vision och målet 32 000 invånare" in first


def _structure_types(tree: object) -> set[str]:
    """Every /S (structure type) under the structure tree root."""
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if hasattr(node, "get_object"):
            node = node.get_object()
        if isinstance(node, dict):
            if "/S" in node:
                found.add(str(node["/S"]))
            kids = node.get("/K")
            if kids is not None:
                stack.extend(kids if isinstance(kids, list) else [kids])
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_without_a_browser_or_weasyprint_the_message_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRATKIT_BROWSER", str(tmp_path / "no-such-browser"))
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("WeasyPrint is installed here, so a PDF can be made without a browser")
    result = runner.invoke(
        app,
        [
            "report",
            "kasko",
            "--dir",
            str(ROOT / "strategies"),
            "-f",
            "pdf",
            "-o",
            str(tmp_path / "k.pdf"),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 2
    assert "no browser to print the PDF with" in result.stderr
    assert "apt-get install chromium" in result.stderr
    assert "stratkit[pdf]" in result.stderr
    assert not (tmp_path / "k.pdf").exists()


def test_the_browser_is_found_on_the_path(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    assert pdf.find_browser({"STRATKIT_BROWSER": str(fake)}) == str(fake)
    assert pdf.find_browser({"STRATKIT_BROWSER": str(tmp_path / "none")}) is None


def test_an_untagged_pdf_is_written_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "old-chrome"
    # An old browser: prints a PDF without a structure tree.
    fake.write_text(
        '#!/bin/sh\nfor a in "$@"; do case $a in --print-to-pdf=*) '
        "printf '%%PDF-1.4\\n%%%%EOF\\n' > \"${a#--print-to-pdf=}\";; esac; done\n",
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setenv("STRATKIT_BROWSER", str(fake))
    target = tmp_path / "k.pdf"
    result = runner.invoke(
        app,
        ["report", "kasko", "--dir", str(ROOT / "strategies"), "-f", "pdf", "-o", str(target)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert "warning: the PDF has no tags" in result.stderr


def test_a_browser_that_prints_nothing_is_named(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    with pytest.raises(pdf.PrintProblem) as problem:
        pdf.print_pdf("<!DOCTYPE html><html lang=sv></html>", str(fake))
    assert "wrote no PDF (exit code 3): cannot open display" in problem.value.message
