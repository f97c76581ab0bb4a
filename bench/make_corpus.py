"""Generate the national-scale benchmark corpus: one strategy file per Swedish and Finnish
municipality, 600 in all, each with 40 indicators of 15 yearly values.

    python bench/make_corpus.py [--out bench/corpus] [--seed 6]

The output is the same byte for byte for the same seed. The Swedish population indicator uses
the real SCB series (2005-2019) from tests/fixtures/data; every other figure is synthetic and
says so in its `source:`, so that nobody mistakes the corpus for real strategies. A few files
(--broken, default 12) carry a typical typing mistake, as a real national run would, so that
the benchmark also pays for finding the exact position of each error.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "fixtures" / "data"
SWEDEN = DATA / "odectra_popu-sweden__folkmangd_1950_2019.csv"
FINLAND = DATA / "yleisradio_geodata__finland_finland-munis-2020.topo.json"
YEARS = list(range(2005, 2020))  # 15 years, the last 15 the SCB file holds
INDICATORS = 40
GOALS = 6
SYNTHETIC = "syntetiska testdata"

_TOPICS = [
    ("Andel förnybar energi", "%", "increase"),
    ("Antal nya bostäder", "bostäder", "increase"),
    ("Sjukfrånvaro bland anställda", "%", "decrease"),
    ("Antal företag", "företag", "increase"),
    ("Koldioxidutsläpp per invånare", "ton", "decrease"),
    ("Nöjd-Medborgar-Index", "index", "increase"),
    ("Arbetslöshet 16-64 år", "%", "decrease"),
    ("Behöriga till gymnasiet", "%", "increase"),
]


SWEDISH_KEYS = {
    "title": "nytta",
    "metric": "mätare",
    "base": "nuläge",
    "target": "målsättning",
    "act": "förverkligats",
}
ENGLISH_KEYS = {"title": "title", "metric": "metric", "base": "baseline", "target": "target",
                "act": "actual"}  # fmt: skip
_DIRECTIONS = {"increase": "öka", "decrease": "minska"}


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split()) or "x"


def swedish_municipalities() -> list[tuple[str, str, list[int]]]:
    with SWEDEN.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    return [(row["k_ID"], row["kommun"], [int(row[f"ar_{y}"]) for y in YEARS]) for row in rows]


def finnish_municipalities() -> list[tuple[str, str, int]]:
    data = json.loads(FINLAND.read_text(encoding="utf-8"))
    found = [g["properties"] for g in data["objects"]["munis"]["geometries"]]
    return [(p["id"], p["namn"], int(p["population"])) for p in found]


def spaced(number: int) -> str:
    """A whole number as Swedes type it: "32 000"."""
    return f"{number:,}".replace(",", " ")


def number(rng: random.Random, value: float, decimals: int) -> str:
    """Mix the ways people write numbers, so the corpus exercises the number parser."""
    if decimals == 0:
        whole = round(value)
        return f'"{spaced(whole)}"' if whole >= 10000 and rng.random() < 0.5 else str(whole)
    text = f"{value:.{decimals}f}"
    return f'"{text.replace(".", ",")}"' if rng.random() < 0.5 else text


def indicator(
    rng: random.Random, index: int, swedish_keys: bool, series: list[int] | None
) -> list[str]:
    k = SWEDISH_KEYS if swedish_keys else ENGLISH_KEYS
    if series is not None:
        topic, unit, direction, decimals = "Folkmängd 31 december", "invånare", "increase", 0
        values: list[float] = [float(v) for v in series]
        source = "SCB, folkmängd 31 december (odectra/popu-sweden, data/folkmangd.csv)"
    else:
        topic, unit, direction = _TOPICS[index % len(_TOPICS)]
        decimals = 1 if unit == "%" else 0
        start = rng.uniform(5, 60) if unit == "%" else rng.uniform(50, 50000)
        step = rng.uniform(-0.02, 0.04) * (1 if direction == "increase" else -1)
        values = [start * (1 + step) ** i for i in range(len(YEARS))]
        source = SYNTHETIC
    # A target beyond every value so far, so that direction and target always agree.
    goal_value = max(values) * 1.1 if direction == "increase" else min(values) * 0.9
    lines = [
        f"  - id: ind-{index:02d}",
        f"    {k['title']}: {topic}",
        f"    goals: [mal-{index % GOALS + 1}]",
        f"    {k['metric']}: {'Antal' if decimals == 0 else 'Andel'}",
        f'    unit: "{unit}"' if unit == "%" else f"    unit: {unit}",
        f"    direction: {_DIRECTIONS[direction] if swedish_keys else direction}",
        f"    {k['base']}: {{year: {YEARS[0]}, value: {number(rng, values[0], decimals)}}}",
        f"    {k['target']}: {{year: 2030, value: {number(rng, goal_value, decimals)}}}",
        f"    {k['act']}:",
    ]
    lines += [f"      {y}: {number(rng, v, decimals)}" for y, v in zip(YEARS, values, strict=True)]
    if series is not None:  # synthetic figures are declared once, in the file's header
        lines.append(f'    source: "{source}"')
    if index == 0:
        # The value for the baseline year must equal the baseline: write it exactly once.
        lines[6] = f"    {k['base']}: {{year: {YEARS[0]}, value: {lines[9].split(': ', 1)[1]}}}"
    return lines


def strategy(
    rng: random.Random, country: str, code: str, name: str, series: list[int] | None
) -> str:
    swedish_keys = rng.random() < 0.5
    lines = [
        f"# Benchmark corpus, made by bench/make_corpus.py: {name}. Every figure is synthetic",
        "# (source: syntetiska testdata) except the SCB population series where it is named.",
        "municipality:",
        f"  name: {name}",
        f"  country: {country}",
        f'  code: "{code}"',
        "language: sv",
        "strategy:",
        f"  title: {name}s strategi 2020–2030",
        f'  motto: "{name}: framtiden börjar här"',
        "  period: {start: 2020, end: 2030}",
        "  adopted: 2019-11-25",
        "  vision: >-",
        f"    {name} är en attraktiv kommun att bo, arbeta och leva i, med ett starkt",
        "    näringsliv, god service och en hållbar utveckling för kommande generationer.",
        f"  source: {SYNTHETIC}",
        "goals:",
    ]
    for g in range(1, GOALS + 1):
        lines += [
            f"  - id: mal-{g}",
            f"    title: Strategiskt mål {g}",
            "    actions: [Samverka med näringslivet, Följa upp varje år]",
        ]
    lines.append("indicators:")
    for i in range(INDICATORS):
        lines += indicator(rng, i, swedish_keys, series if i == 0 else None)
    lines += [
        "initiatives:",
        "  - id: torget",
        "    title: Förnya torget",
        "    goals: [mal-1]",
        "    status: pågår",
        "    date: 2024-05",
        "x-ansvarig: Kommunstyrelsen",
    ]
    return "\n".join(lines) + "\n"


def break_file(rng: random.Random, text: str) -> str:
    """One of the mistakes people make when typing a strategy by hand."""
    # Only mistakes that leave the YAML readable: yamale, which the benchmark compares
    # against, stops the whole run with a traceback at the first YAML syntax error.
    mistakes = [
        ("    målsättning:", "    målsättnig:"),  # misspelt key
        ("  country: SE", "  country: Sverige"),  # country name instead of code
        ("  country: FI", "  country: Finland"),
        ("      2012: ", "      2012: ca "),  # a word in a number
    ]
    for old, new in rng.sample(mistakes, len(mistakes)):
        if old in text:
            return text.replace(old, new, 1)
    return text


def generate(out: Path, seed: int, broken: int) -> list[Path]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    jobs: list[tuple[str, str, str, str, list[int] | None]] = []
    for code, name, series in swedish_municipalities():
        # The file has two rows named Habo (Habo and Håbo): the letter code keeps them apart.
        jobs.append((f"se-{code.lower()}-{slug(name)}", "SE", code, name, series))
    for code, name, _population in finnish_municipalities():
        jobs.append((f"fi-{code}-{slug(name)}", "FI", code, name, None))
    to_break = set(rng.sample(range(len(jobs)), broken))
    written = []
    for n, (stem, country, code, name, series) in enumerate(jobs):
        file_rng = random.Random(f"{seed}-{stem}")
        text = strategy(file_rng, country, code, name, series)
        if n in to_break:
            text = break_file(file_rng, text)
        path = out / f"{stem}.yaml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--broken", type=int, default=12, help="files with a typing mistake")
    args = parser.parse_args()
    files = generate(args.out, args.seed, args.broken)
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
