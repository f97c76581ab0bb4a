"""The fuzzing harness (tests/fuzz) itself: inputs made again from their numbers, and a run
that reports what it finds."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT
from tests.fuzz.mutate import make, seed_files
from tests.fuzz.oracle import check


def test_an_input_is_made_again_from_its_seed_and_number() -> None:
    seeds = seed_files()
    assert len(seeds) > 70  # every fixture and example
    assert make(1, 17, seeds) == make(1, 17, seeds)
    assert make(1, 17, seeds) != make(2, 17, seeds)


def test_the_oracle_finds_no_fault_in_the_examples() -> None:
    for name, raw in seed_files():
        assert check(raw, cli=name.startswith("strategies/")) == [], name


def test_a_short_run_checks_its_inputs_and_says_so() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz", "--seed", "3", "--inputs", "60", "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "seed 3: 60 inputs in" in result.stdout
    assert "0 crashes, 0 tracebacks, 0 disagreements, 0 positions, 0 outputs" in result.stdout
