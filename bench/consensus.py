"""Consensus lab: simulated blocks per second (single chain, no propagation) and the comparison table on the
standard suite, with the adaptive and learned controllers' gap to ASERT (goal: >= 20% better RMSE and recovery,
no more oscillation under switching miners).

Target: >= 1,000,000 blocks/s for one chain. Run: .venv/bin/python bench/consensus.py [--blocks N] [--seeds 0,1,2]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import temp_home  # noqa: E402

from ledgerlm.consensus.controllers import get_controller  # noqa: E402
from ledgerlm.consensus.lab import compare  # noqa: E402
from ledgerlm.consensus.scenarios import get_scenario  # noqa: E402
from ledgerlm.consensus.simulator import simulate  # noqa: E402


def bench_speed(n_blocks: int) -> None:
    """Wall-clock and CPU-time rates: on a shared machine the CPU figure is the one that reflects the code."""
    sc = get_scenario("steady")
    base = None
    for name in ("fixed", "bitcoin", "asert", "homestead", "lwma", "adaptive", "learned"):
        n = n_blocks if name in ("fixed", "bitcoin", "asert") else min(n_blocks, 100_000)  # per-block loops
        simulate(sc, get_controller(name), seed=0, n_blocks=1000)  # warm up imports and weights
        wall, cpu = time.perf_counter(), time.process_time()
        simulate(sc, get_controller(name), seed=0, n_blocks=n)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rate = n / cpu
        base = base or rate
        print(
            f"  {name:10s} {n:>9,} blocks: {n / wall:12,.0f} blocks/s wall, {rate:12,.0f} blocks/s CPU "
            f"({rate / base:5.2f}x of fixed)"
        )


def _mean(rows: list[dict], ctrl: str, key: str, scenarios: list[str]) -> float:
    vals = [r[key] for r in rows if r["controller"] == ctrl and r["scenario"] in scenarios and r[key] is not None]
    return sum(vals) / len(vals) if vals else math.nan


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blocks", type=int, default=1_000_000)
    ap.add_argument("--seeds", default="0,1,2")
    args = ap.parse_args()
    print(f"simulated blocks per second, steady scenario, {args.blocks:,} blocks:")
    bench_speed(args.blocks)
    seeds = [int(s) for s in args.seeds.split(",")]
    with temp_home() as home:
        start = time.perf_counter()
        result = compare(seeds=seeds, out_dir=home / "out", plots=False)
        print(f"\nstandard suite x all controllers x seeds {seeds}: {time.perf_counter() - start:.1f} s")
    rows = result.rows
    print(
        f"{'scenario':10s} {'controller':10s} {'mean s':>8s} {'rmse s':>8s} {'recover':>8s} {'osc s':>8s} "
        f"{'orphan%':>8s} {'lat s':>8s}"
    )
    for r in rows:
        rec = "-" if r["recovery_blocks"] is None else f"{r['recovery_blocks']:.0f}"
        orph = "-" if r["orphan_rate"] is None else f"{100 * r['orphan_rate']:.2f}"
        print(
            f"{r['scenario']:10s} {r['controller']:10s} {r['mean_block_s']:8.1f} {r['rmse_s']:8.1f} {rec:>8s} "
            f"{r['oscillation_s']:8.0f} {orph:>8s} {r['latency_s']:8.0f}"
        )
    scen = sorted({r["scenario"] for r in rows})
    steps = [s for s in scen if s in ("step_up", "step_down", "pos")]
    print("\nagainst ASERT (negative = better than ASERT; goal <= -20% on RMSE and recovery, osc <= 0%):")
    for ctrl in ("adaptive", "learned", "lwma"):
        rmse = _mean(rows, ctrl, "rmse_s", scen) / _mean(rows, "asert", "rmse_s", scen) - 1
        rec = _mean(rows, ctrl, "recovery_blocks", steps) / _mean(rows, "asert", "recovery_blocks", steps) - 1
        osc = (
            _mean(rows, ctrl, "oscillation_s", ["switching"]) / _mean(rows, "asert", "oscillation_s", ["switching"]) - 1
        )
        print(
            f"  {ctrl:9s} RMSE (mean over suite) {rmse:+7.1%}   recovery (steps) {rec:+7.1%}   "
            f"oscillation (switching) {osc:+7.1%}"
        )


if __name__ == "__main__":
    main()
