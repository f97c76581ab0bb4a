"""`stratkit status --format json|csv`: every strategy's part made where it is validated,
then joined and written piece by piece (reporters.status.parts)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from stratkit.model.choices import Method


def print_status_parts(
    folder: Path,
    names: list[str],
    no_cache: bool,
    kind: str,
    as_of: int | None,
    method: Method | None,
) -> None:
    """`kind` is json, csv or excel (CSV for a Swedish or Finnish Excel)."""
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.options import chosen_cache
    from stratkit.reporters.status.parts import csv_document, json_document, make_part
    from stratkit.reporters.text.spreadsheet import CsvStyle
    from stratkit.validation.products import Product

    # Everything a part depends on besides the file: the cache keeps parts under this name.
    name = f"status {kind} as_of={as_of} method={method}"
    product = Product(name, partial(make_part, kind, as_of, method))
    loaded = load_strategies(folder, names, chosen_cache(no_cache), product=product)
    if kind == "json":
        write_text(json_document(as_of, method, loaded.products, indent=sys.stdout.isatty()))
    else:
        style = CsvStyle.excel() if kind == "excel" else CsvStyle.plain()
        write_text(csv_document(loaded.products, style))
    loaded.exit_if_broken()


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
