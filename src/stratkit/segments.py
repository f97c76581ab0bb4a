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
or nothing. Anything that does not read back as described counts as missing.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"stratkit-cache-segment 1\n"
PREFIX = "seg-"
SUFFIX = ".bin"
_COUNTER = itertools.count()


@dataclass(frozen=True, slots=True)
class Location:
    """Where one entry lies in a segment, and the byte length of each of its three lines."""

    segment: Path
    offset: int  # from the end of the index line
    parts: tuple[int, int, int]


def names(folder: Path) -> list[Path]:
    """The segments in a folder, oldest first (names start with the time they were made)."""
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.suffix == SUFFIX]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)


def read_index(handle: BinaryIO, segment: Path) -> tuple[int, dict[str, Location]]:
    """The index of an open segment, and where its body starts. ValueError if damaged."""
    if handle.readline() != MAGIC:
        raise ValueError("not a stratkit cache segment")
    line = handle.readline()
    if not line.endswith(b"\n"):
        raise ValueError("the index is cut short")
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("the index is a mapping")
    index: dict[str, Location] = {}
    for key, spot in data.items():
        if not (isinstance(spot, list) and len(spot) == 4):
            raise ValueError("an index item has four numbers")
        offset, report, summary, strategy = (_count(n) for n in spot)
        index[key] = Location(segment, offset, (report, summary, strategy))
    return len(MAGIC) + len(line), index


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("a position is a whole number of bytes")
    return value


def write(folder: Path, entries: Mapping[str, str]) -> tuple[Path, dict[str, Location]]:
    """Write entries (key -> the cache's three lines) as a new segment in `folder`."""
    body: list[bytes] = []
    index: dict[str, list[int]] = {}
    offset = 0
    for key, text in entries.items():
        report, summary, strategy = (f"{part}\n".encode() for part in _lines(text))
        index[key] = [offset, len(report), len(summary), len(strategy)]
        body.extend((report, summary, strategy))
        offset += len(report) + len(summary) + len(strategy)
    head = MAGIC + json.dumps(index, separators=(",", ":")).encode() + b"\n"
    stamp = f"{os.getpid()}-{next(_COUNTER)}"
    target = folder / f"{PREFIX}{time.time_ns():020d}-{stamp}{SUFFIX}"
    temporary = folder / f".tmp-{stamp}"  # unique to this writer
    try:
        with temporary.open("xb") as handle:
            handle.write(head)
            handle.writelines(body)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    places = {
        key: Location(target, spot[0], (spot[1], spot[2], spot[3])) for key, spot in index.items()
    }
    return target, places


def _lines(text: str) -> tuple[str, str, str]:
    report, _, rest = text.partition("\n")
    summary, _, strategy = rest.partition("\n")
    return report, summary, strategy.rstrip("\n")


def read_all(segment: Path) -> dict[str, str]:
    """Every entry of a segment as the cache's three lines (for merging segments)."""
    with segment.open("rb") as handle:
        _, index = read_index(handle, segment)
        body = handle.read()
    entries = {}
    for key, place in index.items():
        end = place.offset + sum(place.parts)
        if end > len(body):
            raise ValueError("an entry lies past the end of its segment")
        entries[key] = body[place.offset : end].decode()
    return entries


def remove(segments: Iterable[Path]) -> None:
    for segment in segments:
        # Gone already (a racing run merged it), or open elsewhere on Windows: left for later.
        with contextlib.suppress(OSError):
            segment.unlink()
