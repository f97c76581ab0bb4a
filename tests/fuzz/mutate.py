"""Mutations of real strategy files: the slips, damage and tricks a file meets in the world.

Every input is made from `(seed, index)` alone, so any failing input can be made again from
the two numbers the runner prints (`python -m tests.fuzz --seed S --show INDEX`).
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seed_files() -> list[tuple[str, bytes]]:
    """Every fixture and example, as (name, bytes)."""
    paths = sorted(
        [
            *(ROOT / "tests" / "fixtures").glob("*/*.yaml"),
            *(ROOT / "strategies").glob("*.yaml"),
            ROOT / "src" / "stratkit" / "cli" / "templates" / "exempel.yaml",
        ]
    )
    return [(str(path.relative_to(ROOT)), path.read_bytes()) for path in paths]


# Characters that look like YAML syntax, or are line breaks or controls to some reader.
LOOK_ALIKES = {
    ":": ["\uff1a", "\ua789", "\u02d0"],
    "-": ["\u2010", "\u2212", "\u2013"],
    " ": ["\u00a0", "\u2007", "\u3000"],
    '"': ["\u201d", "\u201c"],
    "'": ["\u2019"],
    "#": ["\uff03"],
}
BREAKS = ["\r", "\n", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"]
CONTROLS = ["\x00", "\x07", "\x08", "\x1b", "\x1b[31m", "\x7f", "\x9b", "\ufeff", "\ufffe"]
TOKENS = [
    "02012",
    "0x1A",
    "0o17",
    "+5",
    "1_000",
    "&a",
    "*a",
    "!tag",
    "!!python/object",
    "? ",
    "---",
    "...",
    "%YAML 1.1",
    "|",
    ">-",
    "{",
    "}",
    "[",
    "]",
    ",",
    "~",
    "null",
    "yes",
    "NO",
    "08",
    "1e9999",
    ".nan",
    "2024-02-30",
    '"',
    "'",
    "\\",
    "\\u2028",
    "::error::x",
    "=1+1",
    "[x](javascript:alert(1))",
    "- ",
    ": ",
    "#",
    "\t",
    "2024\r  : 5",
]


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [""]


def flip_byte(rng: random.Random, raw: bytes) -> bytes:
    if not raw:
        return bytes([rng.randrange(256)])
    at = rng.randrange(len(raw))
    return raw[:at] + bytes([raw[at] ^ (1 << rng.randrange(8))]) + raw[at + 1 :]


def set_byte(rng: random.Random, raw: bytes) -> bytes:
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + bytes([rng.randrange(256)]) + raw[at + 1 :]


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def on_text(change: Callable[[random.Random, str], str]) -> Callable[[random.Random, bytes], bytes]:
    def mutation(rng: random.Random, raw: bytes) -> bytes:
        text = raw.decode("utf-8", "surrogateescape")
        return change(rng, text).encode("utf-8", "surrogateescape")

    mutation.__name__ = change.__name__
    return mutation


def delete_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def duplicate_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return "".join(lines)


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return "".join(lines)


def indent(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    line = lines[at]
    if rng.random() < 0.5:
        lines[at] = " " * rng.randint(1, 4) + line
    else:
        lines[at] = line[min(len(line) - len(line.lstrip(" ")), rng.randint(1, 4)) :]
    return "".join(lines)


def tabs(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    lines[at] = "\t" + lines[at].lstrip(" ") if rng.random() < 0.7 else lines[at] + "\t"
    return "".join(lines)


def line_ends(rng: random.Random, text: str) -> str:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    choice = rng.choice(["\r", "\r\n", "\n", "mixed"])
    if choice != "mixed":
        return lf.replace("\n", choice)
    return "".join(
        line.rstrip("\n") + rng.choice(["\r", "\r\n", "\n"]) if line.endswith("\n") else line
        for line in lf.splitlines(keepends=True)
    )


def insert(pool: list[str]) -> Callable[[random.Random, str], str]:
    def inserted(rng: random.Random, text: str) -> str:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice(pool) + text[at:]

    return inserted


def look_alike(rng: random.Random, text: str) -> str:
    char = rng.choice(sorted(LOOK_ALIKES))
    places = [i for i, c in enumerate(text) if c == char]
    if not places:
        return text
    at = rng.choice(places)
    return text[:at] + rng.choice(LOOK_ALIKES[char]) + text[at + 1 :]


def break_in_value(rng: random.Random, text: str) -> str:
    """A Unicode line break inside a value, where it shifts PyYAML's line count."""
    places = [i for i, c in enumerate(text) if c in "\"'" or (c == " " and text[i - 1] == ":")]
    at = rng.choice(places) + 1 if places else rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(BREAKS[3:6]) + text[at:]


def bom(rng: random.Random, text: str) -> str:
    return rng.choice(["\ufeff", "\ufeff\ufeff", ""]) + text


def deep(rng: random.Random, text: str) -> str:
    depth = rng.choice([5, 17, 63, 65, 70, 200, 1001, rng.randint(12000, 20000)])
    shape = rng.choice(["- ", "[", "{a: ", "block", "? "])
    if shape == "[":
        nest = "[" * depth + "]" * depth
    elif shape == "{a: ":
        nest = "{a: " * depth + "x" + "}" * depth
    elif shape == "block":
        nest = "\n" + "".join("  " * i + "a:\n" for i in range(min(depth, 400))) + "  " * 400 + "x"
    else:
        nest = shape * depth + "x"
    newline = rng.choice(["\n", "\r", "\r\n"])
    lines = _lines(text)
    at = rng.randrange(len(lines) + 1)
    lines.insert(at, "x-deep:" + newline + nest.replace("\n", newline) + newline)
    return "".join(lines)


def token(rng: random.Random, text: str) -> str:
    """Replace a value (what follows ': ') with a token YAML readers treat specially."""
    places = [i + 2 for i in range(len(text) - 1) if text[i : i + 2] == ": "]
    if not places:
        return insert(TOKENS)(rng, text)
    at = rng.choice(places)
    end = at
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    return text[:at] + rng.choice(TOKENS) + text[end if rng.random() < 0.7 else at :]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_byte,
    set_byte,
    truncate,
    *(
        on_text(change)
        for change in (
            delete_line,
            duplicate_line,
            swap_lines,
            indent,
            tabs,
            line_ends,
            line_ends,
            insert(BREAKS),
            insert(CONTROLS),
            look_alike,
            break_in_value,
            bom,
            deep,
            token,
            token,
        )
    ),
]


def make(seed: int, index: int, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """The input number `index` of a run: a seed file with one to four mutations."""
    rng = random.Random(f"{seed}:{index}")
    name, raw = rng.choice(seeds)
    if rng.random() < 0.1:
        raw = codecs.BOM_UTF8 + raw
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        raw = rng.choice(MUTATIONS)(rng, raw)
    return name, raw
