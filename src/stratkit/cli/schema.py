"""`stratkit schema`: the JSON Schema of the strategy file format, for editors."""

from __future__ import annotations

from stratkit.cli.common import out


def schema() -> None:
    """Print the JSON Schema of strategy files (save it, then point your editor at it).

    With the YAML extension of VS Code (or any editor using the YAML language server), a
    first line `# yaml-language-server: $schema=../stratkit.schema.json` in a strategy file
    gives completion, descriptions on hover and red squiggles while typing.
    """
    from stratkit.reporters.json_schema import render

    out(render())
