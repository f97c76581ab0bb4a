"""A content-addressed cache of file reports, so that an unchanged file is not checked twice.

Where: `.stratkit_cache/` in the root of the git repository that holds the current folder (or
in the current folder outside a repository), or the folder named by STRATKIT_CACHE_DIR. The
folder holds a `.gitignore` of its own, so it is never committed, and a CACHEDIR.TAG so that
backup tools skip it. Deleting it at any time is safe.

Key: a hash of the file's bytes, of stratkit's version and code (the size and modification
time of every module, so an edited or upgraded stratkit never reads old answers), of the
libraries that shape the answers, and of the check options (`repr(CheckOptions)`, so a field
added to the options is covered without touching this module). Renaming or copying a file
keeps its entry: the path is not part of the entry but given back when it is read.

Safety: an entry is written to a temporary file and renamed into place, so a reader sees a
whole entry or none and two runs that race write the same bytes. An entry that cannot be read
or decoded counts as missing. When the folder cannot be created or written, the run goes on
without a cache and says nothing: the cache only ever saves time.

This module imports neither pydantic nor PyYAML: a run where every file is cached does not
need them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from stratkit import __version__
from stratkit.diagnostics import Diagnostic, Severity

ENV_VAR = "STRATKIT_CACHE_DIR"
FOLDER = ".stratkit_cache"
FORMAT = "2"  # the layout of an entry; bump when it changes
_LIBRARIES = ("yaml", "pydantic", "pydantic_core", "yaml_rs")
_GENERATION = re.compile(r"v\d+-[0-9A-Za-z.+!_-]+-[0-9a-f]{16}")
_GITIGNORE = "# Created by stratkit; the whole folder is a cache.\n*\n"
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by stratkit.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps of one file's report: diagnostics without the path, the quoted
    lines, the strategy's overview (summary.Summary) once `status` has asked for it, and the
    validated strategy as JSON (modelstore), when there is one."""

    diagnostics: tuple[tuple[object, ...], ...]
    lines: dict[int, str]
    strategy: str | None
    summary: str | None = None

    def diagnostics_for(self, path: str) -> tuple[Diagnostic, ...]:
        return tuple(_diagnostic(path, row) for row in self.diagnostics)


def _diagnostic(path: str, row: tuple[object, ...]) -> Diagnostic:
    line, column, end_line, end_column, severity, code, message, hint = row
    return Diagnostic(
        path,
        int(str(line)),
        int(str(column)),
        int(str(end_line)),
        int(str(end_column)),
        Severity(str(severity)),
        str(code),
        str(message),
        None if hint is None else str(hint),
    )


def encode(
    diagnostics: tuple[Diagnostic, ...],
    lines: dict[int, str],
    strategy: str | None,
    summary: str | None = None,
) -> str:
    rows = [
        [d.line, d.column, d.end_line, d.end_column, d.severity.value, d.code, d.message, d.hint]
        for d in diagnostics
    ]
    head = json.dumps({"d": rows, "l": lines}, ensure_ascii=False)
    # Three lines, smallest first: the report (all `validate` reads), the summary (all the
    # overview of `status` reads), the strategy.
    return f"{head}\n{summary or ''}\n{strategy or ''}\n"


def decode(text: str, with_strategy: bool) -> Entry:
    head, _, rest = text.partition("\n")
    data = json.loads(head)
    rows = tuple(tuple(row) for row in data["d"])
    for row in rows:
        if len(row) != 8:
            raise ValueError("a diagnostic has eight fields")
    lines = {int(n): str(t) for n, t in data["l"].items()}
    if with_strategy and rest.count("\n") != 2:
        raise ValueError("an entry has three lines")
    summary, _, strategy = rest.partition("\n")
    return Entry(
        rows,
        lines,
        strategy.rstrip("\n") or None if with_strategy else None,
        summary or None,
    )


class Cache:
    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.entries = folder / f"v{FORMAT}-{__version__}-{_fingerprint()[:16]}"
        self.writable = True
        self._ready: set[Path] = set()  # folders known to exist
        self._keyed = hashlib.blake2b(digest_size=20)
        self._keyed.update(self.entries.name.encode())
        self._keyed.update(_fingerprint().encode())

    @classmethod
    def default(cls) -> Cache:
        configured = os.environ.get(ENV_VAR)
        if configured:
            return cls(Path(configured))
        return cls(_repository_root(Path.cwd()) / FOLDER)

    def key(self, raw: bytes, options: object) -> str:
        digest = self._keyed.copy()
        digest.update(repr(options).encode())
        digest.update(b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        # One flat folder: creating a folder costs as much as writing an entry, and a
        # strategy repository (even a national one) has thousands of files, not millions.
        return self.entries / f"{key}.json"

    def get(self, key: str, with_strategy: bool, with_summary: bool = False) -> Entry | None:
        try:
            with self._path(key).open(encoding="utf-8") as handle:
                if with_strategy:
                    text = handle.read()
                else:
                    text = handle.readline() + (handle.readline() if with_summary else "")
            return decode(text, with_strategy)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, unreadable or damaged: check the file again

    def put(self, key: str, text: str) -> None:
        if not self.writable:
            return
        target = self._path(key)
        folder = target.parent
        temporary = folder / f".tmp-{os.getpid()}-{next(_COUNTER)}"  # unique to this writer
        try:
            if folder not in self._ready:
                if not folder.is_dir():
                    self._prepare(folder)
                self._ready.add(folder)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(temporary, target)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except OSError:
            self.writable = False  # a read-only or full disk: go on without the cache

    def _prepare(self, folder: Path) -> None:
        new_generation = not self.entries.exists()
        folder.mkdir(parents=True, exist_ok=True)
        ours = (self.root / "CACHEDIR.TAG").exists()
        if not (self.root / ".gitignore").exists():
            (self.root / ".gitignore").write_text(_GITIGNORE, encoding="utf-8")
        if not ours:
            (self.root / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
        if new_generation and ours:
            # Entries of another stratkit version or code can never be read again. Only in a
            # folder stratkit tagged before, and only folders named the way it names them:
            # STRATKIT_CACHE_DIR may point anywhere, and nothing else there is ours to delete.
            for old in self.root.iterdir():
                if old.is_dir() and old != self.entries and _GENERATION.fullmatch(old.name):
                    shutil.rmtree(old, ignore_errors=True)


def _repository_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


_FINGERPRINT: list[str] = []
_COUNTER = itertools.count()


def _fingerprint() -> str:
    """Changes whenever stratkit's code or a library that shapes its answers changes."""
    if _FINGERPRINT:
        return _FINGERPRINT[0]
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            stat = os.stat(origin)
            digest.update(f"{name}:{origin}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    _FINGERPRINT.append(digest.hexdigest())
    return _FINGERPRINT[0]
