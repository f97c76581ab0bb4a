"""Read strategy files as they were in a git revision, without touching the checkout."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reading.discovery import is_strategy_name


class GitError(CannotRun):
    """git is missing, this is not a repository, or a revision does not exist."""


@dataclass(frozen=True, slots=True)
class Repository:
    root: Path

    @classmethod
    def around(cls, folder: Path) -> Repository:
        """The repository that contains `folder`, from any folder inside it."""
        try:
            top = _git(folder, "rev-parse", "--show-toplevel").strip()
        except GitError:
            raise GitError(
                _("{folder} is not inside a git repository").format(folder=folder.resolve()),
                _("run stratkit diff --rev inside the repository that holds the strategy files"),
            ) from None
        return cls(Path(top))

    def resolve(self, revision: str) -> str:
        """The commit a revision names. A revision can never be taken as a git option."""
        if not revision or revision.startswith("-"):
            raise GitError(
                _("'{revision}' is not a revision").format(revision=revision),
                _("give a commit, branch or tag such as HEAD~1, main or v2024"),
            )
        try:
            return _git(
                self.root,
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                f"{revision}^{{commit}}",
            ).strip()
        except GitError:
            raise GitError(
                _("unknown revision '{revision}'").format(revision=revision),
                _("check the name with `git log --oneline` (branches, tags and HEAD~N work)"),
            ) from None

    def strategy_files(self, commit: str, folder: Path) -> dict[str, bytes]:
        """name -> file content of the strategy files directly in `folder` at `commit`."""
        where = self.relative(folder)
        listing = _git(self.root, "ls-tree", "-z", "--end-of-options", commit, f"{where}/")
        files = {}
        for entry in filter(None, listing.split("\0")):
            meta, _tab, path = entry.partition("\t")
            pure = PurePosixPath(path)
            is_file = meta.split(" ")[1] == "blob"
            # The first of kasko.yaml and kasko.yml wins, as names are listed in order.
            if is_file and is_strategy_name(pure.name) and pure.stem not in files:
                files[pure.stem] = _git_bytes(self.root, "cat-file", "blob", f"{commit}:{path}")
        return files

    def relative(self, folder: Path) -> str:
        resolved, root = folder.resolve(), self.root.resolve()
        if not resolved.is_relative_to(root):
            raise GitError(
                _("{folder} is outside the repository at {root}").format(
                    folder=folder, root=self.root
                ),
                _("give --dir a folder inside the repository"),
            )
        inside = resolved.relative_to(root)
        return inside.as_posix() if inside.parts else "."


def in_repository(folder: Path) -> bool:
    """Whether `folder` is inside a git working tree: a `.git` folder (or the `.git` file of a
    worktree or submodule) in it or above it. Looked up without git, which a new user may
    not have installed yet."""
    here = folder.resolve()
    return any((place / ".git").exists() for place in (here, *here.parents))


def _git(cwd: Path, *args: str) -> str:
    return _git_bytes(cwd, *args).decode("utf-8", "surrogateescape")


def _git_bytes(cwd: Path, *args: str) -> bytes:
    # A clean, predictable git: no pager, no prompts, C locale for messages.
    env = {**os.environ, "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise GitError(_("git is not installed"), _("install git to compare revisions")) from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip(), "")
    return done.stdout
