"""The domain never prints, exits or drives a terminal: no rich, typer, click or subprocess
below the command line and the reporters (git is read by reading.git alone)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import stratkit

SOURCE = Path(stratkit.__file__).parent
DOMAIN = ["model", "reading", "checks", "validation", "progress", "diff", "cache"]
FORBIDDEN = {"rich", "typer", "click", "subprocess"}
ALLOWED = {("reading/git.py", "subprocess")}  # the one domain module that runs a process (git)


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", DOMAIN)
def test_domain_packages_import_no_terminal_or_processes(package: str) -> None:
    modules = sorted((SOURCE / package).rglob("*.py"))
    assert modules
    for module in modules:
        where = module.relative_to(SOURCE).as_posix()
        bad = {name for name in imported(module) & FORBIDDEN if (where, name) not in ALLOWED}
        assert not bad, f"{where} imports {bad}"


def test_domain_modules_never_print_or_exit() -> None:
    for package in DOMAIN:
        for module in sorted((SOURCE / package).rglob("*.py")):
            tree = ast.parse(module.read_text(encoding="utf-8"))
            calls = {
                node.func.id
                for node in ast.walk(tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            }
            assert not calls & {"print", "exit", "quit"}, module
            text = module.read_text(encoding="utf-8")
            assert "sys.exit" not in text, module
            assert "sys.stdout" not in text, module
