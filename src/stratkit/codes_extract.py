"""Babel extractors for texts that are not marked with _(): the code catalogue (codes/),
the help of the command line (cli/) and the descriptions of the models (model/strategy.py).

They are plain strings in `Code(...)` rows (marking each with N_ would make the table half as
long again), so `pybabel extract` reads them with this method, named in babel.cfg. Only the
catalogue's tools use it; stratkit never imports it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Code":
            for arg in node.args[2:4]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield arg.lineno, "N_", arg.value, []


def extract_cli(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """What `_()` and friends mark, and also every `help=`, `show_default=` and `metavar=`
    text and command docstring (which cli.help_language translates when --help is shown) and every
    `description=` of the models (which model.json_schema gives in three languages)."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    module = Path(getattr(fileobj, "name", "")).stem  # cli/schema.py holds `def schema`
    found: Iterator[Any] = extract_python(fileobj, keywords, comment_tags, options)
    yield from found
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.keyword) and node.arg in (
            "help",
            "show_default",
            "description",
            "metavar",
        ):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                yield node.value.lineno, "N_", node.value.value, []
        elif isinstance(node, ast.FunctionDef) and _help_of(node, module):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield node.lineno, "N_", doc, []


def _is_command(node: ast.FunctionDef) -> bool:
    """A command's function takes its parameters from typer, so its docstring is its help."""
    for arg in node.args.args:
        if arg.annotation is not None:
            written = ast.unparse(arg.annotation)
            if "typer." in written or "Option" in written:
                return True
    return False


def _help_of(node: ast.FunctionDef, module: str) -> bool:
    """Whether the function is a command: with typer parameters, or none and the module's name."""
    return _is_command(node) or (node.name == module and not node.args.args)
