"""The cache's own folder: made on first use, tagged, and never written through a link.

A repository may hold a committed symbolic link where the cache folder goes
(`.stratkit_cache -> .`, or to a folder outside the repository). Following it would put the
cache's `.gitignore` of `*` into the repository's root, hiding every new file from git, or
write anywhere the link points. So the folder and the generation folder inside it must be
folders themselves, files are created with O_EXCL (which never follows a link), and a
generation folder is deleted only when it is a folder named the way stratkit names them.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

GITIGNORE = "# Created by stratkit; the whole folder is a cache.\n*\n"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by stratkit.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class NotOurs(OSError):
    """The cache folder is a symbolic link, or a file: nothing is written there."""


def prepare(root: Path, entries: Path, generation: re.Pattern[str]) -> None:
    """Make `entries` (a folder in `root`) ready for segments; NotOurs when it cannot be
    done without writing through a link."""
    if not real_folder(root, missing_ok=True) or not real_folder(entries, missing_ok=True):
        raise NotOurs("the cache folder is a symbolic link")
    if entries.is_dir():
        return
    new_generation = not entries.exists()
    entries.mkdir(parents=True, exist_ok=True)
    if not real_folder(root) or not real_folder(entries):
        raise NotOurs("the cache folder was replaced by a link while it was made")
    ours = (root / "CACHEDIR.TAG").exists()
    create(root / ".gitignore", GITIGNORE)
    if not ours:
        create(root / "CACHEDIR.TAG", TAG)
    if new_generation and ours:
        # Entries of another stratkit version or code can never be read again. Only in a
        # folder stratkit tagged before, and only folders named the way it names them:
        # STRATKIT_CACHE_DIR may point anywhere, and nothing else there is ours to delete.
        for old in root.iterdir():
            if old != entries and generation.fullmatch(old.name) and real_folder(old):
                shutil.rmtree(old, ignore_errors=True)


def real_folder(path: Path, missing_ok: bool = False) -> bool:
    """Whether `path` is a folder itself, not a symbolic link to one (or, if `missing_ok`,
    does not exist yet)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        return missing_ok


def create(path: Path, text: str) -> None:
    """Write a new file; never through a link, never over a file that is already there."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    except FileExistsError:
        return  # there already (ours from an earlier run, or a link that is left alone)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
