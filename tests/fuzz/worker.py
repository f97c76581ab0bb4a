"""One worker of the fuzzing harness: checks inputs start..end-1 and prints one JSON line each.

A line {"done": N} follows every input N, so that the runner knows which input a worker
that died was on; a failure is a line {"kind", "index", "detail"} before it.
"""

from __future__ import annotations

import json
import sys

from tests.fuzz.mutate import make, seed_files
from tests.fuzz.oracle import check


def main(seed: int, start: int, end: int, cli_every: int) -> None:
    seeds = seed_files()
    for index in range(start, end):
        _, raw = make(seed, index, seeds)
        for kind, detail in check(raw, cli=cli_every > 0 and index % cli_every == 0):
            print(json.dumps({"kind": kind, "index": index, "detail": detail}), flush=True)
        print(json.dumps({"done": index + 1}), flush=True)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:5]))
