"""Open a strategy file for editing, apply edits, check them, show them, write them safely.

Nothing is written that the user has not seen: `plan` returns the new bytes and a unified
diff; `write` stores them only if the file is still what was read, atomically (a temporary
file in the same folder, fsync, os.replace, the same permissions), and reads them back.
"""

from __future__ import annotations

import codecs
import difflib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.i18n import _, os_reason
from stratkit.writing.changes import Change, apply_change, check_change
from stratkit.writing.check import refuse_errors

BOM = codecs.BOM_UTF8


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    raw: bytes
    text: str  # without the BOM, line breaks as in the file

    @property
    def bom(self) -> bool:
        return self.raw.startswith(BOM)

    @property
    def newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"


@dataclass(frozen=True, slots=True)
class Edit:
    document: Document
    changes: tuple[Change, ...]
    text: str

    @property
    def raw(self) -> bytes:
        return (BOM if self.document.bom else b"") + self.text.encode("utf-8")

    @property
    def changed(self) -> bool:
        return self.text != self.document.text

    def diff(self, shown: str | None = None, note: str | None = None) -> str:
        """The unified diff of the file's text; `note` (such as the source) heads it."""
        name = shown or str(self.document.path)
        lines = difflib.unified_diff(
            self.document.text.splitlines(),
            self.text.splitlines(),
            f"a/{name}",
            f"b/{name}",
            lineterm="",
        )
        head = [f"# {note}"] if note else []
        return "\n".join([*head, *lines]) + "\n"


def open_document(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CannotRun(
            _("cannot read {path}: {reason}").format(path=path, reason=os_reason(error)),
            _("check the file name and that you may read the file"),
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CannotRun(
            _("{path} is not UTF-8 text").format(path=path), _("run stratkit validate")
        ) from None
    text = text.removeprefix("\ufeff")
    refuse_errors(path, text)
    return Document(path, raw, text)


def plan(document: Document, changes: Sequence[Change]) -> Edit:
    """The document with every change applied, checked to change nothing else."""
    text = document.text
    for change in changes:
        before = text
        text = apply_change(text, change, document.newline)
        check_change(document.path, before, text, change)
    return Edit(document, tuple(changes), text)


def write(edit: Edit) -> None:
    path = edit.document.path
    try:
        current = path.read_bytes()
    except OSError:
        current = None
    if current != edit.document.raw:
        raise CannotRun(
            _("{path} changed on disk since stratkit read it; nothing was written").format(
                path=path
            ),
            _("run the command again to see the changes against the file as it is now"),
        )
    data = edit.raw
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)
    if path.read_bytes() != data:
        raise CannotRun(
            _("{path} does not hold what was written").format(path=path),
            _("check the file with git diff; another program may be writing to it"),
        )


def _sync_folder(folder: Path) -> None:
    # The rename itself lasts only once the folder's entry is on disk (POSIX only).
    if not hasattr(os, "O_DIRECTORY"):
        return
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
