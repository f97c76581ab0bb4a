"""`stratkit report --site DIR` and `stratkit init --pages`: a static site over every
strategy, with each strategy's data beside its page, and the workflow that publishes it."""

from __future__ import annotations

import csv
import datetime
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml

from stratkit.cli.app import app
from stratkit.cli.scaffold import PAGES_WORKFLOW, files
from stratkit.model.choices import Language
from tests.conftest import StrictRunner
from tests.report_content import EXAMPLES, ROOT, load, missing, page_text

runner = StrictRunner()


def build(site: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["report", "--site", str(site), "--dir", str(ROOT / "strategies"), *args],
        catch_exceptions=False,
    )
    return result.exit_code, result.stderr


def test_the_site_has_an_index_a_page_and_data_per_strategy(tmp_path: Path) -> None:
    code, stderr = build(tmp_path / "site")
    assert code == 0
    assert "wrote 4 pages and their data to" in stderr
    site = tmp_path / "site"
    names = sorted(p.name for p in site.iterdir())
    assert names == sorted(
        [".nojekyll", "index.html"] + [f"{n}.{ext}" for n in EXAMPLES for ext in ("html", "csv")]
    )
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in index
    for name in EXAMPLES:
        assert load(name).strategy.title in page_text(index)
        page = (site / f"{name}.html").read_text(encoding="utf-8")
        assert missing(load(name), page_text(page)) == []
        assert '<a href="index.html">← Strategier</a>' in page
        assert f'<a href="{name}.csv">Data: CSV</a>' in page
        rows = list(csv.DictReader(io.StringIO((site / f"{name}.csv").read_text("utf-8"))))
        assert [r["indicator"] for r in rows] == [i.id for i in load(name).indicators]
    # Every link of the site leads to a file of the site (or the published method text).
    for page in site.glob("*.html"):
        for href in re.findall(r'href="([^"#]+)', page.read_text(encoding="utf-8")):
            assert href.startswith("https://github.com/stratkit/") or (site / href).exists()


def test_one_line_per_strategy_with_its_statuses(tmp_path: Path) -> None:
    build(tmp_path / "site", "--lang", "en")
    index = page_text((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    assert "Kaskö stadsstrategi 2024–2030 kasko Kaskö 2024–2030 ▲ On track: 1" in index
    assert "? Not assessable: 6" in index
    assert "38 of 46 done (83%)" in index


def test_a_broken_file_is_left_out_and_the_rest_published(tmp_path: Path) -> None:
    folder = tmp_path / "strategies"
    shutil.copytree(ROOT / "strategies", folder)
    (folder / "broken.yaml").write_text("municipality: {name: X}\n", encoding="utf-8")
    result = runner.invoke(app, ["report", "--site", str(tmp_path / "site"), "--dir", str(folder)])
    assert result.exit_code == 1
    assert "left out" in result.stderr
    assert not (tmp_path / "site" / "broken.html").exists()
    assert (tmp_path / "site" / "kasko.html").exists()


def test_init_pages_adds_the_publishing_workflow(tmp_path: Path) -> None:
    assert PAGES_WORKFLOW not in files(datetime.date(2026, 1, 1))
    made = files(datetime.date(2026, 1, 1), pages=True)
    workflow = yaml.safe_load(made[PAGES_WORKFLOW])
    steps = workflow["jobs"]["build"]["steps"]
    assert any("stratkit report --site site" in s.get("run", "") for s in steps)
    assert steps[-1]["with"] == {"path": "site"}
    assert workflow["permissions"]["pages"] == "write"
    assert not re.search(r"@[A-Z]+@", made[PAGES_WORKFLOW])
    result = runner.invoke(app, ["init", str(tmp_path), "--pages"], catch_exceptions=False)
    assert result.exit_code == 0
    assert (tmp_path / PAGES_WORKFLOW).exists()


def test_the_csv_beside_a_page_is_what_status_writes(tmp_path: Path) -> None:
    build(tmp_path / "site")
    for name in EXAMPLES:
        status = runner.invoke(
            app,
            ["status", name, "--dir", str(ROOT / "strategies"), "--format", "csv"],
            catch_exceptions=False,
        )
        assert (tmp_path / "site" / f"{name}.csv").read_text(encoding="utf-8") == status.stdout


def test_a_large_site_is_rendered_in_parallel_with_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stratkit.cli import report_site

    build(tmp_path / "serial")
    monkeypatch.setattr(report_site, "MIN_PARALLEL", 1)
    monkeypatch.setattr(report_site.os, "sched_getaffinity", lambda _pid: {0, 1, 2})
    assert report_site._workers(4) == 3
    build(tmp_path / "parallel")
    serial = {p.name: p.read_bytes() for p in (tmp_path / "serial").iterdir()}
    parallel = {p.name: p.read_bytes() for p in (tmp_path / "parallel").iterdir()}
    assert parallel == serial


def test_a_site_folder_that_cannot_be_made_exits_2(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    code, stderr = build(tmp_path / "taken" / "site")
    assert code == 2
    assert "cannot write" in stderr
    assert "check that the folder exists and is not a file" in stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "wrote 1 page and its data to"),
        ("sv", "skrev 1 sida och dess data till"),
        ("fi", "kirjoitettiin 1 sivu ja sen tiedot kansioon"),
    ],
)
def test_one_page_is_said_in_the_singular(tmp_path: Path, lang: str, said: str) -> None:
    code, stderr = build(tmp_path / "site", "kasko", "--lang", lang)
    assert code == 0
    assert said in stderr


# The index of a Swedish and a Finnish strategy: each line's status names and initiatives
# count in the index's language, and the files' own texts marked with their language.
DONE = {"sv": "1 av 18 klara", "fi": "1/18 valmiina", "en": "1 of 18 done"}
FILE_LANGUAGE = {"karlskoga": "sv", "kaskinen_suomi": "fi"}


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
@pytest.mark.parametrize("chosen_by", ["--lang", "locale"])
def test_an_index_of_two_languages_speaks_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, chosen_by: str
) -> None:
    from stratkit.progress.statuses import Status
    from stratkit.reporters.words.labels import STATUS

    folder = tmp_path / "strategies"
    folder.mkdir()
    shutil.copyfile(ROOT / "strategies" / "karlskoga.yaml", folder / "karlskoga.yaml")
    fixture = ROOT / "tests" / "fixtures" / "languages" / "kaskinen_suomi.yaml"
    shutil.copyfile(fixture, folder / "kaskinen_suomi.yaml")
    args = ["report", "--site", str(tmp_path / "site"), "--dir", str(folder), "--no-cache"]
    if chosen_by == "--lang":
        args += ["--lang", language]
    else:  # two languages among the files: the index speaks the run's, the locale's
        monkeypatch.setenv("LC_ALL", {"sv": "sv_SE.UTF-8", "fi": "fi_FI.UTF-8"}.get(language, "C"))
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in index
    rows = re.findall(r'<tr><th scope="row">.*?</tr>', index)
    assert len(rows) == 2
    for row in rows:
        name = re.search(r'href="([^"]+)\.html"', row).group(1)  # type: ignore[union-attr]
        words = re.findall(r'<span class="status s-(\w+)">.*?</span> ([^<]*):</span>', row)
        assert words, row
        for key, word in words:
            assert word == STATUS[Language(language)][Status(key)], (name, word)
        if name == "karlskoga":
            assert DONE[language] in page_text(row)
        own = FILE_LANGUAGE[name]
        marked = f' lang="{own}"' if own != language else ""
        assert f'<a href="{name}.html"{marked}>' in row
        assert f"<td{marked}>" in row  # the municipality's name
        assert row.count(" lang=") == (2 if marked else 0)
