"""Property: whatever bytes a strategy file holds, checking it returns diagnostics or a model.

It never raises, and the fast path and the exact path give the same report. Inputs are random
bytes, random text, real files with random damage, and random strategy-shaped data written
out by a YAML writer in its many styles.
"""

from __future__ import annotations

import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratkit.reading.fast_reader import fast_parse
from stratkit.reading.yaml_reader import parse
from stratkit.validation.fast_path import check_clean_file
from stratkit.validation.one_file import check_bytes
from stratkit.validation.report import CheckOptions, FileReport
from tests.conftest import FIXTURES, ROOT, files_in

SEEDS = [
    p.read_bytes() for p in sorted([*files_in(FIXTURES / "valid"), *files_in(ROOT / "strategies")])
]
# Pieces that break YAML, or that a YAML 1.1 or 1.2 reader reads differently from ours.
TOKENS = [
    ": ",
    "- ",
    "\t",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "!x ",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "{",
    "}",
    "[",
    "]",
    '"',
    "'",
    "#",
    "0x1A",
    "0o17",
    "1_000",
    "+5",
    ".inf",
    ".nan",
    "NO",
    "yes",
    "08",
    "~",
    "null",
    "2024-01-01",
    "1:20",
    "\ufeff",
    "\r\n",
    "\r",
    "\x00",
    "\x07",
    "\x85",
    "\u2028",
    "ä",
    "a\u030a",
    "  ",
    "\n",
    "? ",
    "|",
    ">-",
    "\\",
    "x-a: ",
    "99999999999999999999",
    "-1",
    "10000",
    "\u2212",
    "32 000",
    "1,7",
    "32,000",
]
OPTIONS = CheckOptions(year=2026)
# STRATKIT_PROPERTY_EXAMPLES=5000 pytest tests/test_property_loader.py hunts longer.
EXAMPLES = int(os.environ.get("STRATKIT_PROPERTY_EXAMPLES", "200"))


def check_both(raw: bytes) -> FileReport:
    fast = check_bytes("f.yaml", raw, OPTIONS, fast=True)
    exact = check_bytes("f.yaml", raw, OPTIONS, fast=False)
    assert fast == exact
    assert fast.diagnostics or fast.strategy is not None
    for diagnostic in fast.diagnostics:
        assert diagnostic.message
        assert diagnostic.hint
        assert diagnostic.line >= 1
        assert diagnostic.column >= 1
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return fast
    if check_clean_file("f.yaml", text, OPTIONS) is not None:
        # The fast path answered alone: the exact reader must find nothing and the same text.
        exact = parse(text)
        assert exact.complete
        assert not exact.problems
        data = fast_parse(text)
        same_text(data, exact.data)
    return fast


def same_text(fast: object, exact: object) -> None:
    """The fast reading holds the exact reading's text wherever it holds text at all."""
    if isinstance(fast, str):
        assert fast == exact
    elif isinstance(fast, dict):
        assert isinstance(exact, dict)
        assert len(fast) == len(exact)
        for (fast_key, fast_value), (exact_key, exact_value) in zip(
            fast.items(), exact.items(), strict=True
        ):
            same_text(fast_key, exact_key)
            same_text(fast_value, exact_value)
    elif isinstance(fast, list):
        assert isinstance(exact, list)
        assert len(fast) == len(exact)
        for fast_item, exact_item in zip(fast, exact, strict=True):
            same_text(fast_item, exact_item)
    elif fast is None:
        assert exact is None
    else:  # a typed scalar: the exact reader keeps it as text, and the schema reads both
        assert isinstance(exact, str)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "repeat_line", "byte"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS)).encode("utf-8")
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 12))]
        elif action == "repeat_line":
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end + 1
            data[end:end] = data[start:end]
        else:
            data[at:at] = bytes([draw(st.integers(0, 255))])
    return bytes(data)


SCALARS = st.one_of(
    st.sampled_from(TOKENS).map(str.strip),
    st.text(max_size=12),
    st.integers(-(10**16), 10**16),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
)
KEYS = st.sampled_from(
    ["municipality", "name", "country", "code", "strategy", "title", "period", "start", "end",
     "goals", "id", "indicators", "nytta", "mätare", "baseline", "nuläge", "target", "year",
     "value", "actual", "förverkligats", "direction", "x-a", "unit", "initiatives", "count",
     "date", "status", "adopted", "vision"]
)  # fmt: skip
TREES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(KEYS | st.integers(1899, 2101), inner, max_size=5)
    ),
    max_leaves=30,
)
STYLES = st.fixed_dictionaries(
    {"default_flow_style": st.sampled_from([None, True, False]), "allow_unicode": st.booleans()}
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    check_both(raw)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    check_both(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_real_files(raw: bytes) -> None:
    check_both(raw)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {"municipality": TREES, "strategy": TREES},
        optional={"indicators": st.lists(TREES, max_size=3), "x-b": TREES, "goals": TREES},
    ),
    STYLES,
)
def test_random_strategy_shaped_data(tree: dict[str, object], style: dict[str, bool]) -> None:
    check_both(yaml.safe_dump(tree, sort_keys=False, **style).encode("utf-8"))
