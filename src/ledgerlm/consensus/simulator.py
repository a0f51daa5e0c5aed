"""Single-chain simulator: no propagation delay, so no forks. Fast enough for a million blocks in about a second.

Model: the time to the next block is ``E * D / H`` with ``E ~ Exp(1)`` (memoryless block discovery), ``D`` the
difficulty the controller set and ``H`` the total hashrate when the block is started (hashrate changes inside one
block interval are ignored, which is exact for step changes that land between blocks and a close approximation
otherwise). For PoS the interval is rounded up to whole slots: ``ceil(E * D / (H * slot)) * slot`` is exactly a
geometric number of slots with per-slot block probability ``1 - exp(-H slot / D)`` (active slot coefficient
``f = 1 - exp(-slot / D)``), so the same controllers drive both. All random draws come from one seeded generator
up front, so a run is a pure function of (scenario, controller, seed, n_blocks).

Transactions: arrivals per interval are ``round(lam dt + sqrt(lam dt) Z)`` (normal approximation of Poisson, which
is close at the hundreds-to-thousands of transactions per block simulated here), FIFO into blocks of at most
``block_size_limit``; the backlog follows Lindley's recursion, computed vectorised after the loop.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np

from ledgerlm.consensus import fastpath
from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.consensus.scenarios import Scenario
from ledgerlm.errors import InputError


@dataclass
class ChainRun:
    """The main chain of one run. Arrays are per block 1..n (genesis at time 0 is not included)."""

    scenario: Scenario
    controller: str
    seed: int
    times_s: np.ndarray  # true time each block was found
    stamps_s: np.ndarray  # timestamp the miner wrote
    difficulty: np.ndarray  # difficulty of the block
    hashrate: np.ndarray  # total hashrate while the block was mined
    arrivals: np.ndarray  # transactions that arrived during the block's interval
    backlog: np.ndarray  # mempool size after the block
    orphans: int = 0
    mined: int = 0

    @property
    def intervals_s(self) -> np.ndarray:
        return np.diff(self.times_s, prepend=0.0)

    @property
    def expected_interval_s(self) -> np.ndarray:
        """D / H: the block time the controller's choice implied, without the luck of the draw."""
        implied: np.ndarray = self.difficulty / self.hashrate
        return implied

    @property
    def included(self) -> np.ndarray:
        mined: np.ndarray = self.arrivals + np.concatenate(([0], self.backlog[:-1])) - self.backlog
        return mined


def tx_arrivals(intervals_s: np.ndarray, rate_per_s: float, z: np.ndarray) -> np.ndarray:
    mean = rate_per_s * intervals_s
    counts: np.ndarray = np.maximum(0.0, np.rint(mean + np.sqrt(mean) * z)).astype(np.int64)
    return counts


def lindley_backlog(arrivals: np.ndarray, limit: int) -> np.ndarray:
    """Mempool size after each block: ``q_k = max(0, q_{k-1} + a_k - limit)``, vectorised."""
    s = np.cumsum(arrivals - limit)
    return s - np.minimum(0, np.minimum.accumulate(s))


def simulate(
    scenario: Scenario, controller: Controller, *, seed: int = 0, n_blocks: int | None = None, fast: bool = True
) -> ChainRun:
    """Run one chain without propagation delay (the network simulator handles delays and partitions).

    ``fast`` lets fixed, Bitcoin and ASERT use the vectorised path of :mod:`ledgerlm.consensus.fastpath` when the
    hashrate depends on time only; ``fast=False`` forces the per-block loop (same chain, for checking)."""
    sc = scenario
    n = int(n_blocks or sc.n_blocks)
    if n < 1:
        raise InputError("n_blocks must be at least 1", hint="e.g. --blocks 5000")
    rng = np.random.default_rng(seed)
    expo = rng.standard_exponential(n)
    z_tx = rng.standard_normal(n)
    z_amount = rng.standard_normal(n)
    manip = rng.random(n) < sc.manipulator_share if sc.manipulator_share > 0 else None
    d0 = sc.genesis_difficulty
    controller.start(0.0, d0)

    if (
        fast
        and controller.constant
        and not sc.switch_hashrate
        and not sc.steps
        and not sc.growth_per_day
        and manip is None
    ):
        times, stamps, diffs, rates = _constant_path(sc, d0, expo)
    elif fast and fastpath.supports(sc, controller, manip is not None):
        times, stamps, diffs, rates = fastpath.run(sc, controller, d0, expo)
    else:
        times, stamps, diffs, rates = _loop(sc, controller, d0, expo, z_tx, z_amount, manip)
    arrivals = tx_arrivals(np.diff(times, prepend=0.0), sc.tx_rate_per_s, z_tx)
    backlog = lindley_backlog(arrivals, sc.block_size_limit)
    return ChainRun(sc, controller.name, seed, times, stamps, diffs, rates, arrivals, backlog, 0, n)


def _constant_path(sc: Scenario, d0: float, expo: np.ndarray) -> tuple[np.ndarray, ...]:
    h = sc.base_hashrate
    dt = expo * (d0 / h)
    if sc.slot_s:
        dt = np.ceil(dt / sc.slot_s) * sc.slot_s
    times = np.cumsum(dt)
    n = len(expo)
    return times, times.copy(), np.full(n, d0), np.full(n, h)


def _loop(
    sc: Scenario,
    ctrl: Controller,
    d0: float,
    expo: np.ndarray,
    z_tx: np.ndarray,
    z_amount: np.ndarray,
    manip: np.ndarray | None,
) -> tuple[np.ndarray, ...]:
    n = len(expo)
    e_list = expo.tolist()
    times = [0.0] * n
    stamps = [0.0] * n
    diffs = [0.0] * n
    rates = [0.0] * n
    nd = ctrl.next_difficulty
    steps = sorted(sc.steps)
    next_step_s = steps[0][0] if steps else math.inf
    step_i = 0
    base = sc.base_hashrate
    mult = 1.0
    growth = sc.growth_per_day / 86400.0
    switch = sc.switch_hashrate * base
    join_d = sc.switch_parity * base * sc.target_block_s * (1 - sc.switch_hysteresis)
    leave_d = sc.switch_parity * base * sc.target_block_s * (1 + sc.switch_hysteresis)
    active = False
    slot = sc.slot_s
    uses_tx = getattr(ctrl, "uses_tx", False)
    lam = sc.tx_rate_per_s
    limit = sc.block_size_limit
    ztx = z_tx.tolist() if uses_tx else None
    zam = z_amount.tolist() if uses_tx else None
    backlog = 0.0
    load = 0.0
    amount = 0.0
    manip_l = manip.tolist() if manip is not None else None
    recent: deque[float] = deque([0.0], maxlen=sc.mtp_blocks)
    half = sc.mtp_blocks // 2
    future = sc.max_future_s
    t = 0.0
    d = d0
    for i in range(n):
        while t >= next_step_s:
            mult = steps[step_i][1]
            step_i += 1
            next_step_s = steps[step_i][0] if step_i < len(steps) else math.inf
        h = base * mult
        if growth:
            h *= math.exp(growth * t)
        if switch:
            active = d < join_d or (active and d <= leave_d)
            if active:
                h += switch
        dt = e_list[i] * d / h
        if slot:
            dt = math.ceil(dt / slot) * slot
        t += dt
        if manip_l is None:
            ts = t
        else:
            mtp = sorted(recent)[len(recent) // 2] if len(recent) > half else recent[0]
            ts = t + future if manip_l[i] else t
            if ts <= mtp:
                ts = mtp + 1.0
            recent.append(ts)
        if uses_tx:
            mean = lam * dt
            arrived = max(0.0, round(mean + math.sqrt(mean) * ztx[i]))  # type: ignore[index]
            carried = backlog + arrived
            included = carried if carried < limit else limit
            backlog = carried - included
            load = backlog / limit
            amount = included * sc.tx_mean_amount * math.exp(0.5 * zam[i])  # type: ignore[index,operator]
        times[i] = t
        stamps[i] = ts
        diffs[i] = d
        rates[i] = h
        d = nd(i + 1, ts, d, load, amount, t)
    return np.array(times), np.array(stamps), np.array(diffs), np.array(rates)
