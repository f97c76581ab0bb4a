"""Ask every declared source for the figures of every indicator that declares one.

All questions are asked before anything is compared or written: when one source fails,
the command stops and every file stays as it was. Kolada's KPIs are asked for together
(25 at a time); each SCB or Statistics Finland table is asked for on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.messages import Message
from stratkit.model.strategy import Indicator, StrategyFile
from stratkit.sources import kolada, scb, statfin
from stratkit.sources.figures import Series, key
from stratkit.sources.http import Client

Key = tuple[str, str]  # (strategy name, indicator id)


def declared(strategy: StrategyFile) -> list[Indicator]:
    return [indicator for indicator in strategy.indicators if indicator.fetch is not None]


def gather(
    strategies: list[tuple[str, StrategyFile]],
    urls: dict[str, str],
    client: Client,
    vocabulary_of: Callable[[str], str | None] | None = None,
) -> dict[Key, Series]:
    """Every declared indicator's series. A source's error quotes keys ('fetch:') as the
    file it was asked for spells them: `vocabulary_of(strategy name)` (asked only then: it
    reads the file again), else the strategy's language."""
    found: dict[Key, Series] = {}
    wanted_kolada: dict[Key, kolada.Key] = {}
    cell_limit: int | None = None
    first_kolada: tuple[str, StrategyFile] | None = None  # one question serves them all
    for name, strategy in strategies:
        for indicator in declared(strategy):
            source = indicator.fetch
            assert source is not None
            where = (name, indicator.id)
            with _in_words(name, strategy, vocabulary_of):
                code = _municipality(name, strategy, source.source)
                if source.source == "kolada":
                    wanted_kolada[where] = (source.table, code)
                    first_kolada = first_kolada or (name, strategy)
                elif source.source == "scb":
                    if cell_limit is None:
                        cell_limit = scb.max_cells(client, urls["scb"])
                    found[where] = scb.fetch(
                        client, urls["scb"], source.table, code, source.select, cell_limit
                    )
                else:
                    found[where] = statfin.fetch(
                        client, urls["statfin"], source.table, code, source.select
                    )
    if wanted_kolada:
        assert first_kolada is not None
        with _in_words(*first_kolada, vocabulary_of):
            series = kolada.fetch(client, urls["kolada"], sorted(set(wanted_kolada.values())))
        for where, pair in wanted_kolada.items():
            found[where] = series[pair]
    return found


@contextmanager
def _in_words(
    name: str, strategy: StrategyFile, vocabulary_of: Callable[[str], str | None] | None
) -> Iterator[None]:
    try:
        yield
    except CannotRun as problem:
        if problem.vocabulary is None:
            found = vocabulary_of(name) if vocabulary_of is not None else None
            problem.vocabulary = found or strategy.language.value
        raise


def _municipality(name: str, strategy: StrategyFile, source: str) -> str:
    code = strategy.municipality.code
    if not code:
        raise CannotRun(
            Message(
                "{name}: {municipality}.{code} is needed to fetch from {source}",
                name=name,
                municipality=key("StrategyFile", "municipality"),
                code=key("Municipality", "code"),
                source=source,
            ),
            Message(
                'add the official municipality code under {municipality}:, e.g. {code}: "1883"',
                municipality=key("StrategyFile", "municipality"),
                code=key("Municipality", "code"),
            ),
        )
    country = strategy.municipality.country
    if source in ("kolada", "scb") and country != "SE":
        raise CannotRun(
            _("{name}: {source} has figures for Swedish municipalities only").format(
                name=name, source=source
            ),
            Message(
                "for a Finnish municipality use {fetch}: {{statfin: TABLE, {select}: {{...}}}}",
                fetch=key("Indicator", "fetch"),
                select=key("FetchSource", "select"),
            ),
        )
    if source == "statfin" and country != "FI":
        raise CannotRun(
            _("{name}: Statistics Finland has figures for Finnish municipalities only").format(
                name=name
            ),
            Message(
                "for a Swedish municipality use {fetch}: {{kolada: KPI}} or {{scb: TABLE}}",
                fetch=key("Indicator", "fetch"),
            ),
        )
    return code
