"""The catalogue of diagnostic codes: the only place a code, its severity and its meaning live.

Codes are stable: a code is never reused for another meaning, so users can rely on them in
`--select`, `--ignore` and configuration files. `docs/codes.md` is generated from this table,
whose rows are in file_and_yaml.py (0xx, 1xx) and values_and_rules.py (2xx to 4xx).
"""

from __future__ import annotations

from stratkit.codes import file_and_yaml, values_and_rules
from stratkit.codes.kinds import Code, Severity

__all__ = ["CATALOGUE", "Code", "Severity", "lookup", "severity_of"]

CATALOGUE: dict[str, Code] = {
    code.id: code for code in (*file_and_yaml.CODES, *values_and_rules.CODES)
}


def severity_of(code: str) -> Severity:
    return CATALOGUE[code].severity


def lookup(code: str) -> Code | None:
    return CATALOGUE.get(code.strip().upper())
