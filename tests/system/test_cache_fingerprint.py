"""The cache key changes with every module of stratkit, not only with the cache's own."""

from __future__ import annotations

import os
from pathlib import Path

import stratkit
from stratkit.cache import store


def test_fingerprint_covers_modules_outside_the_cache_package() -> None:
    rules = Path(stratkit.__file__).parent / "progress" / "assess.py"
    before = store._fingerprint()
    stat = rules.stat()
    store._FINGERPRINT.clear()
    try:
        os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
        assert store._fingerprint() != before
    finally:
        os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        store._FINGERPRINT.clear()
