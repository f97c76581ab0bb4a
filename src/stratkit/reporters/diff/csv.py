"""Diffs as CSV: one row per indicator (years) or per change (revisions)."""

from __future__ import annotations

from stratkit.diff.revisions import RevisionDiff
from stratkit.diff.years import YearDiff
from stratkit.model.choices import Language
from stratkit.reporters import RenderOptions
from stratkit.reporters.diff.json import revisions, years


def render(
    result: YearDiff | RevisionDiff, options: RenderOptions, language: Language | None = None
) -> str:
    import pandas as pd

    return str(pd.DataFrame(table(result), dtype=object).to_csv(index=False, lineterminator="\n"))


def table(result: YearDiff | RevisionDiff) -> list[dict[str, object]]:
    """The rows of the CSV, as column -> value."""
    rows: list[dict[str, object]] = []
    if isinstance(result, YearDiff):
        for strategy in years(result)["strategies"]:  # type: ignore[attr-defined]
            for ind in strategy["indicators"]:
                rows.append(
                    {
                        "strategy": strategy["name"],
                        "indicator": ind["id"],
                        "title": ind["title"],
                        "unit": ind["unit"],
                        **{f"from_{k}": v for k, v in ind["from"].items()},
                        **{f"to_{k}": v for k, v in ind["to"].items()},
                        "change": ind["change"],
                        "change_relative": ind["change_relative"],
                        "movement": ind["movement"],
                        "updated": str(ind["updated"]).lower(),
                    }
                )
    else:
        for change in revisions(result)["changes"]:  # type: ignore[attr-defined]
            row = {k: v for k, v in change.items() if k not in ("old", "new")}
            row["old"] = _flat(change["old"])
            row["new"] = _flat(change["new"])
            row["target_weakened"] = str(row["target_weakened"]).lower()
            row["fails"] = str(row["fails"]).lower()
            rows.append(row)
    return rows


def _flat(value: object) -> object:
    if isinstance(value, dict):
        return ";".join(f"{k}={v}" for k, v in value.items())
    return value
