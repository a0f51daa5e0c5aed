"""Vectorised single-chain paths for the reference rules, used when the hashrate depends on time only.

Why: a per-block Python loop costs microseconds, so million-block runs of ASERT or Bitcoin would take seconds. The
dependence of each block on the previous ones is weak (ASERT's difficulty moves by ``dt ln2 / halflife`` ~ 0.24%
per block; Bitcoin's is constant inside a 2016-block window), so a chunk of blocks is solved as a whole: for
Bitcoin and fixed difficulty by fixed-point (Picard) iteration (guess the times, compute every difficulty and
hashrate in one numpy pass, recompute the times with ``cumsum``, repeat until nothing moves by a microsecond),
for ASERT by Newton's method on the chunk (see ``_asert_chunk``). The result is the same chain the loop
produces, up to float rounding (tests/consensus/test_fastpath.py checks this).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ledgerlm.consensus.controllers.asert import AsertController
from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.consensus.controllers.bitcoin import BitcoinController
from ledgerlm.consensus.controllers.fixed import FixedController
from ledgerlm.consensus.scenarios import Scenario

Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
MAX_ITERATIONS = 400
COUPLING = 30.0  # blocks per chunk x per-block sensitivity; larger chunks need more but cheaper iterations


def supports(sc: Scenario, ctrl: Controller, manipulated: bool) -> bool:
    """Exact classes only: a subclass may change the rule, so it takes the general loop."""
    plain = not sc.switch_hashrate and not manipulated and not sc.slot_s
    return plain and type(ctrl) in (AsertController, BitcoinController, FixedController)


#: Hashrate (or any per-time quantity) as a function of time, vectorised.
Curve = Callable[[np.ndarray], np.ndarray]


def _rate_fn(sc: Scenario) -> Curve:
    steps = sorted(sc.steps)
    at = np.array([s for s, _ in steps])
    mults = np.array([1.0] + [m for _, m in steps])
    growth = sc.growth_per_day / 86400.0
    base = sc.base_hashrate

    if not len(at) and not growth:
        return lambda t_prev: np.full(len(t_prev), base)

    def rate(t_prev: np.ndarray) -> np.ndarray:
        h = base * mults[np.searchsorted(at, t_prev, side="right")] if len(at) else np.full(len(t_prev), base)
        if growth:
            with np.errstate(over="ignore"):  # early iterates may overshoot; they are discarded
                h = h * np.exp(growth * t_prev)
        return h

    return rate


def _solve(
    t0: float,
    expo: np.ndarray,
    diff_of: Callable[[np.ndarray], np.ndarray],
    rate: Callable[[np.ndarray], np.ndarray],
    guess: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Times, difficulties and hashrates of one chunk, starting after a block at time t0."""
    t_prev = np.full(len(expo), t0)
    if guess is not None:
        t_prev[1:] = guess[:-1]
    tol = 1e-6 + 1e-12 * abs(t0)  # seconds; a 1 us error moves ASERT's difficulty by ~4e-12
    for _ in range(MAX_ITERATIONS):
        d = diff_of(t_prev)
        h = rate(t_prev)
        t = np.cumsum(expo * d / h)
        t += t0
        moved = np.abs(t[:-1] - t_prev[1:]).max(initial=0.0)
        t_prev[1:] = t[:-1]
        if moved <= tol:
            return t, d, h
    raise RuntimeError("fast path did not converge")  # pragma: no cover - guarded by the chunk size


def run(sc: Scenario, ctrl: Controller, d0: float, expo: np.ndarray) -> Arrays:
    rate = _rate_fn(sc)
    if isinstance(ctrl, AsertController):
        return _asert(ctrl, d0, expo, rate, sc.growth_per_day / 86400.0)
    if isinstance(ctrl, BitcoinController):
        return _bitcoin(ctrl, d0, expo, rate)
    return _chunks_constant(d0, expo, rate, 1 << 16)


def _flat(level: float) -> Curve:
    """A difficulty that stays at ``level`` over the chunk."""

    def curve(times: np.ndarray) -> np.ndarray:
        return np.full(len(times), level)

    return curve


def _chunks_constant(d0: float, expo: np.ndarray, rate: Curve, size: int) -> Arrays:
    n = len(expo)
    times, diffs, rates = np.empty(n), np.empty(n), np.empty(n)
    t0 = 0.0
    for s in range(0, n, size):
        t, d, h = _solve(t0, expo[s : s + size], lambda tp: np.full(len(tp), d0), rate)
        times[s : s + size], diffs[s : s + size], rates[s : s + size] = t, d, h
        t0 = float(t[-1])
    return times, times.copy(), diffs, rates


def _asert(ctrl: AsertController, d0: float, expo: np.ndarray, rate: Curve, growth_per_s: float) -> Arrays:
    n = len(expo)
    big_t, hl = ctrl.target_block_s, ctrl.halflife_s
    d_a, t_a = ctrl.anchor_difficulty, ctrl.anchor_parent_time_s
    times, diffs, rates = np.empty(n), np.empty(n), np.empty(n)
    t0, s = 0.0, 0
    size = 512
    while s < n:
        e = expo[s : s + size]
        heights = np.arange(s + 1, s + 1 + len(e), dtype=float)  # block i (index s + j) has height s + j + 1
        t, d, h = _asert_chunk(t0, e, heights, d_a, t_a, big_t, hl, rate, growth_per_s)
        if s == 0:
            d[0] = d0
        times[s : s + len(e)], diffs[s : s + len(e)], rates[s : s + len(e)] = t, d, h
        mean_dt = (float(t[-1]) - t0) / len(e)
        t0 = float(t[-1])
        s += len(e)
        # Keep the coupling over a chunk (blocks x dt x ln2 / halflife) bounded so the products stay in range.
        size = int(min(16384, max(64, COUPLING * hl / (math.log(2) * max(mean_dt, 1e-9)))))
    return times, times.copy(), diffs, rates


def _asert_chunk(
    t0: float,
    e: np.ndarray,
    heights: np.ndarray,
    d_a: float,
    t_a: float,
    big_t: float,
    hl: float,
    rate: Curve,
    growth_per_s: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Newton's method on the chunk: linearised around the current iterate, the recurrence
    ``x_i = x_{i-1} + dt_i(x_{i-1})`` is a first-order linear recurrence, solved in closed form with cumprod and
    cumsum. Converges quadratically (a handful of passes); falls back to Picard if a factor would turn negative."""
    k = math.log(2) / hl + growth_per_s
    # Start from the continuous-time limit: with v = 2 ** ((t - t0) / hl) each block adds
    # ln2 * E * D_a * 2 ** ((t_a + T h - t0) / hl) / (H hl) to v, a cumsum.
    h0 = rate(np.array([t0]))[0]
    with np.errstate(all="ignore"):
        inc = math.log(2) * e * d_a * np.exp2((t_a + big_t * heights - t0) / hl) / (h0 * hl)
        guess = hl * np.log2(1.0 + np.cumsum(inc))
    prev = np.zeros(len(e))  # local time (t - t0) of each block's parent
    if np.all(np.isfinite(guess)):
        prev[1:] = guess[:-1]
    tol = 1e-6 + 1e-12 * abs(t0)
    for _ in range(60):
        tp = t0 + prev
        d = d_a * np.exp2(-(tp - t_a - big_t * heights) / hl)
        h = rate(tp)
        dt = e * d / h
        alpha = 1.0 - dt * k
        if alpha.min() <= 1e-3:
            return _solve(t0, e, lambda tp_: d_a * np.exp2(-(tp_ - t_a - big_t * heights) / hl), rate)
        p = np.cumprod(alpha)
        x = p * np.cumsum((dt + (1.0 - alpha) * prev) / p)
        moved = np.abs(x[:-1] - prev[1:]).max(initial=0.0)
        prev[1:] = x[:-1]
        if moved <= tol:
            break
    tp = t0 + prev
    d = d_a * np.exp2(-(tp - t_a - big_t * heights) / hl)
    h = rate(tp)
    return t0 + np.cumsum(e * d / h), d, h


def _bitcoin(ctrl: BitcoinController, d0: float, expo: np.ndarray, rate: Curve) -> Arrays:
    n = len(expo)
    w = ctrl.interval_blocks
    span = ctrl.timespan_s
    times, diffs, rates = np.empty(n), np.empty(n), np.empty(n)
    t0, d, s = 0.0, d0, 0
    first_time = 0.0  # genesis opens the first window
    while s < n:
        # Blocks up to the next retarget (height h with (h + 1) % w == 0) share the difficulty d.
        end = min(n, -(-(s + 2) // w) * w - 1)
        e = expo[s:end]
        t, dd, h = _solve(t0, e, _flat(d), rate)
        times[s:end], diffs[s:end], rates[s:end] = t, dd, h
        heights = np.arange(s + 1, end + 1)
        opens = np.flatnonzero(heights % w == 0)
        if len(opens):
            first_time = float(t[opens[0]])
        if (end + 1) % w == 0:
            actual = min(max(float(t[-1]) - first_time, span / 4), span * 4)
            d = d * span / actual
        t0 = float(t[-1])
        s = end
    return times, times.copy(), diffs, rates
