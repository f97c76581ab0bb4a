"""The code catalogue as text for `stratkit explain` (in sv, fi or en) and as Markdown for
docs/codes.md (in English, the language of the repository's documentation)."""

from __future__ import annotations

from stratkit.codes import CATALOGUE, Code
from stratkit.i18n import N_, in_language

_SEVERITY = {"error": N_("error"), "warning": N_("warning")}


def explain(code: Code, language: str = "en") -> str:
    severity = in_language(_SEVERITY[code.severity.value], language)
    title = in_language(code.title, language)
    return f"{code.id} ({severity}): {title}\n\n{in_language(code.explanation, language)}\n"


def overview(language: str = "en") -> str:
    said = {key: in_language(word, language) for key, word in _SEVERITY.items()}
    width = max(map(len, said.values()))  # "varoitus" is longer than "warning"
    rows = [
        f"{c.id}  {said[c.severity.value]:<{width}}  {in_language(c.title, language)}"
        for c in CATALOGUE.values()
    ]
    return "\n".join(rows) + "\n"


def markdown() -> str:
    lines = [
        "# Diagnostic codes",
        "",
        "<!-- Generated from src/stratkit/codes.py by `stratkit explain --markdown`; "
        "do not edit by hand. -->",
        "",
        "Every problem stratkit reports has a stable code. Use the codes with `--select` and "
        "`--ignore`, and run `stratkit explain CODE` to read about one of them.",
        "",
        "| code | severity | what it means |",
        "|---|---|---|",
    ]
    lines += [
        f"| [{c.id}](#{c.id.lower()}) | {c.severity.value} | {c.title} |"
        for c in CATALOGUE.values()
    ]
    for c in CATALOGUE.values():
        lines += ["", f"## {c.id}", "", f"**{c.title}** ({c.severity.value})", "", c.explanation]
    return "\n".join(lines) + "\n"
