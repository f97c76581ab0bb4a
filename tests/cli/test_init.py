"""`stratkit init`: a new strategy repository that validates, and no file silently overwritten."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from stratkit import __version__
from stratkit.cli.app import app
from stratkit.cli.scaffold import ACTION, EXAMPLES, REPOSITORY, files
from stratkit.model.vocabulary import KEYS, PART_KEYS, spelling, spellings
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


# What init says after the files, in each language: (nothing written, next steps outside a
# git repository, next steps inside one).
AFTERWARDS = {
    "en": (
        "Nothing written: every file exists already. `stratkit init --force` replaces them",
        "then put the folder under git and push it.",
        "then commit the files and push them.",
    ),
    "sv": (
        "Inget skrevs: alla filer finns redan. `stratkit init --force` ersätter dem",
        "lägg sedan mappen under git och pusha den.",
        "checka sedan in filerna i git och pusha dem.",
    ),
    "fi": (
        "Mitään ei kirjoitettu: kaikki tiedostot ovat jo olemassa. `stratkit init --force` "
        "korvaa ne",
        "vie kansio sitten gitiin ja pushaa se.",
        "tallenna sitten tiedostot gitiin (commit) ja pushaa ne.",
    ),
}
NEXT = {"en": "Next:", "sv": "Nästa steg:", "fi": "Seuraavaksi:"}


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
def test_init_again_writes_nothing_and_says_so(tmp_path: Path, language: str) -> None:
    nothing, outside, _inside = AFTERWARDS[language]
    code, _, first = init("--lang", language, str(tmp_path))
    assert code == 0
    assert NEXT[language] in first
    assert outside in first
    assert nothing not in first
    before = {path: (tmp_path / path).read_bytes() for path in written(tmp_path)}
    code, stdout, again = init("--lang", language, str(tmp_path))
    assert (code, stdout) == (0, "")
    assert nothing in again
    assert NEXT[language] not in again
    assert "docs/ci.md" not in again
    assert {path: (tmp_path / path).read_bytes() for path in written(tmp_path)} == before


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
def test_init_inside_a_git_repository_does_not_ask_to_put_it_under_git(
    tmp_path: Path, language: str
) -> None:
    import subprocess

    _nothing, outside, inside = AFTERWARDS[language]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    code, _, said = init("--lang", language, str(tmp_path / "strategier"))
    assert code == 0
    assert NEXT[language] in said
    assert inside in said
    assert outside not in said
    # one file missing: it is written, and the next steps are said again
    (tmp_path / "strategier" / "stratkit.toml").unlink()
    code, _, said = init("--lang", language, str(tmp_path / "strategier"))
    assert code == 0
    assert inside in said
    assert AFTERWARDS[language][0] not in said


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
    "sv": ("kommunkoden", "öka eller minska", "hämta: {kolada: N01951}", "språk: sv"),
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


# Every spelling of a key in each Nordic vocabulary, and the ones stratkit suggests.
ALL_WORDS = [*KEYS.values(), *PART_KEYS.values()]
NORDIC = {lang: {w for words in ALL_WORDS for w in words.of(lang)} for lang in ("sv", "fi")}
PREFERRED = {language: {words.of(language)[0] for words in ALL_WORDS} for language in ("sv", "fi")}
# Under select the keys are a statistics table's own variable codes (Tiedot, ContentsCode).
SELECT = set(spellings("FetchSource", "select"))


def keys_in(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str):  # not the years under förverkligats
                yield key
            if key not in SELECT:
                yield from keys_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from keys_in(item)


def commented_keys(text: str) -> set[str]:
    """The keys the example's comments show the user, who copies them into the file: the
    lines to copy (`#   nuläge: {…}`), the maps in a sentence (`nuläge: {år: 2022, …}`)
    and the keys quoted in a sentence (`källa:`)."""
    to_copy = "\n".join(re.findall(r"^ *#   (.*)$", text, re.MULTILINE))
    found = set(keys_in(yaml.safe_load(to_copy)))
    for key, inner in re.findall(r"#.*?([^\s{},#`]+): (\{[^{}]*\})", text):
        found.add(key)
        if key not in SELECT:
            found |= set(keys_in(yaml.safe_load(inner)))
    return found | set(re.findall(r"#.*`([^\s`]+):`", text))


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_the_nordic_examples_have_only_keys_of_their_language(language: str) -> None:
    made = files(datetime.date(2026, 11, 23), language=language)[EXAMPLES[language]]
    keys = set(keys_in(yaml.safe_load(made)))
    shown = commented_keys(made)
    # the comments' keys are found: a baseline with its year and value, a source, a fetch
    suggested = {
        spelling("Indicator", "baseline", language),
        spelling("Point", "year", language),
        spelling("Point", "value", language),
        spelling("Indicator", "source", language),
        spelling("Indicator", "fetch", language),
    }
    assert suggested <= shown, suggested - shown
    assert len(keys) > 25
    assert keys | shown <= NORDIC[language], (keys | shown) - NORDIC[language]
    # the spellings stratkit suggests (and writes with record, import and fetch), but for
    # Finnish valitse, which Statistics Finland's own examples use
    assert keys | shown <= PREFERRED[language] | {"valitse"}, (keys | shown) - PREFERRED[language]


def test_the_swedish_example_has_no_english_key() -> None:
    made = files(datetime.date(2026, 11, 23), language="sv")[EXAMPLES["sv"]]
    english = set(KEYS) | {key for _, key in PART_KEYS}
    found = set(keys_in(yaml.safe_load(made))) | commented_keys(made)
    # these English keys are Swedish words too
    assert found & english == {"id", "motto", "period", "start", "vision", "status", "kolada"}


# The files besides the example, as `init --pages` writes them: their comments are in the
# language of the run, their content is the same in every language.
COMMENTED = [
    "stratkit.toml",
    ".github/workflows/stratkit.yml",
    ".github/workflows/stratkit-pages.yml",
    ".gitlab-ci.yml",
    ".pre-commit-config.yaml",
]
# A sentence each language's files have, and words that only Swedish comments have.
SENTENCE = {
    "sv": "# Inställningar för stratkit i det här förrådet.",
    "fi": "# Asetukset stratkitille tässä repositoriossa.",
    "en": "# Settings for stratkit in this repository.",
}
SWEDISH = ("Inställningar", "förråd", "varje push", "strategifilerna", "månad", "klockan")
# The Swedish templates as they were before Finnish and English ones were added beside them:
# a change to one of them is deliberate, and this list changes with it.
SWEDISH_TEMPLATES = {
    "stratkit.toml": "8f64ee0257fa84f031004eac4c30146ea328ceba405b9ee6fff31e3377838b30",
    "github-workflow.yml": "6498321116326c7f605922685330125abbbac0ead581588aebd2349ad5787626",
    "gitlab-ci.yml": "cda6766be1b690e41327f0b6e10cb4c480525631fc40272b93240ac94291fe98",
    "pre-commit-config.yaml": "14602899419c790065cb866b673c2076ab6ef1a6c2eb964cc8b266949f5164a6",
    "github-pages-workflow.yml": "bb617433c3e01fa617dd58a6557c99fb79ee0735d17b108d9b0eec7aac21d2eb",
}


def init_in(folder: Path, language: str) -> dict[str, str]:
    code, _, _ = init("--lang", language, "--pages", str(folder))
    assert code == 0
    return {path: (folder / path).read_text(encoding="utf-8") for path in COMMENTED}


def without_comments(text: str) -> str:
    lines = (re.sub(r"\s+#.*$", "", line) for line in text.splitlines())
    return "\n".join(line for line in lines if line.strip() and not line.lstrip().startswith("#"))


@pytest.mark.parametrize("language", ["fi", "en"])
def test_init_writes_every_file_with_comments_in_the_language_of_the_run(
    tmp_path: Path, language: str
) -> None:
    made = init_in(tmp_path, language)
    assert made["stratkit.toml"].startswith(SENTENCE[language])
    for path, text in made.items():
        assert not re.search(r"@[A-Z]+@", text), path  # every placeholder filled in
        for word in SWEDISH:
            assert word not in text, (path, word)
    example = (tmp_path / EXAMPLES[language]).read_text(encoding="utf-8")
    for word in SWEDISH:
        assert word not in example, word
    if language == "fi":
        assert "strategy files" not in "".join(made.values())
        assert "strategiatiedostot" in made[".github/workflows/stratkit.yml"]
    else:
        assert "the strategy files" in made[".github/workflows/stratkit.yml"]


def test_init_in_swedish_writes_the_swedish_templates_unchanged(tmp_path: Path) -> None:
    import hashlib
    from importlib import resources

    made = init_in(tmp_path, "sv")
    assert made["stratkit.toml"].startswith(SENTENCE["sv"])
    templates = resources.files("stratkit.cli.templates")
    for name, digest in SWEDISH_TEMPLATES.items():
        raw = templates.joinpath(name).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == digest, name
    expected = files(datetime.date.today(), pages=True, language="sv")
    for path, text in made.items():
        assert text == expected[path], path
    assert made["stratkit.toml"].encode() == templates.joinpath("stratkit.toml").read_bytes()


def test_the_files_are_the_same_in_every_language_but_for_the_comments(tmp_path: Path) -> None:
    import tomllib

    made = {language: init_in(tmp_path / language, language) for language in ("sv", "fi", "en")}
    for path in COMMENTED:
        texts = {language: made[language][path] for language in made}
        assert len(set(texts.values())) == 3, path  # the comments do differ
        assert len({without_comments(text) for text in texts.values()}) == 1, path
        if path.endswith(".toml"):
            parsed = [tomllib.loads(text) for text in texts.values()]
        else:
            parsed = [yaml.safe_load(text) for text in texts.values()]
        assert parsed[0], path
        assert parsed[0] == parsed[1] == parsed[2], path
