"""Find strategy files: in folders (not recursively), by name, or as given."""

from __future__ import annotations

import difflib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from stratkit.diagnostics import FILE_START, Diagnostic
from stratkit.messages import Message

SUFFIXES = (".yaml", ".yml")
DEFAULT_DIR = "strategies"


@dataclass(frozen=True, slots=True)
class Found:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, path as shown)
    missing: list[str] = field(default_factory=list)
    empty_folders: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def strategy_files(folder: Path) -> list[Path]:
    """The strategy files directly in `folder`; sub-folders and hidden files are not read.

    Not recursing keeps CI files (.github/…, .gitlab-ci.yml) out when the folder is a
    repository root, and keeps one name per strategy.
    """
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted((p for p in entries if is_strategy_name(p.name)), key=lambda p: p.name)


def is_strategy_name(name: str) -> bool:
    """A strategy file's name: *.yaml or *.yml, not hidden (the same in git as on disk)."""
    return name.endswith(SUFFIXES) and not name.startswith(".")


def strategy_name(path: Path) -> str:
    return path.stem


def find(paths: list[str]) -> Found:
    found = Found()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _add_folder(found, path, given)
        elif path.exists() or path.is_symlink():
            found.files.append((path, given))
        else:
            found.missing.append(given)
    return found


def _add_folder(found: Found, folder: Path, given: str) -> None:
    seen: dict[str, str] = {}
    files = strategy_files(folder)
    if not files:
        found.empty_folders.append(given)
    for file in files:
        shown = os.path.join(given, file.name)
        name = strategy_name(file)
        if name in seen:
            found.diagnostics.append(
                Diagnostic.at(
                    shown,
                    FILE_START,
                    "STK006",
                    Message(
                        "strategy name '{name}' is also used by {other}",
                        name=name,
                        other=seen[name],
                    ),
                    Message("rename or remove one of the two files"),
                )
            )
        seen.setdefault(name, shown)
        found.files.append((file, shown))


def names(folder: Path) -> list[str]:
    return sorted({strategy_name(p) for p in strategy_files(folder)})


def by_name(folder: Path, name: str) -> Path | None:
    """The file for a strategy name such as 'kasko'; a path to a file is accepted too."""
    as_path = Path(name)
    if as_path.suffix in SUFFIXES and as_path.is_file():
        return as_path
    files = strategy_files(folder)
    for file in files:
        if strategy_name(file) == name:
            return file
    # "kaskö" for kasko.yaml: file names are often written without å, ä, ö.
    folded = [file for file in files if _fold(strategy_name(file)) == _fold(name)]
    return folded[0] if len(folded) == 1 else None


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def suggest(name: str, known: list[str]) -> str | None:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return close[0] if close else None
