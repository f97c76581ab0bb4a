"""Which diagnostics a run shows (`select`, `ignore`) and which ones make it fail (`fail-on`).

Filtering happens after checking, on the finished run: the checks and any cache of their
results stay independent of what one user chooses to see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from stratkit.codes import CATALOGUE
from stratkit.errors import CannotRun
from stratkit.i18n import _
from stratkit.validation.report import ValidationRun

_SELECTOR = re.compile(r"^STK\d{0,3}$")


class SelectionError(CannotRun):
    """A code in --select/--ignore or in the configuration that matches no diagnostic."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Codes or code prefixes ('STK4' means every STK4xx). An empty `select` means all."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def shows(self, code: str) -> bool:
        # `ignore` wins, so "select STK4, ignore STK401" reads as it sounds.
        if any(code.startswith(prefix) for prefix in self.ignore):
            return False
        return not self.select or any(code.startswith(prefix) for prefix in self.select)


def parse_codes(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Split 'STK401,STK402' lists, normalise case and refuse what matches no known code."""
    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            code = part.strip().upper()
            if not code:
                continue
            if not _SELECTOR.match(code) or not any(known.startswith(code) for known in CATALOGUE):
                raise SelectionError(
                    _("unknown diagnostic code '{code}' in {where}").format(
                        code=part.strip(), where=where
                    ),
                    _(
                        "use codes such as STK103 or prefixes such as STK4; "
                        "`stratkit explain` lists them all"
                    ),
                )
            codes.append(code)
    return tuple(dict.fromkeys(codes))


def apply(run: ValidationRun, selection: Selection) -> ValidationRun:
    if not selection.select and not selection.ignore:
        return run
    reports = tuple(
        replace(report, diagnostics=tuple(d for d in report.diagnostics if selection.shows(d.code)))
        for report in run.reports
    )
    return replace(run, reports=reports)
