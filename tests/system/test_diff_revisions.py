"""`stratkit diff --rev`: changes to the strategy files between git revisions."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.diff.revisions import Kind, compare_versions
from stratkit.model.strategy import StrategyFile
from tests.conftest import ROOT, StrictRunner, git_identity

runner = StrictRunner()

BASE = """municipality: {name: Testby, country: SE}
strategy: {title: Teststrategi}
goals:
  - id: boende
    title: Fler bostäder
  - id: trygghet
    title: Ökad trygghet
indicators:
  - id: invanare
    title: Fler invånare
    goals: [boende]
    metric: Folkmängd 31 december
    direction: increase
    baseline: {year: 2020, value: 1000}
    target: {year: 2030, value: 1200}
    actual: {2021: 1010, 2022: 1020}
  - id: brott
    title: Färre brott
    goals: [trygghet]
    direction: decrease
    baseline: {year: 2020, value: 50}
    target: {year: 2030, value: 30}
    actual: {2021: 48}
"""


def strategy(text: str) -> StrategyFile:
    import yaml

    return StrategyFile.model_validate(yaml.safe_load(text))


def kinds(old: str, new: str) -> list[tuple[str, str | None, str | None, bool]]:
    changes = compare_versions({"t": strategy(old)}, {"t": strategy(new)})
    return [(c.kind.value, c.id, c.field, c.target_weakened) for c in changes]


def test_no_changes() -> None:
    assert kinds(BASE, BASE) == []


def test_target_lowered_for_an_increase_is_weakened() -> None:
    new = BASE.replace("value: 1200", "value: 1100")
    assert kinds(BASE, new) == [("target_lowered", "invanare", "target.value", True)]


def test_target_raised_for_a_decrease_is_weakened_and_lowered_is_not() -> None:
    assert kinds(BASE, BASE.replace("value: 30}", "value: 40}")) == [
        ("target_raised", "brott", "target.value", True)
    ]
    assert kinds(BASE, BASE.replace("value: 30}", "value: 20}")) == [
        ("target_lowered", "brott", "target.value", False)
    ]


def test_target_year_postponed_and_brought_forward() -> None:
    later = BASE.replace("target: {year: 2030, value: 1200}", "target: {year: 2035, value: 1200}")
    assert kinds(BASE, later) == [("target_postponed", "invanare", "target.year", True)]
    earlier = BASE.replace("target: {year: 2030, value: 1200}", "target: {year: 2028, value: 1200}")
    assert kinds(BASE, earlier) == [("target_brought_forward", "invanare", "target.year", False)]


def test_target_removed_is_weakened() -> None:
    new = BASE.replace("    target: {year: 2030, value: 1200}\n", "")
    assert kinds(BASE, new) == [("target_removed", "invanare", "target", True)]


def test_actuals_rewritten_deleted_and_added() -> None:
    new = BASE.replace("actual: {2021: 1010, 2022: 1020}", "actual: {2021: 1005, 2023: 1030}")
    assert kinds(BASE, new) == [
        ("actual_rewritten", "invanare", "actual.2021", False),
        ("actual_deleted", "invanare", "actual.2022", False),
        ("actual_added", "invanare", "actual.2023", False),
    ]


def test_renamed_by_title_and_by_id() -> None:
    reworded = BASE.replace("title: Fler bostäder", "title: Fler och bättre bostäder")
    assert kinds(BASE, reworded) == [("renamed", "boende", "title", False)]
    new_id = BASE.replace("- id: trygghet", "- id: trygg").replace(
        "goals: [trygghet]", "goals: [trygg]"
    )
    assert kinds(BASE, new_id) == [("id_changed", "trygg", "id", False)]


def test_removed_and_added_items_and_definitions() -> None:
    new = BASE.replace("metric: Folkmängd 31 december", "metric: Folkmängd 1 november")
    new = new.replace(
        "  - id: trygghet\n    title: Ökad trygghet\n", "  - id: skola\n    title: Bättre skola\n"
    )
    new = new.replace("goals: [trygghet]", "goals: []")
    assert kinds(BASE, new) == [
        ("removed", "trygghet", None, False),
        ("added", "skola", None, False),
        ("metric_changed", "invanare", "metric", False),
    ]


def test_files_added_and_removed() -> None:
    changes = compare_versions({"a": strategy(BASE)}, {"b": strategy(BASE)})
    assert [(c.strategy, c.kind, c.old, c.new) for c in changes] == [
        ("a", Kind.FILE_REMOVED, 2, None),
        ("b", Kind.FILE_ADDED, None, 2),
    ]


# --- with real git repositories --------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git_identity(monkeypatch)
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "strategies").mkdir()
    (tmp_path / "strategies" / "testby.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "strategies" / "kasko.yaml").write_bytes(
        (ROOT / "strategies" / "kasko.yaml").read_bytes()
    )
    commit(tmp_path, "v1")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def git(where: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=where, check=True, capture_output=True, text=True
    ).stdout


def commit(where: Path, message: str) -> None:
    git(where, "add", "-A")
    git(where, "commit", "-q", "-m", message)


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / "strategies" / "testby.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def diff_json(*args: str) -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["diff", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def test_working_tree_against_head_with_fail_on(repo: Path) -> None:
    edit(repo, "value: 1200", "value: 1100")  # target lowered
    edit(repo, "2021: 1010", "2021: 1005")  # a past value rewritten
    code, document = diff_json("--rev", "HEAD")
    assert code == 0
    changes = document["changes"]
    assert [(c["kind"], c["id"], c["target_weakened"]) for c in changes] == [  # type: ignore[attr-defined]
        ("target_lowered", "invanare", True),
        ("actual_rewritten", "invanare", False),
    ]
    assert document["to"] == {"revision": None, "commit": None}
    code, document = diff_json("--rev", "HEAD", "--fail-on", "target-weakened")
    assert code == 1
    assert document["failed"] == 1
    assert diff_json("--rev", "HEAD", "--fail-on", "indicator-removed")[0] == 0
    assert diff_json("--rev", "HEAD", "--fail-on", "actual-rewritten,indicator-removed")[0] == 1


def test_two_commits_rename_and_file_removed(repo: Path) -> None:
    edit(repo, "title: Ökad trygghet", "title: Trygghet i hela kommunen")
    (repo / "strategies" / "kasko.yaml").unlink()
    commit(repo, "v2")
    code, document = diff_json("--rev", "HEAD~1", "HEAD", "--fail-on", "indicator-removed")
    assert code == 1
    changes = [(c["strategy"], c["kind"], c["id"]) for c in document["changes"]]  # type: ignore[attr-defined]
    assert changes == [("kasko", "file_removed", None), ("testby", "renamed", "trygghet")]
    head = git(repo, "rev-parse", "HEAD").strip()
    assert document["to"] == {"revision": "HEAD", "commit": head}
    # Restricting to one strategy by name leaves the other out.
    code, document = diff_json("--rev", "HEAD~1", "HEAD", "testby")
    assert (code, len(document["changes"])) == (0, 1)  # type: ignore[arg-type]


def test_a_name_after_rev_is_a_strategy_not_a_revision(repo: Path) -> None:
    edit(repo, "value: 1200", "value: 1300")
    code, document = diff_json("--rev", "HEAD", "testby")
    assert code == 0
    assert document["to"] == {"revision": None, "commit": None}
    assert [c["kind"] for c in document["changes"]] == ["target_raised"]  # type: ignore[attr-defined]


def test_works_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(repo, "value: 1200", "value: 1300")
    monkeypatch.chdir(repo / "strategies")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--dir", "."])
    assert result.exit_code == 0
    assert "[invanare] målsättningen höjd: 1\u00a0200 → 1\u00a0300" in result.stdout


def test_table_flags_weakened_targets(repo: Path) -> None:
    edit(repo, "target: {year: 2030, value: 1200}", "target: {year: 2032, value: 1200}")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--fail-on", "target-weakened"])
    assert result.exit_code == 1
    assert "[invanare] målåret senarelagt: 2030 → 2032  ⚠ försvagat mål" in result.stdout
    assert "1 ändring kräver beslut (--fail-on target-weakened)" in result.stdout


@pytest.mark.parametrize("output", ["table", "markdown", "json", "csv"])
def test_every_format_shows_a_failing_change(repo: Path, output: str) -> None:
    edit(repo, "value: 1200", "value: 1100")
    result = runner.invoke(
        app, ["diff", "--rev", "HEAD", "--fail-on", "target-weakened", "--format", output]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "invanare" in result.stdout


def test_unknown_revision_and_option_injection_exit_2(repo: Path) -> None:
    result = runner.invoke(app, ["diff", "--rev", "no-such-branch"])
    assert result.exit_code == 2
    assert "unknown revision 'no-such-branch'" in result.stderr
    result = runner.invoke(app, ["diff", "--rev=--output=/tmp/pwned"])
    assert result.exit_code == 2
    assert "is not a revision" in result.stderr
    assert not Path("/tmp/pwned").exists()
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--fail-on", "everything"])
    assert result.exit_code == 2


def test_a_wrong_folder_is_an_error_not_a_pass(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(repo, "value: 1200", "value: 1100")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--fail-on", "any", "--dir", "strategis"])
    assert result.exit_code == 2
    assert "no strategy files (*.yaml) in strategis at HEAD or in the working tree" in result.stderr
    monkeypatch.chdir(repo / "strategies")  # the default folder, seen from inside it
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--fail-on", "any"])
    assert result.exit_code == 2


def test_outside_a_repository_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "strategies").mkdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", "--rev", "HEAD"])
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.stderr


def test_an_unreadable_file_and_odd_digits_are_messages_not_tracebacks(repo: Path) -> None:
    (repo / "strategies" / "mapp.yaml").mkdir()
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["unreadable"] == ["strategies/mapp.yaml"]
    assert "error STK001" in result.stderr
    odd = runner.invoke(app, ["diff", "2023", "2024\u00b2"])  # a superscript two
    assert odd.exit_code == 2
    assert "give two years to compare" in odd.stderr


def test_a_file_with_errors_is_not_compared(repo: Path) -> None:
    # Valid YAML and schema, but two indicators share an id: comparing would invent changes.
    edit(repo, "  - id: brott\n", "  - id: invanare\n")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert (document["changes"], document["unreadable"]) == ([], ["strategies/testby.yaml"])
    assert "error STK301" in result.stderr


def test_a_broken_file_is_reported_not_compared_and_exit_1(repo: Path) -> None:
    (repo / "strategies" / "testby.yaml").write_text("strategy: [\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["unreadable"] == ["strategies/testby.yaml"]
    assert document["changes"] == []
    assert "left out, because of the errors below: strategies/testby.yaml" in result.stderr
    # The end of the file is the end of its last line, never a line after it.
    assert "strategies/testby.yaml:1:12: error STK101" in result.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "'kask' is neither a revision nor a strategy here (did you mean 'kasko'?)"),
        ("sv", "'kask' är varken en version eller en strategi här (menade du 'kasko'?)"),
        ("fi", "'kask' ei ole versio eikä strategia tässä (tarkoititko 'kasko'?)"),
    ],
)
def test_a_misspelt_name_after_one_revision_is_named_as_a_name(
    repo: Path, lang: str, said: str
) -> None:
    result = runner.invoke(app, ["--lang", lang, "diff", "--rev", "HEAD", "kask"])
    assert result.exit_code == 2
    assert said in result.stderr
    unknown = runner.invoke(app, ["diff", "--rev", "HEAD", "no-such-branch"])
    assert unknown.exit_code == 2
    assert "unknown revision 'no-such-branch'" in unknown.stderr
