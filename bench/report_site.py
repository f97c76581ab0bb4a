"""Benchmark `stratkit report --site` over the national corpus (600 strategies).

    python bench/make_corpus.py            # once: bench/corpus/
    python bench/report_site.py [--repeat 2] [--json FILE]

Times the whole command: wall clock (best of --repeat) and the CPU time of the command and
its workers (user + system, which other load on the machine changes far less than the wall
clock), with the peak memory of the process tree as bench/run.py measures it; once with an
empty cache, once with the cache a previous run left, once with --no-cache. Then the size of
the site it writes: files, total bytes, the largest page and the index.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CORPUS, compile_stratkit, measure


def best(
    label: str, command: list[str], repeat: int, env: dict[str, str], warm: bool = False
) -> dict[str, object]:
    runs = []
    for _ in range(repeat):
        if "STRATKIT_CACHE_DIR" in env and not warm:
            shutil.rmtree(env["STRATKIT_CACHE_DIR"], ignore_errors=True)  # cold
        if warm:
            measure(command, env)  # leaves the cache a warm run finds
        runs.append(measure(command, env))
    # run.measure: (wall seconds, peak bytes, exit code, CPU seconds of the tree)
    wall = min(r[0] for r in runs)
    cpu = min(r[3] for r in runs)
    peak = max(r[1] for r in runs)
    print(
        f"  {label:<30} {wall:7.1f} s wall  {cpu:7.1f} s CPU  {peak / 2**20:5.0f} MB"
        f"  exit {runs[0][2]}"
    )
    return {"label": label, "wall_s": wall, "cpu_s": cpu, "peak_mb": peak / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit("no corpus: run python bench/make_corpus.py first")
    compile_stratkit()
    stratkit = str(Path(sys.executable).parent / "stratkit")
    files = sorted(CORPUS.glob("*.yaml"))
    size = sum(p.stat().st_size for p in files)
    load = os.getloadavg()[0]
    print(
        f"corpus: {len(files)} files, {size / 1e6:.1f} MB; {os.cpu_count()} cores, load {load:.1f}"
    )
    results = []
    with tempfile.TemporaryDirectory(prefix="stratkit-site-") as temporary:
        site = Path(temporary) / "site"
        cache = {"STRATKIT_CACHE_DIR": str(Path(temporary) / "cache")}
        command = [stratkit, "report", "--site", str(site), "--dir", str(CORPUS)]
        results.append(best("report --site, cold cache", command, args.repeat, cache))
        results.append(best("report --site, warm cache", command, args.repeat, cache, True))
        shutil.rmtree(site)
        results.append(best("report --site --no-cache", [*command, "--no-cache"], args.repeat, {}))
        written = [p for p in site.rglob("*") if p.is_file()]
        pages = [p for p in written if p.suffix == ".html" and p.name != "index.html"]
        sizes = {
            "files": len(written),
            "pages": len(pages),
            "total_mb": sum(p.stat().st_size for p in written) / 1e6,
            "html_mb": sum(p.stat().st_size for p in pages) / 1e6,
            "csv_mb": sum(p.stat().st_size for p in written if p.suffix == ".csv") / 1e6,
            "largest_page_kb": max(p.stat().st_size for p in pages) / 1e3,
            "index_kb": (site / "index.html").stat().st_size / 1e3,
        }
    line = (
        "site: {files} files ({pages} pages), {total_mb:.1f} MB: pages {html_mb:.1f} MB, "
        "CSV {csv_mb:.1f} MB; largest page {largest_page_kb:.0f} kB, index {index_kb:.0f} kB"
    )
    print(line.format(**sizes))
    if args.json:
        args.json.write_text(json.dumps({"runs": results, "site": sizes}, indent=2) + "\n")


if __name__ == "__main__":
    main()
