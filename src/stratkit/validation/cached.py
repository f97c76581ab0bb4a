"""A file's report as the cache keeps it, and the policy of what is kept for which need.

Workers send each report back as the cache's text form (cache.entries), which is small to
transfer and is what the cache stores anyway; here it becomes a FileReport again, rebuilding
the strategy only for commands that need it (`validate` never does).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from stratkit.cache.entries import Entry, decode, encode
from stratkit.validation.report import FileReport, Need

if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.progress.overview import Summary
    from stratkit.validation.products import Product


def keeps_strategy(need: Need) -> bool:
    """Whether the strategy is kept in the cache besides the report and summary.

    Only commands that use the strategy keep it (`status` with details or JSON, `diff`), so
    that their next run rebuilds it instead of checking the file again. `validate` keys its
    entries on the freshness year, which no other command uses, so its entries never serve a
    command that needs the strategy; the `status` overview needs only the summary. Writing
    the strategy would cost either a fifth of a cold run.
    """
    return need is Need.STRATEGIES


def stored(cache: Cache, key: str, need: Need) -> Entry | None:
    # The summary and a product share the entry's second line (a product's key differs).
    second = need in (Need.OVERVIEWS, Need.PRODUCTS)
    return cache.get(key, need is Need.STRATEGIES, second)


def to_text(report: FileReport, need: Need, product: Product | None = None) -> str:
    """The report as the cache keeps it, with the summary or product made now if `need`
    wants it (in the worker, where the strategy exists)."""
    strategy = None
    if keeps_strategy(need) and report.strategy is not None:
        from stratkit.cache.model_codec import dump  # pydantic only when a strategy is kept

        strategy = dump(report.strategy)
    summary = summary_text(report) if need is Need.OVERVIEWS else None
    if need is Need.PRODUCTS and product is not None and report.usable is not None:
        summary = product.make(report.usable)
    return encode(report.diagnostics, report.lines, strategy, summary, report.language)


def trimmed(report: FileReport, text: str, need: Need) -> FileReport:
    """A freshly checked report as a command with `need` gets it (the same as from the cache)."""
    second = decode(text, False).summary
    return replace(
        report,
        strategy=report.strategy if need is Need.STRATEGIES else None,
        summary=_summary_from(second) if need is Need.OVERVIEWS else None,
        product=second if need is Need.PRODUCTS else None,
    )


def from_text(shown: str, text: str, need: Need) -> FileReport:
    return from_entry(shown, decode(text, need is Need.STRATEGIES), need)


def summary_text(report: FileReport) -> str | None:
    """The overview of a strategy that status may show (one without errors), as text."""
    if report.usable is None:
        return None
    from stratkit.progress.rollup import summarize  # the engine only when a summary is made

    return summarize(report.usable).to_json()


def _summary_from(text: str | None) -> Summary | None:
    if not text:
        return None
    from stratkit.progress.overview import Summary

    return Summary.from_json(text)


def from_stored(
    shown: str, entry: Entry | None, need: Need, cache: Cache | None, key: str | None
) -> FileReport | None:
    """The report from a cache entry; None when the entry cannot serve (check the file)."""
    if entry is None:
        return None
    if need is Need.PRODUCTS and entry.summary is None and not entry.has_errors:
        return None  # an entry without the product (or cut short): check the file again
    try:
        if need is Need.OVERVIEWS and entry.summary is None and not entry.has_errors:
            entry = _add_summary(shown, entry, cache, key)
        return from_entry(shown, entry, need)
    except (ValueError, TypeError, AttributeError, KeyError):
        return None  # a damaged stored strategy: check the file again


def _add_summary(shown: str, entry: Entry, cache: Cache | None, key: str | None) -> Entry:
    """An entry written by `validate` has no summary yet: make it once and keep it."""
    if entry.strategy is None and cache is not None and key is not None:
        entry = cache.get(key, True) or entry
    if entry.strategy is None:
        raise ValueError("no stored strategy to summarise")
    report = from_entry(shown, entry, Need.STRATEGIES)
    summary = summary_text(report)
    if cache is not None and key is not None:
        text = encode(report.diagnostics, report.lines, entry.strategy, summary, entry.language)
        cache.put(key, text)
    return replace(entry, summary=summary, strategy=entry.strategy)


def from_entry(shown: str, entry: Entry, need: Need) -> FileReport:
    strategy = None
    if need is Need.STRATEGIES and entry.strategy is not None:
        from stratkit.cache.model_codec import rebuild  # pydantic only when a model is needed

        strategy = rebuild(entry.strategy)
    elif need is Need.STRATEGIES and not entry.has_errors:
        # Only a file with errors has no strategy: this entry is damaged.
        raise ValueError("a clean report without its strategy")
    summary = _summary_from(entry.summary) if need is Need.OVERVIEWS else None
    product = entry.summary if need is Need.PRODUCTS else None
    diagnostics = entry.diagnostics_for(shown)
    return FileReport(
        shown,
        diagnostics,
        strategy,
        entry.lines,
        summary=summary,
        language=entry.language,
        product=product,
    )
