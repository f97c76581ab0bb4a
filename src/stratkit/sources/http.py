"""One well-behaved HTTP client for every source: retries with backoff, Retry-After, timeouts.

requests is imported here, and this module only by `stratkit fetch`, so other commands do
not pay for it at start-up.
"""

from __future__ import annotations

import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError
from urllib3.util.retry import Retry

from stratkit import __version__
from stratkit.i18n import _
from stratkit.messages import Message
from stratkit.sources.figures import SourceError, key

USER_AGENT = f"stratkit/{__version__} (+https://github.com/stratkit/stratkit)"
# Seconds to wait for a connection and for an answer; STRATKIT_HTTP_TIMEOUT overrides both.
TIMEOUT = (10.0, 60.0)
RETRY_STATUSES = (429, 500, 502, 503, 504)


class Client:
    def __init__(self, timeout: float | None = None, retries: int = 3) -> None:
        configured = os.environ.get("STRATKIT_HTTP_TIMEOUT")
        seconds = timeout if timeout is not None else float(configured) if configured else None
        self.timeout = (seconds, seconds) if seconds is not None else TIMEOUT
        retry = Retry(
            total=retries,
            read=1,  # a server too slow once is asked once more, not made to wait for minutes
            backoff_factor=0.5,
            status_forcelist=RETRY_STATUSES,
            # PxWeb's data queries are POSTs that change nothing: safe to repeat.
            allowed_methods=frozenset({"GET", "POST"}),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def get(self, url: str, params: dict[str, Any] | None = None, *, what: str) -> Any:
        return self._json("GET", url, what, params=params)

    def post(
        self, url: str, body: object, params: dict[str, Any] | None = None, *, what: str
    ) -> Any:
        return self._json("POST", url, what, params=params, json=body)

    def _json(self, method: str, url: str, what: str, **kwargs: Any) -> Any:
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as error:
            if not _timed_out(error):
                raise _unreachable(what, url, error) from None
            raise SourceError(
                _("{what} did not answer in time ({url})").format(what=what, url=_short(url)),
                _("try again later; set STRATKIT_HTTP_TIMEOUT to wait longer"),
            ) from None
        if response.status_code >= 400:
            raise SourceError(
                _("{what} answered HTTP {status} for {url}").format(
                    what=what, status=response.status_code, url=_short(response.url)
                ),
                _hint(response.status_code),
            )
        try:
            return response.json()
        except ValueError:
            raise SourceError(
                _("{what} answered with something that is not JSON ({url})").format(
                    what=what, url=_short(response.url)
                ),
                _("the service may be down or changed; try again later"),
            ) from None


def _timed_out(error: requests.RequestException) -> bool:
    # After its retries urllib3 reports a timeout as MaxRetryError, which requests wraps.
    if isinstance(error, requests.Timeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    if isinstance(reason, NewConnectionError):
        return False  # a refused connection, which urllib3 files under connect timeouts
    return isinstance(reason, ReadTimeoutError | ConnectTimeoutError)


def _short(url: str) -> str:
    """The address without its query (paging, per_page): host and path say which table."""
    return url.split("?", 1)[0]


def _unreachable(what: str, url: str, error: Exception) -> SourceError:
    # The host is what a person can check; urllib3's own words ("HTTPConnectionPool(...):
    # Max retries exceeded ...") are English and say nothing more to them.
    from urllib.parse import urlsplit

    return SourceError(
        _("cannot reach {what} at {host}").format(what=what, host=urlsplit(url).netloc or url),
        _(
            "check the network connection and any proxy (HTTPS_PROXY), or try again later; "
            "an address set in stratkit.toml may be wrong"
        ),
    )


def _hint(status: int) -> Message | str:
    if status == 404:
        return Message(
            "check the id in '{fetch}:'; docs/sources.md says how to find it",
            fetch=key("Indicator", "fetch"),
        )
    if status in (400, 403):
        return Message(
            "check the selection in '{fetch}:' against the table's variables",
            fetch=key("Indicator", "fetch"),
        )
    if status == 429:
        return _("the service limits how often it may be asked; try again in a while")
    return _("the service has a problem; try again later")
