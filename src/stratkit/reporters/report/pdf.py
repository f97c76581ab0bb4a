"""Print the report page to a tagged PDF with its language set.

A Chromium-family browser found on the machine prints it headless (Chromium, Chrome or Edge:
their print to PDF writes a tagged PDF whose /Lang is the page's lang, with the page
numbers of the print stylesheet). Without one, WeasyPrint does it when installed
(`pip install 'stratkit[pdf]'`). With neither, PrintProblem says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Names on PATH, then the usual install places on macOS and Windows.
_NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
)
_PLACES = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
)
# Flags that keep a headless print quiet and offline: no first-run pages, no updates, no sync.
FLAGS = (
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-pdf-header-footer",
)
TIMEOUT = 120  # seconds; a long strategy prints in about two


class PrintProblem(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def find_browser(environ: dict[str, str] | None = None) -> str | None:
    """$STRATKIT_BROWSER when set, else the first Chromium-family browser found."""
    env = os.environ if environ is None else environ
    chosen = env.get("STRATKIT_BROWSER")
    if chosen:
        return chosen if Path(chosen).exists() or shutil.which(chosen) else None
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in _PLACES if Path(place).exists()), None)


def print_pdf(page: str, browser: str | None = None) -> bytes:
    from stratkit.i18n import _

    browser = browser or find_browser()
    if browser is not None:
        return print_with_browser(page, browser)
    try:
        import weasyprint  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise PrintProblem(
            _("no browser to print the PDF with: Chromium, Chrome or Edge was not found"),
            _(
                "install Chromium (Debian/Ubuntu: apt-get install chromium), Chrome or Edge, "
                "or set STRATKIT_BROWSER to the browser's path; or install WeasyPrint with "
                "pip install 'stratkit[pdf]'"
            ),
        ) from None
    data: bytes = weasyprint.HTML(string=page).write_pdf(pdf_variant="pdf/ua-1")
    return data


def print_with_browser(page: str, browser: str) -> bytes:
    from stratkit.i18n import _

    with tempfile.TemporaryDirectory(prefix="stratkit-pdf-") as folder:
        source = Path(folder) / "report.html"
        source.write_text(page, encoding="utf-8")
        target = Path(folder) / "report.pdf"
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(folder) / 'profile'}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        if _needs_no_sandbox():
            command.insert(1, "--no-sandbox")
        try:
            run = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PrintProblem(
                _("the browser {browser} could not print the PDF: {reason}").format(
                    browser=browser, reason=error
                ),
                _("set STRATKIT_BROWSER to another Chromium, Chrome or Edge"),
            ) from None
        if not target.exists() or target.stat().st_size == 0:
            said = run.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise PrintProblem(
                _("the browser {browser} wrote no PDF (exit code {code}): {said}").format(
                    browser=browser, code=run.returncode, said=" ".join(said)
                ),
                _("set STRATKIT_BROWSER to another Chromium, Chrome or Edge"),
            )
        return target.read_bytes()


def is_tagged(data: bytes) -> bool:
    """Whether a PDF has a structure tree (tags), as recent Chromium, Chrome and Edge write."""
    return b"/StructTreeRoot" in data


def _needs_no_sandbox() -> bool:
    """Chromium refuses to start its sandbox as root (containers, CI); it must be told."""
    return sys.platform != "win32" and hasattr(os, "geteuid") and os.geteuid() == 0
