"""The language of what stratkit says: message catalogues (gettext) and the chosen language.

Messages are written in English in the code, marked with `_()` (translated now) or `N_()`
(only marked, for texts translated later, such as a diagnostic made before the file's language
is known). The Swedish and Finnish catalogues are `.po` files under `locale/`, compiled to `.mo`
files shipped in the package. The language is a context variable, set once at the command
line's edge from `--lang`, the file or the locale.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LANGUAGES = ("sv", "fi", "en")
DOMAIN = "stratkit"
LOCALE_DIR = Path(__file__).parent / "locale"

_language: ContextVar[str] = ContextVar("stratkit_language", default="en")


def current() -> str:
    return _language.get()


def use(language: str) -> None:
    """Speak `language` (sv, fi or en) from now on in this context."""
    _language.set(language if language in LANGUAGES else "en")


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block, and the language spoken before after it."""
    token = _language.set(language if language in LANGUAGES else "en")
    try:
        yield
    finally:
        _language.reset(token)


def from_locale(environ: dict[str, str] | None = None) -> str | None:
    """sv or fi when the locale says so (LC_ALL, LC_MESSAGES, LANG, in POSIX order)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            head = value[:2].lower()
            return head if head in ("sv", "fi") else None
    return None


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def _(message: str) -> str:
    """`message` in the current language."""
    return catalogue(_language.get()).gettext(message)


def in_language(message: str, language: str) -> str:
    """`message` in the given language, whatever the current one is."""
    return catalogue(language).gettext(message)


def plural_in(singular: str, plural: str, n: int, language: str) -> str:
    """The form of a message for `n` things in the given language (gettext's ngettext)."""
    return catalogue(language).ngettext(singular, plural, n)


def N_(message: str) -> str:  # the name gettext's tools look for
    """Mark `message` for translation without translating it yet."""
    return message


# Why the system refused to read or write a file, for the errors users meet; the C library's
# own text (OSError.strerror) is English on most machines whatever the locale.
_OS_REASONS = {
    "ENOENT": N_("the file or folder does not exist"),
    "EACCES": N_("permission denied"),
    "EPERM": N_("permission denied"),
    "ENOSPC": N_("the disk is full"),
    "EROFS": N_("the disk is read-only"),
    "EISDIR": N_("it is a folder"),
    "ENOTDIR": N_("a part of the path is not a folder"),
}


def os_reason(error: OSError) -> str:
    """Why `error` happened, in the reader's language where stratkit knows the reason."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    if name in _OS_REASONS:
        return _(_OS_REASONS[name])
    return error.strerror or str(error)
