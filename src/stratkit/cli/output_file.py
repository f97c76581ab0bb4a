"""How every command writes the file it is asked to write (`--output`, the pages of `--site`):
one set of rules, so that `export` and `report` answer alike.

- The folder must exist: a mistyped folder is an error to correct (exit 2), not a folder to
  make silently somewhere else. Only a folder the command fills (`report --site`) is made.
- A folder as the target is an error; a file name inside it was meant.
- A regular file, or a new one, is written beside itself and renamed over, so that a failed
  run never leaves half a file and a reader never sees one.
- Anything else that exists (a character device such as /dev/null, a FIFO) is written to
  directly: renaming over it would put a regular file in its place (as root, /dev/null).
- A new file gets the permissions the umask gives (0o666 & ~umask), not the 0o600 of a
  temporary file, so that colleagues on a shared drive can open it; a replaced file keeps
  its mode.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stratkit.errors import CannotRun
from stratkit.i18n import _, os_reason


def check_target(target: Path, example: str = "stratkit.txt") -> None:
    """Raise CannotRun when `target` cannot be written as a file: its folder is missing,
    or it is a folder (`example`: a file name to suggest inside it). Called before the work,
    so that nothing is computed in vain."""
    if target.is_dir():
        raise CannotRun(
            _("{path} is a folder, not a file").format(path=target),
            _("give the name of a file inside it, for example {example}").format(
                example=target / example
            ),
        )
    folder = target.parent
    if not folder.is_dir():
        raise CannotRun(
            _("the folder {folder} does not exist, so {path} cannot be written").format(
                folder=folder, path=target
            ),
            _("create the folder first, or choose a file in a folder that exists"),
        )


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A path to write the whole output to; when the block succeeds, it becomes `target`.
    Raises CannotRun when the target cannot be written (see check_target) or writing fails."""
    check_target(target)
    try:
        with _staged(target) as partial:
            yield partial
    except OSError as error:
        raise cannot_write(error, target) from None


def cannot_write(error: OSError, target: Path) -> CannotRun:
    """What a failed write tells the user: the file (`target` if the system names none),
    why, and what to look at."""
    return CannotRun(
        _("cannot write {path}: {reason}").format(
            path=error.filename or target, reason=os_reason(error)
        ),
        _(
            "check that the folder exists and is not a file, that it can be written to, and "
            "that the disk is not full"
        ),
    )


def write_bytes(target: Path, data: bytes) -> None:
    """`data` to `target` by the rules above; CannotRun on failure."""
    with replacing(target) as partial:
        partial.write_bytes(data)


def write_file(target: Path, data: bytes) -> None:
    """`data` to `target`, whose folder exists; OSError on failure (for the site's workers,
    which report the first failure once)."""
    with _staged(target) as partial:
        partial.write_bytes(data)


@contextmanager
def _staged(target: Path) -> Iterator[Path]:
    import tempfile

    special = _special(target)
    # A device's folder (/dev) is no place for a temporary file: stage it in the temp folder.
    folder = None if special else target.parent
    # The suffix of the target: a writer may go by it (openpyxl by .xlsx).
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=target.suffix)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        if special:
            import shutil

            with partial.open("rb") as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)
        else:
            os.chmod(partial, _mode(target))
            os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _special(target: Path) -> bool:
    """Whether `target` exists and is not a regular file (a device, a FIFO, a socket)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return False
    return not stat.S_ISREG(mode)


def _mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def _umask() -> int:
    # Read once at import: os.umask can only be read by setting it, which threads must not race.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()
