"""Leidraad's benchmarks: prints every figure of bench/README.md.

    .venv/bin/python bench/run.py            # all figures (about 25 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # N = 100 and 1,000 only

Builds run one at a time, each in its own process (wall time, CPU time, peak memory): Leidraad,
plain Material, and Leidraad with Material's own navigation partial, in turn, each case
`--repeat` times; the median is reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate
from bench.sites import REPO, leidraad_config, plain_config


def build(config: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench/build_once.py"), str(config)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def median(runs: list[dict[str, float]], key: str) -> float:
    return round(statistics.median(run[key] for run in runs), 2)


def compare(work: Path, principles: int, per_collection: int, repeat: int) -> dict[str, Any]:
    case = work / f"n{principles}-c{per_collection}"
    docs = generate(case, principles, per_collection)
    configs = {
        "leidraad": leidraad_config(docs, case / "site-leidraad"),
        "plain": plain_config(docs, case / "site-plain"),
        # Leidraad with Material's own nav-item partial: what Leidraad's features cost alone.
        "material_nav": leidraad_config(docs, case / "site-material-nav", True),
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in configs}
    for _ in range(repeat):
        for name, config in configs.items():
            runs[name].append(build(config))
    row: dict[str, Any] = {"principles": principles, "per_collection": per_collection}
    for name in runs:
        for key in ("seconds", "cpu_seconds", "peak_mib"):
            row[f"{name}_{key}"] = median(runs[name], key)
    row["ratio_wall"] = round(row["leidraad_seconds"] / row["plain_seconds"], 3)
    row["ratio_cpu"] = round(row["leidraad_cpu_seconds"] / row["plain_cpu_seconds"], 3)
    row["ratio_material_nav"] = round(row["material_nav_seconds"] / row["plain_seconds"], 3)
    row["pages"] = sum(1 for _ in (case / "site-leidraad").rglob("index.html"))
    return row


def check_time(work: Path, principles: int, repeat: int) -> float:
    docs = generate(work / f"check-{principles}", principles, 100)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [str(Path(sys.executable).parent / "principles"), "check", str(docs)],
            check=True, capture_output=True,
        )  # fmt: skip
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="N = 100 and 1,000 only")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = [(100, 100), (1000, 100)]
    if not args.quick:
        cases += [(5000, 100), (1000, 1000)]
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as temp:
        work = Path(temp)
        print(f"principles check, N = 5,000: {check_time(work, 5000, args.repeat)} s (median)")
        rows = []
        for principles, per_collection in cases:
            row = compare(work, principles, per_collection, args.repeat)
            rows.append(row)
            print(json.dumps(row), flush=True)
        by_case = {(r["principles"], r["per_collection"]): r for r in rows}
        if (5000, 100) in by_case:
            big, base = by_case[(5000, 100)], by_case[(1000, 100)]
            for name in ("leidraad", "plain", "material_nav"):
                print(
                    f"5,000 vs 1,000 (collections of 100), {name}: "
                    f"{big[f'{name}_seconds'] / base[f'{name}_seconds']:.2f} x wall, "
                    f"{big[f'{name}_cpu_seconds'] / base[f'{name}_cpu_seconds']:.2f} x CPU"
                )
        subprocess.run([sys.executable, str(REPO / "bench/page_weight.py")], check=True)
        subprocess.run([sys.executable, str(REPO / "bench/filter_speed.py")], check=True)


if __name__ == "__main__":
    main()
