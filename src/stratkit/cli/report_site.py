"""`stratkit report --site DIR`: (written in the next step)."""

from __future__ import annotations

from pathlib import Path

from stratkit.model.choices import Language, Method


def write_site(
    site: Path,
    folder: Path,
    names: list[str],
    as_of: int | None,
    method: Method | None,
    lang: Language | None,
    no_cache: bool,
) -> None:
    raise NotImplementedError
