"""`stratkit report --site DIR`: write the index, a page per strategy and the data files."""

from __future__ import annotations

from pathlib import Path

from stratkit.cli.common import say
from stratkit.cli.options import chosen_cache
from stratkit.i18n import _
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
    """Every strategy in `folder` (or the named ones); a file with errors is left out, its
    errors are listed, and the command ends with exit 1 after writing the others."""
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.report import write_bytes
    from stratkit.progress.rollup import status_report
    from stratkit.reporters.report.site import site_files

    loaded = load_strategies(folder, names, chosen_cache(no_cache))
    files = site_files(status_report(loaded.strategies, as_of, method), lang)
    for path, data in files.items():
        write_bytes(site / path, data)
    say(
        _("wrote {count} pages and their data to {folder} (open {index})").format(
            count=len(loaded.strategies), folder=site, index=site / "index.html"
        )
    )
    loaded.exit_if_broken()
