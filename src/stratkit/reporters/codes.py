"""The code catalogue as text for `stratkit explain` and as Markdown for docs/codes.md."""

from __future__ import annotations

from stratkit.codes import CATALOGUE, Code


def explain(code: Code) -> str:
    return f"{code.id} ({code.severity.value}): {code.title}\n\n{code.explanation}\n"


def overview() -> str:
    rows = [f"{c.id}  {c.severity.value:<7}  {c.title}" for c in CATALOGUE.values()]
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
