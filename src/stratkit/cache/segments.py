"""Segment files: many cache entries in one file, each readable on its own.

Creating a file is the slow part of writing a cache on many disks (0.3-1 ms of kernel time
on ext4 here, where writing 30 kB costs 0.05 ms), so a run writes the entries it made as one
segment instead of one file each. A segment is:

    stratkit-cache-segment 1\\n
    {"<key>": [offset, report bytes, summary bytes, strategy bytes], ...}\\n
    <the entries, one after the other>

Each entry is the cache's three lines (report, summary, strategy); offsets count from the
end of the index line, so a reader needs only the index and the parts it asks for: `validate`
reads the report line of each entry and never the strategy.

A segment is written to a temporary file and renamed into place, so a reader sees all of it
or nothing. A segment whose magic line or index does not read back as described is damaged
and counts as missing as a whole; an entry that does not decode counts as missing.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import secrets
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"stratkit-cache-segment 2\n"
PREFIX = "seg-"
SUFFIX = ".bin"
TEMPORARY = ".tmp-"
LOCK = "merging.lock"
STALE_LOCK = 600  # seconds; merging even a large cache takes a few
_COUNTER = itertools.count()


@dataclass(frozen=True, slots=True)
class Location:
    """Where one entry lies in a segment, and the byte length and checksum of each of its
    three lines."""

    segment: Path
    offset: int  # from the end of the index line
    parts: tuple[int, int, int]
    checks: tuple[int, int, int] = (0, 0, 0)


class Damaged(ValueError):
    """A segment or an entry that does not read back as it was written."""


def checksum(key: str, part: bytes) -> int:
    return zlib.crc32(part, zlib.crc32(key.encode()))


def verified(key: str, place: Location, data: bytes) -> bytes:
    """`data`, the first parts of the entry at `place`, if each part's checksum holds."""
    start = 0
    for length, check in zip(place.parts, place.checks, strict=True):
        if start >= len(data):
            break
        if checksum(key, data[start : start + length]) != check:
            raise Damaged("an entry fails its checksum")
        start += length
    return data


def names(folder: Path) -> list[Path]:
    """The segments in a folder, oldest first (names start with the time they were made)."""
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.suffix == SUFFIX]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)


def read_index(handle: BinaryIO, segment: Path) -> tuple[int, dict[str, Location]]:
    """The index of an open segment, and where its body starts.

    ValueError if the segment is damaged: an index that is not as described, or that places
    an entry past the end of the file (so a damaged length never makes a huge read).
    """
    if handle.readline() != MAGIC:
        raise Damaged("not a stratkit cache segment of this format")
    line = handle.readline()
    if not line.endswith(b"\n"):
        raise Damaged("the index is cut short")
    data = json.loads(line)
    if not isinstance(data, dict):
        raise Damaged("the index is a mapping")
    start = len(MAGIC) + len(line)
    body = os.fstat(handle.fileno()).st_size - start
    index: dict[str, Location] = {}
    for key, spot in data.items():
        if not (isinstance(spot, list) and len(spot) == 7):
            raise Damaged("an index item has seven numbers")
        offset, report, summary, strategy, *checks = (_count(n) for n in spot)
        if offset + report + summary + strategy > body:
            raise Damaged("an entry lies past the end of its segment")
        index[key] = Location(
            segment, offset, (report, summary, strategy), (checks[0], checks[1], checks[2])
        )
    return start, index


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise Damaged("a position is a whole number of bytes")
    return value


def write(
    folder: Path, entries: Mapping[str, str], made: int | None = None
) -> tuple[Path, dict[str, Location]]:
    """Write entries (key -> the cache's three lines) as a new segment in `folder`.

    `made` (nanoseconds since the epoch, default now) places the segment among the others:
    a merged segment takes the time of the newest segment it holds, so that a segment a
    racing run wrote meanwhile still counts as newer.
    """
    body: list[bytes] = []
    index: dict[str, list[int]] = {}
    offset = 0
    for key, text in entries.items():
        parts = [f"{part}\n".encode() for part in _lines(text)]
        index[key] = [offset, *map(len, parts), *(checksum(key, part) for part in parts)]
        body.extend(parts)
        offset += sum(map(len, parts))
    head = MAGIC + json.dumps(index, separators=(",", ":")).encode() + b"\n"
    # Unique to this writer, even across machines or containers sharing the folder.
    stamp = f"{os.getpid()}-{next(_COUNTER):06d}-{secrets.token_hex(4)}"
    target = folder / f"{PREFIX}{made or time.time_ns():020d}-{stamp}{SUFFIX}"
    temporary = folder / f"{TEMPORARY}{stamp}"
    # O_EXCL creates a new file even where a symbolic link of that name waits.
    handle = os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), "wb")
    try:
        with handle:
            handle.write(head)
            handle.writelines(body)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    places = {
        key: Location(target, spot[0], (spot[1], spot[2], spot[3]), (spot[4], spot[5], spot[6]))
        for key, spot in index.items()
    }
    return target, places


def _lines(text: str) -> tuple[str, str, str]:
    report, _, rest = text.partition("\n")
    summary, _, strategy = rest.partition("\n")
    return report, summary, strategy.rstrip("\n")


def read_all(segment: Path) -> dict[str, str]:
    """Every whole entry of a segment as the cache's three lines (for merging segments);
    a damaged entry is left out, so that a merge never carries damage on."""
    with open_segment(segment) as handle:
        _, index = read_index(handle, segment)
        body = handle.read()
    entries = {}
    for key, place in index.items():
        data = body[place.offset : place.offset + sum(place.parts)]
        with contextlib.suppress(Damaged, UnicodeDecodeError):
            entries[key] = verified(key, place, data).decode()
    return entries


def open_segment(segment: Path) -> BinaryIO:
    """A segment opened for reading, never through a symbolic link."""
    return os.fdopen(os.open(segment, os.O_RDONLY | _NOFOLLOW), "rb")


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def made(segment: Path) -> int:
    """When a segment was written, from its name (0 if the name does not say)."""
    stamp = segment.name[len(PREFIX) :].partition("-")[0]
    return int(stamp) if stamp.isdigit() else 0


def remove_stale_temporaries(folder: Path, older_than: float) -> None:
    """Delete temporary files a writer left when it was killed (older than `older_than` s)."""
    limit = time.time() - older_than
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{TEMPORARY}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()


def remove(segments: Iterable[Path]) -> None:
    for segment in segments:
        # Gone already (a racing run merged it), or open elsewhere on Windows: left for later.
        with contextlib.suppress(OSError):
            segment.unlink()


def merge(folder: Path, keep: int) -> None:
    """Join the segments in `folder` into one, keeping the newest entries up to `keep`
    characters: older entries are dropped, which bounds the folder and this merge's memory.

    One run merges at a time (a lock file; a lock older than STALE_LOCK seconds was left by
    a run that was killed). The others go on with more segments for a while, rather than
    each writing its own merged copy. A segment that cannot be deleted (open in another
    process on Windows) stays, and is merged again later.
    """
    lock = folder / LOCK
    if not _take(lock):
        return
    try:
        remove_stale_temporaries(folder, older_than=STALE_LOCK)
        old = names(folder)
        if len(old) < 2:
            return
        merged: dict[str, str] = {}
        size = 0
        for segment in reversed(old):  # newest first: a key's newest entry wins
            try:
                entries = read_all(segment)
            except (OSError, ValueError):
                continue  # damaged, or merged away by a run that took a stale lock: dropped
            for key, text in entries.items():
                if key not in merged and size + len(text) <= keep:
                    merged[key] = text
                    size += len(text)
        write(folder, merged, max(made(segment) for segment in old))
        remove(old)
    finally:
        lock.unlink(missing_ok=True)


def _take(lock: Path) -> bool:
    for _attempt in range(2):
        try:
            os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            return True
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime < STALE_LOCK:
                    return False
                lock.unlink()  # left by a run that was killed while merging
            except OSError:
                return False
    return False
