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

Files: the entries a run makes are kept in memory and written as one segment file
(segments.py) at its end, or every FLUSH_SECONDS or FLUSH_CHARACTERS in a long run, since
creating a file costs more than writing one on many disks. More than MAX_SEGMENTS segments
are merged into one by one run at a time; the merge keeps the newest KEEP_CHARACTERS of
entries, so the folder stays bounded however often the files change.

Safety: a segment is written to a temporary file and renamed into place, so a reader sees a
whole segment or none, and two runs that race write two segments with the same entries.
Every entry carries a checksum and its format version (segments.py, entries.py): an entry or
segment that fails them is never served, the file is checked again, and the run says so in
one line (`notices`, which the command line prints on stderr). A segment that was merged away
by a racing run counts as missing without a word. When the folder cannot be created or
written, the run goes on without a cache and says nothing: the cache only ever saves time.

The cache writes only inside its own folder: a folder (or a file in it) that is a symbolic
link is never written through, since a link committed to a repository could point anywhere
(`.stratkit_cache -> .` would put a `.gitignore` of `*` into the repository's root).

This module imports neither pydantic nor PyYAML: a run where every file is cached does not
need them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from stratkit import __version__
from stratkit.cache import folder as cache_folder
from stratkit.cache import segments
from stratkit.cache.entries import Entry, decode
from stratkit.i18n import _

ENV_VAR = "STRATKIT_CACHE_DIR"
FOLDER = ".stratkit_cache"
FORMAT = "4"  # the layout of an entry and of a segment; bump when it changes
# A run writes what it has made after this many characters of entries or this many seconds,
# so that a long run keeps little in memory and a run that is killed loses little.
FLUSH_CHARACTERS = 32 * 1024 * 1024
FLUSH_SECONDS = 10.0
# More segments than this are merged into one, so that a lookup opens a few files at most;
# the merge keeps the newest entries up to this many characters and drops the rest.
MAX_SEGMENTS = 16
KEEP_CHARACTERS = 64 * 1024 * 1024
_LIBRARIES = ("yaml", "pydantic", "pydantic_core", "yaml_rs")
_GENERATION = re.compile(r"v\d+-[0-9A-Za-z.+!_-]+-[0-9a-f]{16}")


class Cache:
    """Entries by key. `put` keeps them in memory; `flush` writes them as one segment."""

    def __init__(self, folder: Path, on_notice: Callable[[str], None] | None = None) -> None:
        self.root = folder
        # Told each notice (a damaged entry, a folder that is a link) when the cache closes.
        self.on_notice = on_notice
        self.damaged = 0  # entries and segments found damaged and not served
        self._notices: list[str] = []
        self.entries = folder / f"v{FORMAT}-{__version__}-{_fingerprint()[:16]}"
        self.writable = True
        self._keyed = hashlib.blake2b(digest_size=20)
        self._keyed.update(self.entries.name.encode())
        self._keyed.update(_fingerprint().encode())
        self._index: dict[str, segments.Location] | None = None  # read on the first `get`
        # Segments read so far: the open file and where its entries start (None: unreadable).
        self._opened: dict[Path, tuple[BinaryIO, int] | None] = {}
        self._pending: dict[str, str] = {}
        self._pending_characters = 0
        self._since = 0.0  # when the oldest entry waiting to be written was put

    @classmethod
    def default(cls, on_notice: Callable[[str], None] | None = None) -> Cache:
        configured = os.environ.get(ENV_VAR)
        if configured:
            # The user's own setting may be a link (to another disk); what it points to is
            # the folder, and nothing inside it is followed.
            return cls(Path(configured).resolve(), on_notice)
        return cls(_repository_root(Path.cwd()) / FOLDER, on_notice)

    def key(self, raw: bytes, options: object) -> str:
        digest = self._keyed.copy()
        digest.update(repr(options).encode())
        digest.update(b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def stored_keys(self) -> set[str]:
        """Every key with an entry (written or waiting to be written)."""
        return set(self._load()) | set(self._pending)

    def get(self, key: str, with_strategy: bool, with_summary: bool = False) -> Entry | None:
        try:
            text = self._pending.get(key)
            if text is None:
                text = self._read(key, 3 if with_strategy else 2 if with_summary else 1)
            return None if text is None else decode(text, with_strategy)
        except OSError:
            return None  # merged away by a racing run: check the file again
        except (ValueError, KeyError, TypeError, AttributeError):
            self._damage()  # never served: check the file again
            return None

    def notices(self) -> list[str]:
        """What the cache has to tell the user (one line each), once: later calls give
        only what is new. Domain code never prints; the command line does."""
        if self.damaged:
            self._notices.append(
                _(
                    "the cache in {folder} held {count} damaged entries; they were not used "
                    "and their files were checked again"
                ).format(folder=self.root, count=self.damaged)
            )
            self.damaged = 0
        taken, self._notices = self._notices, []
        return taken

    def _damage(self) -> None:
        self.damaged += 1

    def _read(self, key: str, parts: int) -> str | None:
        """The first `parts` lines of an entry, and empty lines for the rest."""
        place = self._load().get(key)
        opened = None if place is None else self._open(place.segment)
        if place is None or opened is None:
            return None
        handle, body = opened
        wanted = sum(place.parts[:parts])
        handle.seek(body + place.offset)
        data = handle.read(wanted)
        if len(data) != wanted:
            raise ValueError("the entry is cut short")
        return segments.verified(key, place, data).decode() + "\n" * (3 - parts)

    def put(self, key: str, text: str) -> None:
        if not self.writable:
            return
        if not self._pending:
            self._since = time.monotonic()
        self._pending[key] = text
        self._pending_characters += len(text)
        if (
            self._pending_characters > FLUSH_CHARACTERS
            or time.monotonic() - self._since > FLUSH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Write what `put` kept as one segment; merge the segments when there are many."""
        pending, self._pending, self._pending_characters = self._pending, {}, 0
        if not pending or not self.writable:
            return
        try:
            self._prepare()
            index = self._load()
            index.update(segments.write(self.entries, pending)[1])
            if len(segments.names(self.entries)) > MAX_SEGMENTS:
                self._forget()  # let go of the segments, which the merge replaces
                segments.merge(self.entries, KEEP_CHARACTERS)
        except OSError:
            self.writable = False  # a read-only or full disk: go on without the cache

    def close(self) -> None:
        """Write what is pending, let go of the open segments, and pass on the notices."""
        self.flush()
        self._forget()
        if self.on_notice is not None:
            for notice in self.notices():
                self.on_notice(notice)

    def _forget(self) -> None:
        for opened in self._opened.values():
            if opened is not None:
                opened[0].close()
        self._opened.clear()
        self._index = None

    def _load(self) -> dict[str, segments.Location]:
        if self._index is None:
            index: dict[str, segments.Location] = {}
            # Oldest first: newer entries win. Nothing is read through a linked folder.
            linked = not cache_folder.real_folder(self.root, missing_ok=True)
            for segment in [] if linked else segments.names(self.entries):
                self._open(segment, index)
            self._index = index
        return self._index

    def _open(
        self, segment: Path, index: dict[str, segments.Location] | None = None
    ) -> tuple[BinaryIO, int] | None:
        """The open segment and where its body starts; its entries go into `index`."""
        if segment not in self._opened:
            handle = None
            try:
                handle = segments.open_segment(segment)
                body, entries = segments.read_index(handle, segment)
                self._opened[segment] = (handle, body)
                if index is not None:
                    index.update(entries)
            except (OSError, ValueError) as error:
                # Merged away by a racing run, or damaged: its entries count as missing.
                if handle is not None:
                    handle.close()
                self._opened[segment] = None
                if isinstance(error, ValueError):
                    self._damage()
                    self._remove_damaged(segment)
        return self._opened[segment]

    def _remove_damaged(self, segment: Path) -> None:
        """Delete a damaged segment, so that it is reported once (it is ours: in our folder,
        named as we name segments, and not a link)."""
        if self.writable and cache_folder.real_folder(self.entries):
            segments.remove([segment])

    def _prepare(self) -> None:
        try:
            cache_folder.prepare(self.root, self.entries, _GENERATION)
        except cache_folder.NotOurs:
            self._notices.append(
                _(
                    "the cache folder {folder} is a symbolic link or not a folder; stratkit "
                    "does not write through it, so this run was not cached (delete it, and "
                    "the next run makes a new one)"
                ).format(folder=self.root)
            )
            raise


def _repository_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


_FINGERPRINT: list[str] = []


def _fingerprint() -> str:
    """Changes whenever stratkit's code or a library that shapes its answers changes."""
    if _FINGERPRINT:
        return _FINGERPRINT[0]
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    # The whole stratkit package, not only this subpackage: a change to the progress rules
    # must never be answered from entries made by the old rules.
    package = Path(__file__).resolve().parent.parent
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
