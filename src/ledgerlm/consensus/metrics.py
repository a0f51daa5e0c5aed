"""Metrics of one run, measured after the warm-up blocks.

Block-time figures use the true intervals users experience. ``rmse_s`` is measured on the *expected* block time
D / H, i.e. the controller's decision without the luck of the draw: realised intervals are exponential with a
standard deviation equal to their mean, an error no controller can remove (``raw_rmse_s`` keeps it for reference).
``recovery_blocks`` counts blocks after the scenario's step until D / H is first within 10% of the target.
``oscillation_s`` is the 5-95 percentile spread of D / H (large under hash-switching miners).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from ledgerlm.consensus.simulator import ChainRun

RECOVERY_TOLERANCE = 0.10


@dataclass
class RunMetrics:
    scenario: str
    controller: str
    seed: int
    blocks: int
    target_block_s: float
    mean_block_s: float
    mean_error_pct: float
    std_block_s: float
    rmse_s: float
    raw_rmse_s: float
    longest_gap_s: float
    recovery_blocks: float | None
    oscillation_s: float
    orphan_rate: float | None
    throughput_tps: float
    latency_s: float
    empty_slot_pct: float | None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def recovery_blocks(run: ChainRun) -> float | None:
    """Blocks from the first block started after the step until D/H is within 10% of target (nan if never)."""
    step = run.scenario.step_time_s
    if step is None:
        return None
    starts = np.concatenate(([0.0], run.times_s[:-1]))  # when each block's mining began
    start = int(np.searchsorted(starts, step, side="left"))  # first block mined entirely after the step
    if start >= len(run.times_s):
        return float("nan")
    err = np.abs(run.expected_interval_s[start:] / run.scenario.target_block_s - 1.0)
    hits = np.flatnonzero(err <= RECOVERY_TOLERANCE)
    return float(hits[0]) if len(hits) else float("nan")


def measure(run: ChainRun) -> RunMetrics:
    sc = run.scenario
    t = sc.target_block_s
    w = min(sc.warmup_blocks, max(len(run.times_s) - 2, 0))
    intervals = run.intervals_s[w:]
    expected = run.expected_interval_s[w:]
    included = run.included
    elapsed = float(run.times_s[-1])
    dt = run.intervals_s
    prev_backlog = np.concatenate(([0], run.backlog[:-1]))
    # Little's law: the area under "transactions waiting" divided by transactions served. In an interval the
    # carried backlog waits all of it and new arrivals (uniform in time) half of it on average.
    area = float(np.sum(prev_backlog * dt + run.arrivals * dt / 2.0))
    served = float(included.sum())
    empty = None
    if sc.slot_s:
        slots = elapsed / sc.slot_s
        empty = 100.0 * (1.0 - len(run.times_s) / slots)
    mean = float(intervals.mean())
    return RunMetrics(
        scenario=sc.name,
        controller=run.controller,
        seed=run.seed,
        blocks=len(run.times_s),
        target_block_s=t,
        mean_block_s=mean,
        mean_error_pct=100.0 * (mean / t - 1.0),
        std_block_s=float(intervals.std()),
        rmse_s=float(np.sqrt(np.mean((expected - t) ** 2))),
        raw_rmse_s=float(np.sqrt(np.mean((intervals - t) ** 2))),
        longest_gap_s=float(intervals.max()),
        recovery_blocks=recovery_blocks(run),
        oscillation_s=float(np.percentile(expected, 95) - np.percentile(expected, 5)),
        orphan_rate=(run.orphans / run.mined) if sc.network else None,
        throughput_tps=served / elapsed if elapsed > 0 else 0.0,
        latency_s=area / served if served else float("nan"),
        empty_slot_pct=empty,
    )


def average(rows: list[RunMetrics]) -> dict[str, object]:
    """Mean of numeric metrics over seeds (nan-aware; recovery 'never' stays nan)."""
    first = rows[0].to_dict()
    out: dict[str, object] = {"scenario": first["scenario"], "controller": first["controller"], "seeds": len(rows)}
    for key, value in first.items():
        if key in ("scenario", "controller", "seed"):
            continue
        values = [r.to_dict()[key] for r in rows]
        if value is None or any(v is None for v in values):
            out[key] = None
        else:
            arr = np.array(values, dtype=float)
            out[key] = float(np.mean(arr)) if not np.isnan(arr).any() else float("nan")
    return out
