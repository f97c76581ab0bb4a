"""Click's and Typer's own words (Usage, Options, [default: …], Error, "No such option", "Did
you mean") follow stratkit's language, from --lang or the locale, in every command's --help
and every usage error; and a Typer release that rewords one of them is noticed here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from click.testing import Result

from stratkit.cli.app import app
from stratkit.cli.click_words import RICH, TEMPLATES, USAGE, WORDS, template_of
from stratkit.i18n import current, in_language
from tests.conftest import GOLDEN, ROOT, StrictRunner, golden

# What Click and Typer write in English; none of it may be left in a Swedish or Finnish run.
ENGLISH = re.compile(
    r"\bUsage:|\bOptions\b|\bArguments\b|\bCommands\b|Show this message|\[default:|\[required\]"
    r"|\bError\b|\bTry\b|for help|\bNo such\b|\bMissing\b|Invalid value|Did you mean"
    r"|Possible options|is not one of|is not a valid|unexpected extra|requires an argument"
    r"|does not take a value|\[OPTIONS\]|COMMAND \[ARGS\]|\(today\)"
    # The placeholders (metavars) and the argument types of Typer's help (issue 11).
    r"|\b(?:NAME|YEAR|FOLDER|PATH|ARGS|FILE|CODES?|STATUSES|INDICATOR|VALUE|METHOD|CHANGES)\b"
    r"|<str>|<path>|<int>|YYYY"
)
LOCALES = {"sv": "sv_SE.UTF-8", "fi": "fi_FI.UTF-8"}
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
# One command line for each of Click's sentences that stratkit translates: (argv, sentence).
ERRORS = [
    (["validate", "--x"], "No such option: {name}"),
    (["validate", "--formt", "x"], "No such option: {name} (Possible options: {names})"),
    (["status", "--method"], "Option {name} requires an argument."),
    (["validate", "--strict=yes"], "Option {name} does not take a value."),
    (["explain", "STK101", "b"], "Got unexpected extra argument(s) ({arguments})"),
    (["record"], "Missing argument {name}."),
    ([], "Missing command."),  # only --lang, which every run here is given first
    (["bogus"], "No such command {name}."),
    (["valdate"], "No such command {name}. Did you mean {names}?"),
    (["validate", "-f", "x"], "Invalid value for {name}: {message}"),
    (["status", "--as-of", "x"], "Invalid value for {name}: {message}"),
]


def run(argv: list[str], language: str, way: str) -> Result:
    """`stratkit ARGV` in `language`, chosen by the locale or by --lang."""
    if way == "locale":
        return StrictRunner().invoke(app, argv, env={"LANG": LOCALES[language]})
    return StrictRunner().invoke(app, ["--lang", language, *argv])


@pytest.mark.parametrize("way", ["locale", "--lang"])
@pytest.mark.parametrize("language", ["sv", "fi"])
@pytest.mark.parametrize(
    ("argv", "name"),
    [(["--help"], "help_{}.txt"), (["validate", "--help"], "help_validate_{}.txt")],
)
def test_help_in_swedish_and_finnish(argv: list[str], name: str, language: str, way: str) -> None:
    result = run(argv, language, way)
    assert result.exit_code == 0
    golden(name.format(language), result.stdout)


@pytest.mark.parametrize("way", ["locale", "--lang"])
@pytest.mark.parametrize("language", ["sv", "fi"])
def test_a_usage_error_in_swedish_and_finnish(language: str, way: str) -> None:
    result = run(["validate", "-f", "x"], language, way)
    assert (result.exit_code, result.stdout) == (2, "")
    golden(f"usage_error_{language}.txt", result.stderr)


@pytest.mark.parametrize("way", ["locale", "--lang"])
@pytest.mark.parametrize("language", ["sv", "fi"])
@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_no_english_in_any_help(command: list[str], language: str, way: str) -> None:
    result = run([*command, "--help"], language, way)
    assert result.exit_code == 0
    assert ENGLISH.findall(result.stdout) == []
    # The same help in English has the words, so the check above can see them.
    assert ENGLISH.search(StrictRunner().invoke(app, ["--lang", "en", *command, "--help"]).stdout)


@pytest.mark.parametrize("way", ["locale", "--lang"])
@pytest.mark.parametrize("language", ["sv", "fi"])
@pytest.mark.parametrize("argv", [argv for argv, _ in ERRORS], ids=" ".join)
def test_no_english_in_any_usage_error(argv: list[str], language: str, way: str) -> None:
    # No command at all is the help; only a root option before nothing makes the error.
    result = run(argv or ["--lang", language], language, way)
    assert result.exit_code == 2
    assert result.stderr.count("\n") >= 3  # usage, hint and the framed message
    assert ENGLISH.findall(result.stderr) == []
    english = StrictRunner().invoke(app, ["--lang", "en", *argv])
    assert ENGLISH.search(english.stderr)


def english_message(argv: list[str]) -> str:
    command = typer.main.get_command(app)
    with pytest.raises(typer.TyperException) as raised:
        command.main(["--lang", "en", *argv], prog_name="stratkit", standalone_mode=False)
    return raised.value.format_message()


def test_typer_still_writes_every_sentence_that_is_translated() -> None:
    """A Typer that rewords one of them leaves it in English: this is where that shows."""
    met: set[str] = set()
    for argv, expected in ERRORS:
        text = english_message(argv)
        found = template_of(text)
        assert found is not None, (argv, text)
        template, values = found
        assert template == expected, (argv, text)
        met.add(template)
        if "message" in values:  # Click's own sentence inside, such as "is not one of"
            inner = template_of(values["message"])
            assert inner is not None, (argv, text)
            met.add(inner[0])
    assert met == set(TEMPLATES)


def typer_source() -> str:
    folder = Path(typer.__file__).parent
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py")))


def test_typer_still_has_every_word_that_is_translated() -> None:
    source = typer_source()
    for name, english in RICH.items():
        assert f"{name} = _({json.dumps(english)})" in source, name
    for word in [*WORDS, USAGE + " "]:
        assert json.dumps(word) in source, word


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_translations_keep_the_rich_markup(language: str) -> None:
    # A bracket lost in the catalogue would make rich fail to draw the error at all.
    english = RICH["RICH_HELP"]
    assert re.findall(r"\[/?\w*\]", in_language(english, language)) == ["[blue]", "[/]"]
    for name, text in RICH.items():
        assert in_language(text, language) != text, name


def test_a_run_leaves_the_language_as_it_found_it() -> None:
    assert run(["--help"], "fi", "--lang").exit_code == 0
    assert current() == "en"
    assert "Usage:" in StrictRunner().invoke(app, ["--help"]).stdout


def test_a_misspelt_lang_is_an_error_in_the_language_of_the_locale() -> None:
    result = StrictRunner().invoke(app, ["status", "--lang", "sw"], env={"LANG": "fi_FI.UTF-8"})
    assert result.exit_code == 2
    assert "'sw' ei ole mikään seuraavista: 'sv', 'fi', 'en'." in result.stderr


def test_the_readme_shows_the_usage_error_as_it_is() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = (GOLDEN / "usage_error_sv.txt").read_text(encoding="utf-8")
    assert f"$ LANG=sv_SE.UTF-8 stratkit validate -f x\n{shown}```" in readme
