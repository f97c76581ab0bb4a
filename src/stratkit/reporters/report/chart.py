"""An indicator's figures as an inline SVG line chart, readable without colour.

Each series differs by line style and marker shape, not only by hue: actual values are a solid
line with filled dots (hollow when preliminary), the path from baseline to target is dashed,
the baseline is a diamond, the target a square, women and men dotted lines with triangles.
Every colour has at least 3:1 contrast against white (WCAG 1.4.11). The chart is an image to
assistive technology (role="img" with a title and a description in words); the same figures
are in a table beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape

from stratkit.reporters.report.ticks import value_ticks, year_ticks

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 76, 24, 28, 36

# Contrast against white: actual 8.6:1, path 7:1, target 6.4:1, women 8.2:1, men 7.9:1.
COLOURS = {
    "actual": "#1d4f91",
    "path": "#595959",
    "baseline": "#1a1a1a",
    "target": "#a3400b",
    "women": "#7a2e8c",
    "men": "#0b6b4f",
    "as_of": "#1a1a1a",
}
DASHES = {"path": "8 5", "women": "2 4", "men": "10 4 2 4"}


@dataclass(frozen=True, slots=True)
class Point:
    year: int
    value: float
    preliminary: bool = False


@dataclass(frozen=True, slots=True)
class ChartData:
    actual: tuple[Point, ...]
    baseline: Point | None = None
    target: Point | None = None
    as_of: int | None = None
    women: tuple[Point, ...] = field(default_factory=tuple)
    men: tuple[Point, ...] = field(default_factory=tuple)

    @property
    def kinds(self) -> list[str]:
        """The legend's entries: only what this chart draws, in drawing order."""
        kinds = ["actual"]
        if any(p.preliminary for p in self.actual):
            kinds.append("preliminary")
        if self.baseline is not None and self.target is not None:
            kinds.append("path")
        kinds += [k for k in ("baseline", "target") if getattr(self, k) is not None]
        kinds += [k for k in ("women", "men") if getattr(self, k)]
        if self.as_of is not None:
            kinds.append("as_of")
        return kinds


def svg(
    data: ChartData, ident: str, title: str, description: str, label: Callable[[float], str]
) -> str:
    """The chart; `label` writes a value in the page's language ("32 000")."""
    points = [*data.actual, *data.women, *data.men]
    points += [p for p in (data.baseline, data.target) if p is not None]
    years = [p.year for p in points] + ([data.as_of] if data.as_of is not None else [])
    ys = value_ticks(min(p.value for p in points), max(p.value for p in points))
    xs = year_ticks(min(years), max(years))
    first, last = min(min(years), xs[0]), max(max(years), xs[-1])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: float) -> float:
        span = (last - first) or 1
        return round(LEFT + 12 + (year - first) / span * (plot_w - 24), 1)

    def y(value: float) -> float:
        return round(TOP + (ys[-1] - value) / ((ys[-1] - ys[0]) or 1) * plot_h, 1)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" focusable="false" '
        f'aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(description)}</desc>',
    ]
    for tick in ys:
        parts.append(_line(LEFT, y(tick), WIDTH - RIGHT, y(tick), "#d4d4d4", 1))
        parts.append(_text(LEFT - 8, y(tick) + 4, label(tick), "end"))
    for year in xs:
        parts.append(_line(x(year), TOP + plot_h, x(year), TOP + plot_h + 5, "#595959", 1))
        parts.append(_text(x(year), HEIGHT - 12, str(year), "middle"))
    parts.append(_line(LEFT, TOP + plot_h, WIDTH - RIGHT, TOP + plot_h, "#595959", 1))
    if data.as_of is not None:
        parts.append(_line(x(data.as_of), TOP - 6, x(data.as_of), TOP + plot_h, "#1a1a1a", 1.5))
        parts.append(_text(x(data.as_of), TOP - 10, str(data.as_of), "middle", bold=True))
    if data.baseline is not None and data.target is not None:
        b, t = data.baseline, data.target
        parts.append(_line(x(b.year), y(b.value), x(t.year), y(t.value), **_stroke("path")))
    for kind, series in (("women", data.women), ("men", data.men)):
        if series:
            parts.append(_polyline(series, x, y, kind))
            parts += [marker(kind, x(p.year), y(p.value)) for p in series]
    if data.actual:
        parts.append(_polyline(data.actual, x, y, "actual"))
        for p in data.actual:
            kind = "preliminary" if p.preliminary else "actual"
            parts.append(marker(kind, x(p.year), y(p.value)))
    if data.baseline is not None:
        parts.append(marker("baseline", x(data.baseline.year), y(data.baseline.value)))
    if data.target is not None:
        parts.append(marker("target", x(data.target.year), y(data.target.value)))
    parts.append("</svg>")
    return "".join(parts)


def marker(kind: str, cx: float, cy: float) -> str:
    """The shape that stands for `kind` wherever it appears, in the chart and the legend."""
    if kind == "actual":
        return f'<circle cx="{cx}" cy="{cy}" r="4.5" fill="{COLOURS["actual"]}"/>'
    if kind == "preliminary":
        return (
            f'<circle cx="{cx}" cy="{cy}" r="4.5" fill="#ffffff" '
            f'stroke="{COLOURS["actual"]}" stroke-width="2"/>'
        )
    if kind == "baseline":
        d = 7
        return (
            f'<path d="M{cx} {cy - d}L{cx + d} {cy}L{cx} {cy + d}L{cx - d} {cy}Z" '
            f'fill="#ffffff" stroke="{COLOURS["baseline"]}" stroke-width="2"/>'
        )
    if kind == "target":
        return (
            f'<rect x="{cx - 6}" y="{cy - 6}" width="12" height="12" '
            f'fill="{COLOURS["target"]}" stroke="{COLOURS["target"]}" stroke-width="2"/>'
        )
    if kind in ("women", "men"):
        d = 5 if kind == "women" else -5  # women point up, men point down
        return (
            f'<path d="M{cx} {cy - d}L{cx + 5} {cy + d}L{cx - 5} {cy + d}Z" '
            f'fill="{COLOURS[kind]}"/>'
        )
    return ""


def swatch(kind: str) -> str:
    """A small picture of `kind` for the legend (hidden from assistive technology, whose
    users read the word beside it)."""
    inner = ""
    if kind in ("actual", "women", "men", "path"):
        inner = _line(2, 8, 30, 8, **_stroke(kind))
    if kind == "as_of":
        inner = _line(16, 1, 16, 15, COLOURS["as_of"], 1.5)
    inner += marker(kind, 16, 8)
    return (
        '<svg class="swatch" viewBox="0 0 32 16" width="32" height="16" aria-hidden="true" '
        f'focusable="false" xmlns="http://www.w3.org/2000/svg">{inner}</svg>'
    )


def _stroke(kind: str) -> dict[str, object]:
    width = 2.5 if kind == "actual" else 2
    return {"colour": COLOURS[kind], "width": width, "dash": DASHES.get(kind)}


def _polyline(
    series: Sequence[Point], x: Callable[[float], float], y: Callable[[float], float], kind: str
) -> str:
    coords = " ".join(f"{x(p.year)},{y(p.value)}" for p in series)
    style = _stroke(kind)
    dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
    return (
        f'<polyline points="{coords}" fill="none" stroke="{style["colour"]}" '
        f'stroke-width="{style["width"]}"{dash} stroke-linejoin="round"/>'
    )


def _line(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    colour: object,
    width: object,
    dash: object = None,
) -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" '
        f'stroke-width="{width}"{extra}/>'
    )


def _text(x: float, y: float, text: str, anchor: str, bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-size="13" fill="#1a1a1a"'
        f"{weight}>{escape(text)}</text>"
    )
