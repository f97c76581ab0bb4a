"""The base address of each source: the environment, else stratkit.toml, else the public API.

A municipality behind a proxy or a mirror sets `kolada-url`, `scb-url` or `statfin-url` in
stratkit.toml (or [tool.stratkit]); STRATKIT_KOLADA_URL, STRATKIT_SCB_URL and
STRATKIT_STATFIN_URL override the file for one run (and point the tests at a local server).
"""

from __future__ import annotations

import os
from pathlib import Path

from stratkit.cli.settings import ConfigError, find
from stratkit.i18n import _

DEFAULTS = {
    "kolada": "https://api.kolada.se/v3",
    "scb": "https://statistikdatabasen.scb.se/api/v2",
    "statfin": "https://pxdata.stat.fi/PXWeb/api/v1/fi/StatFin",
}


def source_urls(start: Path) -> dict[str, str]:
    found = find(start)
    table = found[1] if found else {}
    where = str(found[0]) if found else ""
    urls = {}
    for source, default in DEFAULTS.items():
        env = os.environ.get(f"STRATKIT_{source.upper()}_URL")
        value = env or table.get(f"{source}-url") or default
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            raise ConfigError(
                _("{where}: {key} must be an http:// or https:// address, not {value!r}").format(
                    where=where or f"STRATKIT_{source.upper()}_URL",
                    key=f"{source}-url",
                    value=value,
                ),
                _('write for example {key} = "{default}"').format(
                    key=f"{source}-url", default=default
                ),
            )
        urls[source] = value.rstrip("/")
    return urls
