"""A strategy file's bytes and text, or the diagnostic that says why they cannot be had."""

from __future__ import annotations

import codecs
import errno
from pathlib import Path

from stratkit.diagnostics import FILE_START, Diagnostic, Span
from stratkit.i18n import os_reason
from stratkit.messages import Message
from stratkit.reading.discovery import linked_outside
from stratkit.reading.lines import byte_position

# A real strategy file is a few tens of kilobytes; this leaves room for decades of data
# while refusing files that could only exhaust the machine.
MAX_FILE_BYTES = 5 * 1024 * 1024


def read_bytes(file: Path, shown: str) -> bytes | Diagnostic:
    """The file's bytes, or the diagnostic saying why they cannot be checked."""
    linked = linked_outside(file, shown)  # never followed: its lines are never quoted
    if linked is not None:
        return linked
    try:
        if file.is_dir():
            raise IsADirectoryError(f"{shown} is a folder, not a file")
        with file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return unreadable(shown, error)
    if len(raw) > MAX_FILE_BYTES:
        return Diagnostic.at(
            shown,
            FILE_START,
            "STK005",
            Message("the file is larger than {size} MB", size=MAX_FILE_BYTES // (1024 * 1024)),
            Message("a strategy file should be a few kilobytes; check that this is the right file"),
        )
    return raw


def decode(path: str, raw: bytes) -> str | Diagnostic:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4096]:
        return Diagnostic.at(
            path,
            FILE_START,
            "STK002",
            Message("the file is saved as UTF-16, not UTF-8"),
            Message("open it in your editor and save it with the encoding UTF-8"),
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _not_utf8(path, raw, error.start)


def _not_utf8(path: str, raw: bytes, offset: int) -> Diagnostic:
    line, column = byte_position(raw, offset)
    byte = raw[offset]
    guess = bytes([byte]).decode("cp1252", "replace")
    message = Message("byte {byte} is not UTF-8 text", byte=f"0x{byte:02X}")
    if guess.isprintable() and guess != "\ufffd":
        message = Message(
            "byte {byte} is not UTF-8 text; the file seems to be saved as "
            "Latin-1/Windows-1252, where it means '{guess}'",
            byte=f"0x{byte:02X}",
            guess=guess,
        )
    return Diagnostic.at(
        path,
        Span(line, column, line, column + 1),
        "STK002",
        message,
        Message("open the file in your editor and save it with the encoding UTF-8"),
    )


def unreadable(path: str, error: OSError) -> Diagnostic:
    reason: str = os_reason(error)
    if isinstance(error, IsADirectoryError):
        reason = Message("it is a folder, not a file")
    elif error.errno == errno.ELOOP:
        reason = Message("it is a symbolic link that points to itself")
    elif isinstance(error, PermissionError):
        reason = Message("permission denied")
    elif isinstance(error, FileNotFoundError):
        reason = Message("no such file")
    return Diagnostic.at(
        path,
        FILE_START,
        "STK001",
        Message("cannot read {path}: {reason}", path=path, reason=reason),
        Message("check the file name and that you may read the file"),
    )
