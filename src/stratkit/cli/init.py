"""`stratkit init`: start a strategy repository with an example, CI and editor support."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer

from stratkit.cli.common import fail, say


def init(
    folder: Annotated[
        Path, typer.Argument(help="The folder to set up; it is created if it does not exist.")
    ] = Path("."),
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite files that exist already.")
    ] = False,
) -> None:
    """Create an example strategy, CI files and the JSON Schema in a folder.

    Writes strategies/exempel.yaml (a commented example in Swedish), stratkit.toml,
    stratkit.schema.json, .pre-commit-config.yaml, .github/workflows/stratkit.yml and
    .gitlab-ci.yml. Existing files are left alone unless --force is given: then nothing is
    written and the command exits with 2.
    """
    from stratkit.scaffold import EXAMPLE, files

    if folder.exists() and not folder.is_dir():
        fail(f"{folder} is a file, not a folder", "give the folder to set up")
    made = files(datetime.date.today())
    existing = sorted(path for path in made if (folder / path).exists())
    if existing and not force:
        fail(
            f"{folder} already has {', '.join(existing)}",
            "run `stratkit init --force` to overwrite them, or choose an empty folder",
        )
    for path, text in made.items():
        target = folder / path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        except OSError as error:
            fail(f"cannot write {target}: {error.strerror or error}", "check the folder")
        say(f"{'overwrote' if path in existing else 'created'} {target}")
    say(
        "\nNext: edit "
        + str(folder / EXAMPLE)
        + ", run `stratkit validate`, then put the folder under git and push it."
        + "\nThe walk-through: docs/ci.md in stratkit."
    )
