"""Run the fuzzing harness: `python -m tests.fuzz --seed 1 --seconds 55` (CI) or `--inputs N`.

Inputs are checked by worker processes (`--jobs`, default one per core), each a fresh
`python -m tests.fuzz.worker` over a range of input numbers. A worker that dies from a signal
(a native reader's segmentation fault) is a crash: the runner names the input it was on and
goes on after it. Failures are printed with the seed and input number that make them again
(`--show N` writes input N to stdout). The exit status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tests.fuzz.mutate import ROOT, make, seed_files

CHUNK = 200
KINDS = ("crash", "traceback", "disagreement", "position", "output")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=None, help="stop starting new inputs")
    parser.add_argument("--inputs", type=int, default=None, help="check this many inputs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cli-every", type=int, default=50, help="run the CLI on every Nth")
    parser.add_argument("--show", type=int, default=None, help="write input N and stop")
    parser.add_argument("--save", type=Path, default=None, help="folder for failing inputs")
    args = parser.parse_args()
    if args.show is not None:
        name, raw = make(args.seed, args.show, seed_files())
        print(f"# from {name}", file=sys.stderr)
        sys.stdout.buffer.write(raw)
        return 0
    if args.seconds is None and args.inputs is None:
        args.seconds = 55.0
    return run(args)


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    counts: Counter[str] = Counter()
    failures: list[dict[str, object]] = []
    next_index = 0
    running: list[tuple[subprocess.Popen[str], int, int]] = []

    def more() -> bool:
        if args.inputs is not None and next_index >= args.inputs:
            return False
        return args.seconds is None or time.monotonic() - started < args.seconds

    while running or more():
        while len(running) < args.jobs and more():
            end = next_index + CHUNK
            if args.inputs is not None:
                end = min(end, args.inputs)
            running.append((_worker(args, next_index, end), next_index, end))
            next_index = end
        process, start, end = running.pop(0)
        out, _ = process.communicate()
        done = start
        for line in out.splitlines():
            record = json.loads(line)
            if "done" in record:
                done = record["done"]
                counts["inputs"] += 1
            else:
                failures.append(record)
                counts[str(record["kind"])] += 1
        if process.returncode != 0 and done < end:
            # The worker died on input `done`: a crash. Go on with the inputs after it.
            counts["inputs"] += 1
            counts["crash"] += 1
            failures.append(
                {"kind": "crash", "index": done, "detail": f"exit {process.returncode}"}
            )
            if done + 1 < end:
                running.append((_worker(args, done + 1, end), done + 1, end))
    elapsed = time.monotonic() - started
    for failure in failures[:50]:
        print(f"seed {args.seed} input {failure['index']}: {failure['kind']}: {failure['detail']}")
        if args.save is not None:
            args.save.mkdir(parents=True, exist_ok=True)
            _, raw = make(args.seed, int(str(failure["index"])), seed_files())
            (args.save / f"{args.seed}-{failure['index']}.yaml").write_bytes(raw)
    summary = ", ".join(
        f"{counts[kind]} {kind}es" if kind == "crash" else f"{counts[kind]} {kind}s"
        for kind in KINDS
    )
    print(f"seed {args.seed}: {counts['inputs']} inputs in {elapsed:.0f} s: {summary}")
    return 1 if failures else 0


def _worker(args: argparse.Namespace, start: int, end: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.fuzz.worker", str(args.seed), str(start), str(end)]
    command.append(str(args.cli_every))
    env = {**os.environ, "NO_COLOR": "1", "PYTHONFAULTHANDLER": ""}
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env)


if __name__ == "__main__":
    sys.exit(main())
