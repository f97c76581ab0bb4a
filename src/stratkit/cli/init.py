"""`stratkit init`: start a strategy repository with an example, CI and editor support."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli.common import say
from stratkit.cli.options import flag, lang_option
from stratkit.errors import CannotRun
from stratkit.i18n import _, os_reason
from stratkit.model.choices import Language


def init(
    folder: Annotated[
        Path,
        typer.Argument(
            help="The folder to set up; it is created if it does not exist.", metavar="FOLDER"
        ),
    ] = Path("."),
    force: Annotated[bool, flag("--force", help="Overwrite files that exist already.")] = False,
    pages: Annotated[
        bool,
        flag(
            "--pages",
            help="Also add .github/workflows/stratkit-pages.yml, which publishes "
            "`stratkit report --site` on GitHub Pages.",
        ),
    ] = False,
    lang: Annotated[
        Language | None,
        lang_option(
            help="sv, fi or en: the language of the example, its comments and the messages "
            "(default: the system's language setting, else en)."
        ),
    ] = None,
) -> None:
    """Create an example strategy, CI files and the JSON Schema in a folder.

    Writes a commented example strategy in the language of the run (--lang, else the
    locale): strategies/exempel.yaml in Swedish, strategies/esimerkki.yaml in Finnish,
    strategies/example.yaml in English; and stratkit.toml,
    stratkit.schema.json, .pre-commit-config.yaml, .github/workflows/stratkit.yml and
    .gitlab-ci.yml. A file that exists already is kept as it is (and named); --force
    replaces it. Running init again in a repository adds only what is missing. With
    --pages, a workflow that publishes the reports on GitHub Pages is added too.
    """
    from stratkit.cli.scaffold import EXAMPLES, REPOSITORY, files
    from stratkit.i18n import current

    if folder.exists() and not folder.is_dir():
        raise CannotRun(
            _("{folder} is a file, not a folder").format(folder=folder),
            _("give the folder to set up"),
        )
    language = lang or current()  # current: --lang before the command, else the locale
    made = files(datetime.date.today(), pages, language)
    kept = [] if force else sorted(path for path in made if (folder / path).exists())
    for path, text in made.items():
        if path in kept:
            continue
        target = folder / path
        existed = target.exists()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        except OSError as error:
            raise CannotRun(
                _("cannot write {path}: {reason}").format(path=target, reason=os_reason(error)),
                _("check the folder"),
            ) from None
        said = _("replaced {path}") if existed else _("created {path}")
        say(said.format(path=target))
    for path in kept:
        say(
            _("kept {path} (it exists; `stratkit init --force` replaces it)").format(
                path=folder / path
            )
        )
    if len(kept) == len(made):
        say(
            "\n"
            + _(
                "Nothing written: every file exists already. `stratkit init --force` replaces "
                "them with stratkit's versions (your changes to them are lost)."
            )
        )
        return
    say("\n" + _next_steps(folder, folder / EXAMPLES[language]))
    say(_("The walk-through: docs/ci.md at {repository}.").format(repository=REPOSITORY))


def _next_steps(folder: Path, example: Path) -> str:
    from stratkit.reading.git import in_repository

    if in_repository(folder):
        return _(
            "Next: edit {example}, run `stratkit validate`, then commit the files and push them."
        ).format(example=example)
    return _(
        "Next: edit {example}, run `stratkit validate`, then put the folder under git and push it."
    ).format(example=example)
