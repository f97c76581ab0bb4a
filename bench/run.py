"""Time stratkit on the national corpus beside PyYAML's C loader, yamale and yamllint.

    python bench/make_corpus.py          # once: 600 files in bench/corpus/
    python bench/run.py [--repeat 3] [--json bench/results/latest.json]

Every time is wall-clock time of a whole command, as a user waits for it, the best of
--repeat runs, beside its CPU time (user + system, of the command and its worker processes,
the best of the same runs): on a machine shared with other jobs the wall clock says as much
about the neighbours, and the CPU time is the figure to compare. The runs go in rounds, every
command once a round, so that such load slows one run of each command rather than every run
of one. Memory is the peak of the
resident memory of the command and all its child processes added up, sampled every 10 ms
(Linux /proc; an upper bound, since forked workers share pages). "cold" runs start with an
empty cache folder, "warm" runs find every file unchanged since the previous run. Results
go to stdout; see bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
SCHEMA = ROOT / "bench" / "yamale_schema.yaml"
EXAMPLES = [ROOT / "strategies" / f"{n}.yaml" for n in ("karlskoga", "kristinehamn", "kasko")]
BIN = Path(sys.executable).parent
# The corpus's newest values are for 2019: judged on mid-2020 they are all on time.
TODAY = "2020-06-30"
LAGGING = "2026-06-30"
LOAD_ALL = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, encoding='utf-8') as handle:\n"
    "        yaml.load(handle, Loader=yaml.CSafeLoader)\n"
)


LOAD_MODELS = (
    "import sys\n"
    "from stratkit.cache.store import Cache\n"
    "from stratkit.reading.discovery import find\n"
    "from stratkit.validation.batch import Checking, Source, check_files\n"
    "from stratkit.validation.report import Need\n"
    "sources = [Source.on_disk(path, shown) for path, shown in find(sys.argv[1:]).files]\n"
    "reports = check_files(sources, Need.STRATEGIES, checking=Checking(Cache.default()))\n"
    "assert sum(r.usable is not None for r in reports) == 588\n"
)


# The targets (issues 6 and 14): label, the run, the run it is compared with, the most the
# ratio may be.
TARGETS = [
    ("cold validate / yamale", "cold", "yamale", 0.25),
    ("warm validate / yamale", "warm", "yamale", 0.05),
    ("status cold / validate cold", "status_cold", "cold", 1.2),
    ("status warm / validate warm", "status_warm", "warm", 1.2),
    ("status json cold / validate cold", "json_cold", "cold", 1.2),
    ("status csv cold / validate cold", "csv_cold", "cold", 1.2),
    ("--version / yamllint", "version", "yamllint", 2.0),
    ("validate three files / yamllint, --no-cache", "examples", "yamllint", 2.0),
    ("validate three files / yamllint, cached", "examples_warm", "yamllint", 2.0),
    ("export --long csv cold / validate cold", "long_csv_cold", "cold", 1.5),
    ("export --long parquet cold / validate cold", "long_parquet_cold", "cold", 1.5),
]


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, int, float]:
    """(seconds, peak bytes, exit code, CPU seconds) of one run."""
    peak = [0]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        cwd=ROOT,
    )
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    # wait4 gives the CPU time of the command and of the workers it waited for.
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    code = process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    return elapsed, peak[0], code, usage.ru_utime + usage.ru_stime


@dataclass
class Timed:
    """One command to time; `before` (a command) runs untimed before each run, e.g. to warm."""

    label: str
    command: list[str]
    env: dict[str, str] | None = None
    before: list[str] | None = None
    times: int = 1  # runs in each round
    runs: list[tuple[float, int, int, float]] = field(default_factory=list)

    def run_once(self) -> None:
        env = self.env
        if env and "STRATKIT_CACHE_DIR" in env and self.before is None:
            shutil.rmtree(env["STRATKIT_CACHE_DIR"], ignore_errors=True)  # cold
        if self.before is not None:
            subprocess.run(
                self.before,
                env={**os.environ, **(env or {})},
                cwd=ROOT,
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        self.runs.append(measure(self.command, env))

    def result(self) -> dict[str, object]:
        """Best of the runs, printed."""
        seconds = min(r[0] for r in self.runs)
        cpu = min(r[3] for r in self.runs)
        peak = max(r[1] for r in self.runs)
        code = self.runs[0][2]
        label = self.label
        print(
            f"  {label:<44} {seconds:7.3f} s {cpu:7.3f} s CPU {peak / 2**20:6.0f} MB  exit {code}"
        )
        return {
            "label": label,
            "seconds": seconds,
            "cpu": cpu,
            "peak_mb": peak / 2**20,
            "exit": code,
        }


def run_rounds(plan: dict[str, Timed], repeat: int) -> dict[str, dict[str, object]]:
    """Every command once a round, `repeat` rounds: a burst of load from another job then
    slows a run of every command alike, instead of every run of one, and the best of each
    command's runs are compared."""
    for _ in range(repeat):
        for timed in plan.values():
            for _ in range(timed.times):
                timed.run_once()
    results = {}
    for key, timed in plan.items():
        if key == "yamllint":
            print("start-up, three example files")
        results[key] = timed.result()
    return results


def compile_stratkit() -> None:
    """Compile stratkit's modules to bytecode, as `pip install` does for yamllint and yamale.

    An editable install (`pip install -e`) leaves that to the first run, and where
    PYTHONDONTWRITEBYTECODE is set, as on the machine these numbers come from, no run ever
    does: every start would compile the modules again (about 30 ms) and the comparison with
    the other tools would be unequal. The .pyc files land in __pycache__, which git ignores.
    """
    import compileall

    import stratkit

    compileall.compile_dir(Path(stratkit.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*.yaml"))
    if len(files) != 600:
        sys.exit("bench/corpus/ is missing or incomplete: run python bench/make_corpus.py first")
    size = sum(p.stat().st_size for p in files) / 1e6
    print(
        f"corpus: {len(files)} files, {size:.1f} MB; {os.cpu_count()} cores; best of {args.repeat}"
    )
    compile_stratkit()
    cache = tempfile.mkdtemp(prefix="stratkit-bench-cache-")
    env = {"STRATKIT_CACHE_DIR": cache}
    stratkit = [str(BIN / "stratkit")]
    validate = [*stratkit, "validate", str(CORPUS), "--today", TODAY]
    status = [*stratkit, "status", "--dir", str(CORPUS)]
    plan: dict[str, Timed] = {}
    plan["pyyaml"] = Timed(
        "PyYAML C loader, one process", [sys.executable, "-c", LOAD_ALL, *map(str, files)]
    )
    plan["yamale"] = Timed(
        "yamale -n auto (equivalent schema)",
        [str(BIN / "yamale"), "-s", str(SCHEMA), "-n", "auto", str(CORPUS)],
    )
    plan["cold"] = Timed("stratkit validate, cold", validate, env)
    plan["warm"] = Timed("stratkit validate, warm", validate, env, before=validate)
    plan["nocache"] = Timed("stratkit validate --no-cache", [*validate, "--no-cache"])
    # Judged on a date when every indicator's newest value is overdue: 23 000 warnings,
    # which the fast path places from PyYAML's nodes (reading/node_positions.py).
    lagging = [*stratkit, "validate", str(CORPUS), "--today", LAGGING, "--format", "json"]
    plan["lagging"] = Timed("stratkit validate, every file lagging, cold", lagging, env)
    plan["status_cold"] = Timed("stratkit status, cold", status, env)
    plan["status_warm"] = Timed("stratkit status, warm", status, env, before=status)
    # Every indicator judged and written out (issue 14): JSON on a pipe, plain and Excel CSV.
    for key, label, extra in (
        ("json", "status --format json", ["--format", "json"]),
        ("csv", "status --format csv", ["--format", "csv"]),
        ("excel", "status --format csv --excel", ["--format", "csv", "--excel"]),
    ):
        command = [*status, *extra]
        plan[f"{key}_cold"] = Timed(f"stratkit {label}, cold", command, env)
        plan[f"{key}_warm"] = Timed(f"stratkit {label}, warm", command, env, before=command)
    # The long table, every strategy x indicator x year with its status (issue 14).
    out = Path(cache).parent / "stratkit-bench-long"
    for key, label, extra in (
        ("long_csv", "export --long --format csv", ["--format", "csv"]),
        ("long_parquet", "export --long --format parquet", ["--format", "parquet"]),
    ):
        command = [*stratkit, "export", "--dir", str(CORPUS), "--long", *extra]
        command += ["--output", f"{out}.{extra[1]}"]
        plan[f"{key}_cold"] = Timed(f"stratkit {label}, cold", command, env)
    # What status adds to validate before its own work: the strategies as models.
    load = [sys.executable, "-c", LOAD_MODELS, str(CORPUS)]
    plan["load_cold"] = Timed("status's loading (models), cold", load, env)
    plan["load_warm"] = Timed("status's loading (models), warm", load, env, before=load)
    examples = [str(p) for p in EXAMPLES]
    plan["yamllint"] = Timed("yamllint (three files)", [str(BIN / "yamllint"), *examples], times=3)
    plan["version"] = Timed("stratkit --version", [*stratkit, "--version"], times=3)
    plan["examples"] = Timed(
        "stratkit validate (three files), --no-cache",
        [*stratkit, "validate", "--no-cache", *examples],
        times=3,
    )
    three = [*stratkit, "validate", *examples]
    plan["examples_warm"] = Timed(
        "stratkit validate (three files), cached", three, env, before=three, times=3
    )
    print("national corpus")
    r = run_rounds(plan, args.repeat)
    shutil.rmtree(cache, ignore_errors=True)

    def ratio(a: str, b: str, field: str = "seconds") -> float:
        return float(str(r[a][field])) / float(str(r[b][field]))

    peak = max(
        float(str(v["peak_mb"]))
        for k, v in r.items()
        if k
        in (
            *("cold", "warm", "status_cold", "status_warm", "nocache", "load_cold"),
            *("json_cold", "json_warm", "csv_cold", "csv_warm", "excel_cold", "excel_warm"),
            *("long_csv_cold", "long_parquet_cold"),
        )
    )
    print("targets (issues 6 and 14): wall clock, then CPU time")
    for label, run, base, target in TARGETS:
        wall, cpu = ratio(run, base), ratio(run, base, "cpu")
        verdicts = ["ok" if value <= target else "MISSED" for value in (wall, cpu)]
        print(
            f"  {label:<46} {wall:7.3f}  (target <= {target})  {verdicts[0]}"
            f"  CPU {cpu:6.3f} {verdicts[1]}"
        )
    verdict = "ok" if peak <= 300.0 else "MISSED"
    print(f"  {'peak memory, MB':<46} {peak:7.3f}  (target <= 300.0)  {verdict}")
    checks = [(label, ratio(run, base), target) for label, run, base, target in TARGETS]
    checks.append(("peak memory, MB", peak, 300.0))
    # Not a target: what status --format json (every strategy as a model) costs beyond
    # validate; the overview table needs no models.
    print("informative")
    for label, value in (
        ("models for every strategy, cold / validate cold", ratio("load_cold", "cold")),
        ("models for every strategy, warm / validate warm", ratio("load_warm", "warm")),
        ("every file lagging, cold / yamale", ratio("lagging", "yamale")),
        # --excel is written of the models (its words follow the reader's language): for a
        # person opening one file, not a target for a nation.
        ("status csv --excel cold / validate cold", ratio("excel_cold", "cold")),
    ):
        print(f"  {label:<46} {value:7.3f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"runs": r, "targets": checks}, indent=2))


if __name__ == "__main__":
    main()
