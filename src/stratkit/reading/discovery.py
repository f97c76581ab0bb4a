"""Find strategy files: in folders (not recursively), by name, or as given."""

from __future__ import annotations

import difflib
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from stratkit.diagnostics import FILE_START, Diagnostic
from stratkit.i18n import os_reason
from stratkit.messages import Message

SUFFIXES = (".yaml", ".yml")
DEFAULT_DIR = "strategies"


@dataclass(frozen=True, slots=True)
class Found:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, path as shown)
    missing: list[str] = field(default_factory=list)
    empty_folders: list[str] = field(default_factory=list)
    # Folders that cannot be listed (permission denied), with the reason.
    unreadable_folders: list[tuple[str, str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def strategy_files(folder: Path) -> list[Path]:
    """The strategy files directly in `folder`; sub-folders and hidden files are not read.

    Not recursing keeps CI files (.github/…, .gitlab-ci.yml) out when the folder is a
    repository root, and keeps one name per strategy.
    """
    try:
        return _listed(folder)
    except OSError:
        return []


def _listed(folder: Path) -> list[Path]:
    entries = list(folder.iterdir())
    return sorted((p for p in entries if is_strategy_name(p.name)), key=lambda p: p.name)


def is_strategy_name(name: str) -> bool:
    """A strategy file's name: *.yaml or *.yml, not hidden (the same in git as on disk)."""
    return name.endswith(SUFFIXES) and not name.startswith(".")


def outside_link(file: Path) -> bool:
    """Whether `file` is a symbolic link to a file outside its own folder.

    Strategy files are read only inside the folders given (a folder given may itself be a
    link; what matters is where each file leads from there): a committed link such as
    `strategies/env.yaml -> ../../.env` must not make stratkit read, and quote, a secret.
    """
    try:
        if not file.is_symlink():
            return False
        target = file.resolve()
        folder = file.parent.resolve()
    except (OSError, RuntimeError):
        return False  # a link that loops: reading it says so (STK001)
    return not target.is_relative_to(folder)


def linked_outside(file: Path, shown: str) -> Diagnostic | None:
    """STK007 for a file that is a symbolic link out of its folder; None for any other."""
    if not outside_link(file):
        return None
    return Diagnostic.at(
        shown,
        FILE_START,
        "STK007",
        Message(
            "{path} is a symbolic link to a file outside its folder; it was not read", path=shown
        ),
        Message("copy the strategy into the folder, or link to a file inside it"),
    )


def strategy_name(path: Path) -> str:
    return path.stem


def find(paths: list[str]) -> Found:
    found = Found()
    for given in paths:
        path = Path(given)
        kind = _kind(path)
        if kind == "folder":
            _add_folder(found, path, given)
        elif kind == "missing":
            found.missing.append(displayed(given))
        else:  # a file, or a path that may not be looked at: reading it says why (STK001)
            found.files.append((path, displayed(given)))
    return found


def _kind(path: Path) -> str:
    """folder, file or missing; never an error (a folder on the way that may not be read,
    a name too long for the system: the file's report says so)."""
    try:
        return "folder" if stat.S_ISDIR(os.stat(path).st_mode) else "file"
    except (FileNotFoundError, NotADirectoryError):
        try:
            os.lstat(path)  # a link to nothing is a file that cannot be read
        except OSError:
            return "missing"
        return "file"
    except (OSError, ValueError):
        return "file"


def displayed(name: str) -> str:
    """A path as shown: bytes that are not UTF-8 in a file name (a Latin-1 'å' from an old
    disk) are written as escapes such as \\xe5, so that every output can print it."""
    if name.isascii():
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _add_folder(found: Found, folder: Path, given: str) -> None:
    seen: dict[str, str] = {}
    try:
        files = _listed(folder)
    except OSError as error:
        found.unreadable_folders.append((displayed(given), os_reason(error)))
        return
    if not files:
        found.empty_folders.append(given)
    for file in files:
        shown = displayed(os.path.join(given, file.name))
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
