"""`stratkit export --long`: the long table as CSV or Parquet, each strategy's rows made by
the workers that validate the files (see reporters.exchange.long_table)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from stratkit.cli.common import say
from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.reporters.text.spreadsheet import CsvStyle


def run_long(
    names: list[str], folder: Path, kind: str, output: Path | None, style: CsvStyle, no_cache: bool
) -> None:
    from stratkit.cli.export_run import write_pieces
    from stratkit.cli.loading import load_strategies
    from stratkit.cli.options import chosen_cache
    from stratkit.cli.output_file import replacing
    from stratkit.reporters.exchange.long_table import long_document, long_part
    from stratkit.validation.products import Product

    if kind == "parquet":
        _parquet_modules()  # before any work: say at once what to install
        style = CsvStyle.plain()
    style_name = "excel" if style.safe else "plain"
    product = Product.of(long_part, style_name)
    loaded = load_strategies(folder, names, chosen_cache(no_cache), product=product)
    pieces = long_document(_let_go(loaded.products), style)
    if kind == "parquet":
        assert output is not None
        with replacing(output) as partial_file:
            _write_parquet(pieces, partial_file)
        say(_("wrote {file}").format(file=output))
    else:
        write_pieces(pieces, output)
    loaded.exit_if_broken()


def _let_go(parts: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """The parts in order, each dropped once it is written: a nation's are 40 MB of text,
    which need not stay while Arrow reads the table back (the peak stays under 300 MB)."""
    parts.reverse()
    while parts:
        yield parts.pop()


def _parquet_modules() -> tuple[object, object, object]:
    try:
        import pyarrow
        import pyarrow.csv
        import pyarrow.parquet
    except ImportError:
        raise CannotRun(
            _("writing Parquet needs pyarrow, which is not installed"),
            _("install it with: pip install 'stratkit[parquet]'"),
        ) from None
    return pyarrow, pyarrow.csv, pyarrow.parquet


def _write_parquet(pieces: Iterable[str], path: Path) -> None:
    """The long CSV read by Arrow's multi-threaded reader with a fixed type per column, then
    written as Parquet: one way of making the rows, for both formats."""
    from stratkit.reporters.exchange.long_table import COLUMNS, FLAGS, NUMBERS, YEARS

    pa, pa_csv, pq = _parquet_modules()
    types = {
        name: pa.float64()  # type: ignore[attr-defined]
        if name in NUMBERS
        else pa.int16()  # type: ignore[attr-defined]
        if name in YEARS
        else pa.bool_()  # type: ignore[attr-defined]
        if name in FLAGS
        else pa.string()  # type: ignore[attr-defined]
        for name in COLUMNS
    }
    # Through a file beside the target, not one string: a nation's table is 50 MB of text.
    staging = path.with_name(path.name + ".csv")
    try:
        with staging.open("wb") as file:
            for piece in pieces:
                file.write(piece.encode("utf-8"))
        _return_freed_memory()
        table = pa_csv.read_csv(  # type: ignore[attr-defined]
            str(staging),
            convert_options=pa_csv.ConvertOptions(  # type: ignore[attr-defined]
                column_types=types, strings_can_be_null=True, quoted_strings_can_be_null=False
            ),
        )
    finally:
        staging.unlink(missing_ok=True)
    pq.write_table(table, str(path))  # type: ignore[attr-defined]


def _return_freed_memory() -> None:
    """Give the memory of the parts, dropped as they were written, back to the system before
    Arrow reads the table: glibc keeps what Python frees, and the peak of a nation's Parquet
    export would be 40 MB higher (about 270 MB instead of 230)."""
    if sys.platform != "linux":
        return
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # a C library without it (musl)
        return
