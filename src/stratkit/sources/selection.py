"""Check a `select:` against a PxWeb table's variables and build the query's selection.

Statistics Finland renamed its variable and value codes in June 2026 (`Tiedot` became
`contentscode`, `vaesto` became `vaerak-vaesto`), so a selection is matched by code or by
label, and a code the table no longer has is an error that lists the codes it has now.
"""

from __future__ import annotations

from stratkit.i18n import _
from stratkit.sources.figures import SourceError
from stratkit.sources.jsonstat import Dimension


def find(dimensions: tuple[Dimension, ...], key: str) -> Dimension | None:
    """The variable `key` names, by its code or by its label (case does not matter)."""
    wanted = key.strip().lower()
    for dimension in dimensions:
        if dimension.id.lower() == wanted:
            return dimension
    for dimension in dimensions:
        if dimension.label.lower() == wanted:
            return dimension
    return None


def build(
    dimensions: tuple[Dimension, ...],
    select: dict[str, list[str]],
    fixed: dict[str, list[str]],
    *,
    where: str,
) -> dict[str, list[str]]:
    """The codes to ask for per variable: `fixed` (region, years) plus the user's selection.

    Variables neither fixed nor selected are left out when the table allows it (PxWeb then
    gives the total), taken whole when they have one value, and otherwise an error.
    """
    chosen = dict(fixed)
    for key, codes in select.items():
        dimension = find(dimensions, key)
        if dimension is None:
            raise SourceError(
                _("{where} has no variable '{key}'").format(where=where, key=key),
                _("its variables are now: {variables}").format(variables=_variables(dimensions)),
            )
        unknown = [code for code in codes if code not in dimension.codes]
        if unknown:
            raise SourceError(
                _("'{code}' is not a code of {variable} in {where}").format(
                    code=unknown[0], variable=_named(dimension), where=where
                ),
                _("its codes are now: {codes}").format(codes=_listed(dimension)),
            )
        chosen[dimension.id] = list(codes)
    for dimension in dimensions:
        if dimension.id in chosen or dimension.elimination:
            continue
        if len(dimension.codes) == 1:
            chosen[dimension.id] = list(dimension.codes)
            continue
        raise SourceError(
            _("choose a value for {variable} of {where} under 'select:'").format(
                variable=_named(dimension), where=where
            ),
            _("its codes are: {codes}").format(codes=_listed(dimension)),
        )
    return chosen


def _named(dimension: Dimension) -> str:
    if dimension.label and dimension.label != dimension.id:
        return f"{dimension.id} ({dimension.label})"
    return dimension.id


def _variables(dimensions: tuple[Dimension, ...]) -> str:
    return ", ".join(_named(d) for d in dimensions)


def _listed(dimension: Dimension, most: int = 12) -> str:
    shown = [
        f"{code} ({dimension.labels[code]})" if dimension.labels.get(code, code) != code else code
        for code in dimension.codes[:most]
    ]
    more = len(dimension.codes) - most
    return ", ".join(shown) + (_(" and {count} more").format(count=more) if more > 0 else "")
