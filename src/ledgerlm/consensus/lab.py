"""Run scenarios x controllers over seeds, average the metrics, and write a CSV and PNG plots.

This is the typed API behind ``ledgerlm consensus run`` and ``ledgerlm consensus compare``.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ledgerlm.config import data_dir
from ledgerlm.consensus.controllers import controller_names, get_controller
from ledgerlm.consensus.metrics import RunMetrics, average, measure
from ledgerlm.consensus.network import simulate_network
from ledgerlm.consensus.scenarios import Scenario, get_scenario, standard_scenarios
from ledgerlm.consensus.simulator import ChainRun, simulate
from ledgerlm.errors import InputError

METRIC_COLUMNS = [
    "mean_block_s",
    "mean_error_pct",
    "std_block_s",
    "rmse_s",
    "raw_rmse_s",
    "longest_gap_s",
    "recovery_blocks",
    "oscillation_s",
    "orphan_rate",
    "throughput_tps",
    "latency_s",
    "empty_slot_pct",
]


def default_out_dir() -> Path:
    return data_dir() / "consensus"


def run_once(scenario: Scenario, controller: str, seed: int = 0, n_blocks: int | None = None) -> ChainRun:
    """One simulated chain: the network simulator when the scenario models propagation, else the fast path."""
    ctrl = get_controller(controller, scenario.target_block_s)
    sim = simulate_network if scenario.network else simulate
    return sim(scenario, ctrl, seed=seed, n_blocks=n_blocks)


@dataclass
class LabResult:
    """Averaged metrics per (scenario, controller), plus the files written."""

    rows: list[dict[str, object]]
    seeds: list[int]
    files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"seeds": self.seeds, "rows": [_clean(r) for r in self.rows], "files": self.files}


def _clean(row: dict[str, object]) -> dict[str, object]:
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def compare(
    scenarios: list[str] | None = None,
    controllers: list[str] | None = None,
    *,
    seeds: list[int] | None = None,
    n_blocks: int | None = None,
    out_dir: Path | None = None,
    plots: bool = True,
    options: dict[str, object] | None = None,
) -> LabResult:
    """Every scenario against every controller over ``seeds``; writes ``metrics.csv`` and plots into ``out_dir``."""
    suite = standard_scenarios()
    names = scenarios or list(suite)
    ctrls = controllers or controller_names()
    for c in ctrls:
        if c not in controller_names():
            raise InputError(
                f"unknown controller {c!r} / 未知控制器", hint=f"choose from {', '.join(controller_names())}"
            )
    seeds = seeds if seeds is not None else [0, 1, 2]
    if not seeds:
        raise InputError("at least one seed is needed", hint="e.g. --seeds 0,1,2")
    rows: list[dict[str, object]] = []
    per_run: list[RunMetrics] = []
    plotted: dict[str, dict[str, ChainRun]] = {}
    for name in names:
        sc = get_scenario(name)
        if options:
            sc = sc.with_options(**options)
        for c in ctrls:
            metrics = []
            for seed in seeds:
                run = run_once(sc, c, seed, n_blocks)
                metrics.append(measure(run))
                if seed == seeds[0]:
                    plotted.setdefault(name, {})[c] = run
            per_run.extend(metrics)
            rows.append(average(metrics))
    result = LabResult(rows, list(seeds))
    out = out_dir or default_out_dir()
    out.mkdir(parents=True, exist_ok=True)
    result.files.append(str(write_csv(out / "metrics.csv", per_run)))
    if plots:
        for name, runs in plotted.items():
            result.files.extend(str(p) for p in plot_runs(out, name, runs))
    return result


def write_csv(path: Path, rows: list[RunMetrics]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0].to_dict()))
        writer.writeheader()
        for r in rows:
            writer.writerow(r.to_dict())
    return path


def _rolling_mean(values: np.ndarray, window: int) -> np.ndarray:
    if len(values) < window:
        return values
    kernel = np.ones(window) / window
    return np.convolve(values, kernel, mode="valid")


def plot_runs(out: Path, scenario: str, runs: dict[str, ChainRun]) -> list[Path]:
    """Two PNGs per scenario: block time over height, and difficulty vs hashrate over time."""
    from ledgerlm.extras import require

    require("matplotlib", "consensus", "drawing the lab's charts").use("Agg")
    plt = require("matplotlib.pyplot", "consensus", "drawing the lab's charts")

    first = next(iter(runs.values()))
    target = first.scenario.target_block_s
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for name, run in runs.items():
        smooth = _rolling_mean(run.intervals_s, 36)
        ax.plot(np.arange(len(smooth)) + 36, smooth, lw=1, label=name)
    ax.axhline(target, color="black", ls="--", lw=0.8, label="target")
    ax.set(
        xlabel="height",
        ylabel="block time, 36-block mean (s)",
        title=f"{scenario}: block time over height",
        yscale="log",
    )
    ax.legend(fontsize=8, ncol=4)
    fig.tight_layout()
    p1 = out / f"{scenario}_block_time.png"
    fig.savefig(p1, dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(10, 4.5))
    days = first.times_s / 86400.0
    ax.plot(days, first.hashrate, color="black", lw=1.5, label="hashrate (true)")
    for name, run in runs.items():
        ax.plot(run.times_s / 86400.0, run.difficulty / target, lw=1, label=f"{name}: difficulty / T")
    ax.set(xlabel="days", ylabel="hashrate units", title=f"{scenario}: difficulty vs hashrate", yscale="log")
    ax.legend(fontsize=8, ncol=3)
    fig.tight_layout()
    p2 = out / f"{scenario}_difficulty.png"
    fig.savefig(p2, dpi=110)
    plt.close(fig)
    return [p1, p2]
