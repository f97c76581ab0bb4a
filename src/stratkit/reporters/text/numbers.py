"""Numbers written the way each language writes them: "32 000" and "83 %" in Swedish.

Swedish and Finnish typography separate thousands, and a number from its per cent sign, with
a no-break space; that also keeps a terminal table from breaking a number over two lines.
"""

from __future__ import annotations

from stratkit.model.choices import Language

SPARKS = "▁▂▃▄▅▆▇█"
NBSP = "\u00a0"


def number(value: float, language: Language, decimals: int = 2) -> str:
    """A value with thousands grouped and at most `decimals` decimals, trailing zeros dropped."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if language is Language.EN:
        return text
    return text.replace(",", NBSP).replace(".", ",")


def percent(share: float, language: Language, decimals: int = 0, signed: bool = False) -> str:
    text = number(share * 100, language, decimals)
    if signed and share > 0:
        text = "+" + text
    return f"{text}%" if language is Language.EN else f"{text}{NBSP}%"


def sparkline(values: list[float], width: int = 10) -> str:
    """A small picture of the trend: one bar per value, the last `width` values."""
    shown = values[-width:]
    if not shown:
        return ""
    low, high = min(shown), max(shown)
    if high == low:
        return SPARKS[3] * len(shown)
    scale = (len(SPARKS) - 1) / (high - low)
    return "".join(SPARKS[round((v - low) * scale)] for v in shown)
