"""What `stratkit export` does once its options are settled: load, turn into rows, write."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.cli.common import common_language, say
from stratkit.cli.output_file import check_target, replacing
from stratkit.i18n import _
from stratkit.model.choices import Language

if TYPE_CHECKING:
    from stratkit.exchange.rows import StrategyRows
    from stratkit.model.strategy import StrategyFile


def run_export(
    names: list[str],
    folder: Path,
    kind: str,
    output: Path | None,
    long: bool,
    excel: bool,
    lang: Language | None,
    no_cache: bool,
) -> None:
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.options import chosen_cache
    from stratkit.reporters.text.spreadsheet import CsvStyle

    style = CsvStyle.excel() if excel else CsvStyle.plain()
    if output is not None:
        check_target(output, f"strategies.{kind}")  # before the work: say it at once
    if long:
        from stratkit.cli.export_long import run_long

        run_long(names, folder, kind, output, style, no_cache)
        return
    loaded = load_strategies(folder, names, chosen_cache(no_cache))
    strategies = rows_of(folder, loaded.strategies)
    language = lang or common_language([Language(s.language) for s in strategies])
    if kind == "xlsx":
        assert output is not None
        # openpyxl is imported by this command only (start-up time of every other command).
        from stratkit.reporters.exchange.workbook import write_workbook

        with replacing(output) as partial:
            write_workbook(strategies, partial, lang)
        say(_("wrote {file}").format(file=output))
    else:
        from stratkit.reporters.exchange.wide_csv import wide_csv

        write_pieces(wide_csv(strategies, language, style), output)
    loaded.exit_if_broken()


def rows_of(folder: Path, loaded: Iterable[tuple[str, StrategyFile]]) -> list[StrategyRows]:
    from stratkit.exchange.rows import strategy_rows
    from stratkit.reading import discovery

    found = []
    for name, strategy in loaded:
        path = discovery.by_name(folder, name)
        file = path.name if path is not None else f"{name}.yaml"
        found.append(strategy_rows(file, name, strategy))
    return found


def write_pieces(pieces: Iterable[str], output: Path | None) -> None:
    """Text to `output` (UTF-8), or to stdout without one."""
    if output is None:
        write_text(pieces)
        return
    with replacing(output) as partial, partial.open("w", encoding="utf-8", newline="") as file:
        for piece in pieces:
            file.write(piece)
    say(_("wrote {file}").format(file=output))


def write_text(pieces: Iterable[str]) -> None:
    """Write to stdout as UTF-8, whatever the console's code page, as the pieces come."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    for piece in pieces:
        stream.write(piece.encode("utf-8"))
    stream.flush()
