"""Diffs as CSV: one row per indicator (years) or per change (revisions)."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff.json import revisions, years
from stratkit.reporters.text import safe


def render_years(result: YearDiff, options: RenderOptions) -> str:
    return _csv(year_rows(result))


def render_revisions(result: RevisionDiff, options: RenderOptions) -> str:
    return _csv(revision_rows(result))


def year_rows(result: YearDiff) -> list[dict[str, object]]:
    """One row per indicator, as column -> value."""
    rows: list[dict[str, object]] = []
    for strategy in years(result)["strategies"]:  # type: ignore[attr-defined]
        for ind in strategy["indicators"]:
            rows.append(
                {
                    "strategy": strategy["name"],
                    "indicator": ind["id"],
                    "title": ind["title"],
                    "unit": ind["unit"],
                    **_side("from", ind["from"]),
                    **_side("to", ind["to"]),
                    "change": ind["change"],
                    "change_relative": ind["change_relative"],
                    "movement": ind["movement"],
                    "updated": str(ind["updated"]).lower(),
                }
            )
    return rows


def revision_rows(result: RevisionDiff) -> list[dict[str, object]]:
    """One row per change, as column -> value."""
    rows: list[dict[str, object]] = []
    for change in revisions(result)["changes"]:  # type: ignore[attr-defined]
        row = {k: v for k, v in change.items() if k not in ("old", "new")}
        row["old"] = _flat(change["old"])
        row["new"] = _flat(change["new"])
        row["target_weakened"] = str(row["target_weakened"]).lower()
        row["undecided"] = str(row["undecided"]).lower()
        row["fails"] = str(row["fails"]).lower()
        rows.append(row)
    return rows


def _csv(rows: list[dict[str, object]]) -> str:
    import pandas as pd  # only this format pays for pandas

    # Text as text in a spreadsheet: no formula, no line break (reporters/text/safe.py).
    rows = [{key: safe.csv_cell(value) for key, value in row.items()} for row in rows]
    return str(pd.DataFrame(rows, dtype=object).to_csv(index=False, lineterminator="\n"))


def _flat(value: object) -> object:
    if isinstance(value, dict):
        return ";".join(f"{k}={v}" for k, v in value.items())
    return value


def _side(name: str, side: dict[str, object]) -> dict[str, object]:
    """The same columns for every row, whether or not the year has details."""
    return {
        f"{name}_year": side["year"],
        f"{name}_value": side["value"],
        f"{name}_status": side["status"],
        f"{name}_preliminary": str(bool(side.get("preliminary"))).lower(),
        f"{name}_women": side.get("women"),
        f"{name}_men": side.get("men"),
    }
