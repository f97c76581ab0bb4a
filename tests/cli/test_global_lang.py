"""`stratkit --lang en COMMAND`: --lang before the command name is the command's --lang."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import StrictRunner

runner = StrictRunner()

COMMANDS = {
    "validate": (["validate", "strategies/kasko.yaml"], "Checked 1 file", "Kontrollerade 1 fil"),
    "status": (["status", "kasko"], "(no indicators)", "(inga indikatorer)"),
    "diff": (["diff", "2022", "2024", "kasko"], "Movement", "Utveckling"),
    "explain": (["explain", "STK401"], "(warning)", "(varning)"),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_lang_before_the_command_name_is_followed(in_root: Path, name: str) -> None:
    """Before: the root took --lang for its own words only; the Swedish file stayed Swedish."""
    args, english, swedish = COMMANDS[name]
    assert swedish in runner.invoke(app, args, env={"LANG": "sv_SE.UTF-8"}).stdout
    before = runner.invoke(app, ["--lang", "en", *args], env={"LANG": "sv_SE.UTF-8"})
    assert english in before.stdout
    assert swedish not in before.stdout
    assert before.stdout == runner.invoke(app, [*args, "--lang", "en"]).stdout
    # The command's own --lang is the nearer, and wins.
    own = runner.invoke(app, ["--lang", "en", *args, "--lang", "sv"]).stdout
    assert swedish in own


# What --lang's help says its default is: the file's language where the command reads
# strategy files, the system's language setting (the locale) where it reads none.
FILE_DEFAULT = {
    "en": "(default: the file's)",
    "sv": "(standard: filens språk)",
    "fi": "(oletus: tiedoston kieli)",
}
LOCALE_DEFAULT = {
    "en": "(default: the system's language setting, else en)",
    "sv": "(standard: systemets språkinställning, annars en)",
    "fi": "(oletus: järjestelmän kieliasetus, muuten en)",
}


@pytest.mark.parametrize("language", ["sv", "fi", "en"])
@pytest.mark.parametrize(
    ("command", "default"),
    [("init", LOCALE_DEFAULT), ("explain", LOCALE_DEFAULT), ("validate", FILE_DEFAULT)],
)
def test_lang_help_names_the_default_the_command_has(
    command: str, default: dict[str, str], language: str
) -> None:
    result = runner.invoke(app, ["--lang", language, command, "--help"])
    assert result.exit_code == 0
    text = re.sub(r"[\s│]+", " ", result.stdout)  # the help as one line, without its frame
    assert default[language] in text
    other = FILE_DEFAULT if default is LOCALE_DEFAULT else LOCALE_DEFAULT
    assert other[language] not in text
