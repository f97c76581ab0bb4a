"""`stratkit init`: a new strategy repository that validates, and no file silently overwritten."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from stratkit import __version__
from stratkit.cli.app import app
from stratkit.cli.scaffold import ACTION, EXAMPLES, REPOSITORY, files
from stratkit.model.vocabulary import KEYS, PART_KEYS
from stratkit.reporters.json_schema import render
from stratkit.validation.one_file import check_text
from stratkit.validation.report import CheckOptions
from tests.conftest import StrictRunner

EXPECTED = [
    ".github/workflows/stratkit.yml",
    ".gitlab-ci.yml",
    ".pre-commit-config.yaml",
    "strategies/example.yaml",  # in English, the language of the tests' locale
    "stratkit.schema.json",
    "stratkit.toml",
]


def init(*args: str) -> tuple[int, str, str]:
    result = StrictRunner().invoke(app, ["init", *args])
    return result.exit_code, result.stdout, result.stderr


def written(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_init_into_an_empty_folder_writes_a_repository_that_validates(tmp_path: Path) -> None:
    target = tmp_path / "kommun"
    code, stdout, stderr = init(str(target))
    assert (code, stdout) == (0, "")
    assert written(target) == EXPECTED
    assert f"created {target / EXAMPLES['en']}" in stderr
    result = StrictRunner().invoke(
        app,
        ["validate", "--today", datetime.date.today().isoformat(), str(target / "strategies")],
    )
    assert result.exit_code == 0, result.stdout
    # No errors; the empty indicator cells are what the new user fills in first.
    assert result.stdout.endswith("Checked 1 file: 0 errors, 2 warnings.\n")
    assert result.stdout.count("warning STK401") == 2
    assert (target / "stratkit.schema.json").read_text(encoding="utf-8") == render()


def test_init_into_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert init()[0] == 0
    assert written(tmp_path) == EXPECTED


def test_init_keeps_existing_files_and_adds_the_missing_ones(tmp_path: Path) -> None:
    (tmp_path / "strategies").mkdir()
    (tmp_path / "strategies" / "example.yaml").write_text("mitt eget\n", encoding="utf-8")
    (tmp_path / ".gitlab-ci.yml").write_text("test: {script: [true]}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Vår kommun\n", encoding="utf-8")
    code, stdout, stderr = init(str(tmp_path))
    assert (code, stdout) == (0, "")
    assert (
        f"kept {tmp_path / '.gitlab-ci.yml'} (it exists; `stratkit init --force` replaces it)"
        in stderr
    )
    assert f"kept {tmp_path / 'strategies' / 'example.yaml'}" in stderr
    assert f"created {tmp_path / 'stratkit.toml'}" in stderr
    assert written(tmp_path) == sorted([*EXPECTED, "README.md"])
    assert (tmp_path / "strategies" / "example.yaml").read_text(encoding="utf-8") == "mitt eget\n"
    assert (tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8") == "test: {script: [true]}\n"


def test_init_force_overwrites_and_keeps_other_files(tmp_path: Path) -> None:
    (tmp_path / ".gitlab-ci.yml").write_text("test: {script: [true]}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Vår kommun\n", encoding="utf-8")
    code, _, stderr = init("--force", str(tmp_path))
    assert code == 0
    assert f"replaced {tmp_path / '.gitlab-ci.yml'}" in stderr
    assert written(tmp_path) == sorted([*EXPECTED, "README.md"])
    assert "stratkit validate --format junit" in (tmp_path / ".gitlab-ci.yml").read_text()
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# Vår kommun\n"


def test_init_into_a_file_exit_2(tmp_path: Path) -> None:
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    code, _, stderr = init(str(tmp_path / "fil"))
    assert code == 2
    assert "is a file, not a folder" in stderr


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
def test_the_example_holds_no_figures_and_asks_for_them(language: str) -> None:
    made = files(datetime.date(2026, 11, 23), language=language)
    text = made[EXAMPLES[language]]
    assert text.startswith("# yaml-language-server: $schema=../stratkit.schema.json\n")
    report = check_text(EXAMPLES[language], text, CheckOptions(year=2030))
    assert report.errors == 0
    assert [d.code for d in report.diagnostics] == ["STK401", "STK401"]
    strategy = report.strategy
    assert strategy is not None
    assert strategy.strategy.period is not None
    assert (strategy.strategy.period.start, strategy.strategy.period.end) == (2026, 2032)
    # stratkit never invents a number: no indicator carries a value or a cited source.
    for indicator in strategy.indicators:
        assert (indicator.baseline, indicator.target, indicator.actual) == (None, None, {})
        assert indicator.source is None


def test_the_ci_files_are_yaml_and_use_this_version() -> None:
    made = files(datetime.date(2026, 11, 23))
    workflow = yaml.safe_load(made[".github/workflows/stratkit.yml"])
    step = workflow["jobs"]["validate"]["steps"][1]
    assert step["uses"] == f"{ACTION}@v{__version__}"
    assert set(step["with"]) <= {"paths", "fail-on", "python-version"}
    assert "schedule" in workflow[True]  # PyYAML reads the key `on` as True
    hooks = yaml.safe_load(made[".pre-commit-config.yaml"])["repos"][0]
    assert (hooks["repo"], hooks["rev"]) == (REPOSITORY, f"v{__version__}")
    assert hooks["hooks"] == [{"id": "stratkit-validate"}]
    gitlab = yaml.safe_load(made[".gitlab-ci.yml"])["stratkit"]
    assert gitlab["artifacts"]["reports"]["junit"] == "stratkit-junit.xml"
    assert any("--format junit" in line for line in gitlab["script"])
    assert gitlab["script"][-1] == 'stratkit validate ${FAIL_ON:+--fail-on "$FAIL_ON"} strategies'
    assert gitlab["rules"][0]["variables"] == {"FAIL_ON": "warning"}
    assert "@" not in made["stratkit.toml"]


# Words only a file in that language has: its keys, its values and its comments.
SPOKEN = {
    "sv": ("kommunkoden", "öka eller minska", "hämta: {kolada: N01951}", "language: sv"),
    "fi": ("kunta:", "kieli: fi", "mittarit:", "suunta: kasvaa", "hankkeet:", "Tilastokeskus"),
    "en": ("municipality:", "language: en", "direction: increase", "the municipality code"),
}


@pytest.mark.parametrize(
    ("locale", "args", "language"),
    [
        ("sv_SE.UTF-8", [], "sv"),
        ("fi_FI.UTF-8", [], "fi"),
        ("C.UTF-8", [], "en"),
        ("C.UTF-8", ["--lang", "fi"], "fi"),
        ("fi_FI.UTF-8", ["--lang", "sv"], "sv"),
        ("sv_SE.UTF-8", ["--lang", "en"], "en"),
    ],
)
def test_init_writes_the_example_in_the_language_of_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale: str, args: list[str], language: str
) -> None:
    monkeypatch.setenv("LANG", locale)
    code, _, _ = init(*args, str(tmp_path))
    assert code == 0
    examples = sorted(p.name for p in (tmp_path / "strategies").iterdir())
    assert examples == [EXAMPLES[language].split("/")[1]]
    text = (tmp_path / EXAMPLES[language]).read_text(encoding="utf-8")
    for word in SPOKEN[language]:
        assert word in text, word
    result = StrictRunner().invoke(
        app, ["validate", "--today", "2026-11-23", str(tmp_path / "strategies")]
    )
    assert result.exit_code == 0, result.stdout
    assert result.stdout.count("STK401") == 2


def test_the_finnish_example_has_only_finnish_keys() -> None:
    import re

    made = files(datetime.date(2026, 11, 23), language="fi")[EXAMPLES["fi"]]
    text = "\n".join(line.split("#", 1)[0] for line in made.splitlines())  # not the comments
    english = set(KEYS) | {key for _, key in PART_KEYS}
    finnish = {w for words in [*KEYS.values(), *PART_KEYS.values()] for w in words.fi}
    keys = set(re.findall(r"^[ -]*([^\s#:{]+):", text, re.MULTILINE))
    keys |= set(re.findall(r"[{,] *([^\s:{},]+):", text))
    assert keys - {"id", "statfin"} <= finnish, keys - finnish
    assert not (keys - finnish) & english
