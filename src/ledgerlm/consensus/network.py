"""Network simulator: miners with their own view of the chain, propagation delays, forks, orphans and partitions.

Event-driven. Every miner mines on its best tip (most cumulative work, first seen wins ties); its time to a block
is exponential with rate ``hashrate_share * H(t) / D`` where ``D`` is the difficulty the controller computes on
*that* branch (each block keeps its own copy of the controller state). A found block reaches each other miner after
an exponential delay with mean ``delay_s``; during a partition, blocks do not cross between the two sides until it
heals. Blocks not on the final best chain are orphans. Slower than the single-chain simulator (tens of thousands of
blocks per second), so it runs only for scenarios with a delay or a partition. Hash-switching and timestamp
manipulation are single-chain features; here timestamps are the true times.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.consensus.scenarios import Scenario
from ledgerlm.consensus.simulator import ChainRun, lindley_backlog, tx_arrivals
from ledgerlm.errors import InputError


def miner_shares(miners: int) -> np.ndarray:
    """Hashrate shares: a few large pools and a tail (Zipf-like, exponent 0.8)."""
    raw = 1.0 / np.arange(1, miners + 1) ** 0.8
    shares: np.ndarray = raw / raw.sum()
    return shares


def simulate_network(
    scenario: Scenario, controller: Controller, *, seed: int = 0, n_blocks: int | None = None
) -> ChainRun:
    sc = scenario
    n = int(n_blocks or sc.n_blocks)
    if n < 1 or sc.miners < 2:
        raise InputError("the network simulator needs n_blocks >= 1 and at least 2 miners", hint="e.g. miners=10")
    rng = np.random.default_rng(seed)
    shares = miner_shares(sc.miners)
    side_a = np.cumsum(shares) <= (sc.partition[2] if sc.partition else 1.0) + 1e-12
    part_start, part_end = (sc.partition[0], sc.partition[1]) if sc.partition else (math.inf, math.inf)
    mean_delay = max(sc.delay_s, 1e-9)

    d0 = sc.genesis_difficulty
    controller.start(0.0, d0)
    # Per block: parent, height, time, difficulty, cumulative work, controller state, next difficulty.
    parent = [-1]
    height = [0]
    found = [0.0]
    diff = [d0]
    work = [0.0]
    states = [controller]
    next_d = [d0]
    tips = [0] * sc.miners
    step_times = sorted(s for s, _ in sc.steps)

    def draw(m: int, now: float) -> float:
        rate = shares[m] * sc.honest_hashrate(now) / next_d[tips[m]]
        return float(now + rng.standard_exponential() / rate)

    finds = [draw(m, 0.0) for m in range(sc.miners)]
    deliveries: list[tuple[float, int, int]] = []
    best_height = 0
    step_i = 0
    while best_height < n:
        m = min(range(sc.miners), key=finds.__getitem__)
        t_find = finds[m]
        t_step = step_times[step_i] if step_i < len(step_times) else math.inf
        if deliveries and deliveries[0][0] <= min(t_find, t_step):
            t, j, b = heapq.heappop(deliveries)
            if work[b] > work[tips[j]]:
                tips[j] = b
                finds[j] = draw(j, t)
            continue
        if t_step <= t_find:  # hashrate changes: redraw everyone (memoryless, so this is exact)
            step_i += 1
            finds = [draw(k, t_step) for k in range(sc.miners)]
            continue
        p = tips[m]
        b = len(parent)
        d = next_d[p]
        state = states[p].clone()
        parent.append(p)
        height.append(height[p] + 1)
        found.append(t_find)
        diff.append(d)
        work.append(work[p] + d)
        next_d.append(state.next_difficulty(height[b], t_find, d, 0.0, 0.0, t_find))
        states.append(state)
        best_height = max(best_height, height[b])
        tips[m] = b
        finds[m] = draw(m, t_find)
        for j in range(sc.miners):
            if j == m:
                continue
            arrive = t_find + rng.standard_exponential() * mean_delay
            if side_a[j] != side_a[m] and part_start <= t_find < part_end:
                arrive = max(arrive, part_end + rng.standard_exponential() * mean_delay)
            heapq.heappush(deliveries, (arrive, j, b))

    best = max(range(len(parent)), key=lambda i: (work[i], -found[i]))
    chain = []
    while best > 0:
        chain.append(best)
        best = parent[best]
    chain.reverse()
    idx = np.array(chain)
    times = np.array(found)[idx]
    diffs = np.array(diff)[idx]
    rates = np.array([sc.honest_hashrate(found[parent[i]]) for i in chain])
    z = rng.standard_normal(len(chain))
    arrivals = tx_arrivals(np.diff(times, prepend=0.0), sc.tx_rate_per_s, z)
    backlog = lindley_backlog(arrivals, sc.block_size_limit)
    mined = len(parent) - 1
    return ChainRun(
        sc,
        controller.name,
        seed,
        times,
        times.copy(),
        diffs,
        rates,
        arrivals,
        backlog,
        orphans=mined - len(chain),
        mined=mined,
    )
