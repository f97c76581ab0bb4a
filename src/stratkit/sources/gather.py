"""Ask every declared source for the figures of every indicator that declares one.

All questions are asked before anything is compared or written: when one source fails,
the command stops and every file stays as it was. Kolada's KPIs are asked for together
(25 at a time); each SCB or Statistics Finland table is asked for on its own.
"""

from __future__ import annotations

from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.model.strategy import Indicator, StrategyFile
from stratkit.sources import kolada, scb, statfin
from stratkit.sources.figures import Series
from stratkit.sources.http import Client

Key = tuple[str, str]  # (strategy name, indicator id)


def declared(strategy: StrategyFile) -> list[Indicator]:
    return [indicator for indicator in strategy.indicators if indicator.fetch is not None]


def gather(
    strategies: list[tuple[str, StrategyFile]], urls: dict[str, str], client: Client
) -> dict[Key, Series]:
    found: dict[Key, Series] = {}
    wanted_kolada: dict[Key, kolada.Key] = {}
    cell_limit: int | None = None
    for name, strategy in strategies:
        for indicator in declared(strategy):
            source = indicator.fetch
            assert source is not None
            code = _municipality(name, strategy, source.source)
            key = (name, indicator.id)
            if source.source == "kolada":
                wanted_kolada[key] = (source.table, code)
            elif source.source == "scb":
                if cell_limit is None:
                    cell_limit = scb.max_cells(client, urls["scb"])
                found[key] = scb.fetch(
                    client, urls["scb"], source.table, code, source.select, cell_limit
                )
            else:
                found[key] = statfin.fetch(
                    client, urls["statfin"], source.table, code, source.select
                )
    if wanted_kolada:
        series = kolada.fetch(client, urls["kolada"], sorted(set(wanted_kolada.values())))
        for key, pair in wanted_kolada.items():
            found[key] = series[pair]
    return found


def _municipality(name: str, strategy: StrategyFile, source: str) -> str:
    code = strategy.municipality.code
    if not code:
        raise CannotRun(
            _("{name}: municipality.code is needed to fetch from {source}").format(
                name=name, source=source
            ),
            _('add the official municipality code under municipality:, e.g. code: "1883"'),
        )
    country = strategy.municipality.country
    if source in ("kolada", "scb") and country != "SE":
        raise CannotRun(
            _("{name}: {source} has figures for Swedish municipalities only").format(
                name=name, source=source
            ),
            _("for a Finnish municipality use fetch: {statfin: TABLE, select: {...}}"),
        )
    if source == "statfin" and country != "FI":
        raise CannotRun(
            _("{name}: Statistics Finland has figures for Finnish municipalities only").format(
                name=name
            ),
            _("for a Swedish municipality use fetch: {kolada: KPI} or {scb: TABLE}"),
        )
    return code
