"""LWMA-1 (zawy12): linearly weighted moving average of the last N solve times, newest weighted most.

Source: zawy12, "LWMA difficulty algorithm" (github.com/zawy12/difficulty-algorithms, issue #3, 2018), used by
dozens of small PoW coins. Per the reference code: solve times use timestamps forced monotonic
(``max(ts, prev + 1)``), are capped at 6 T, and ``next_target = avg_target * sum(i * st_i) / (T * N (N+1) / 2)``;
N = 45 for T = 600 s (``N = 45 * (600 / T) ** 0.3``). On difficulty that is
``harmonic_mean(D) * T * N (N+1) / 2 / sum(i * st_i)``, kept here in O(1) per block with running sums.
"""

from __future__ import annotations

from collections import deque

from ledgerlm.consensus.controllers.base import Controller


class LwmaController(Controller):
    name = "lwma"
    source = "zawy12 LWMA-1 (difficulty-algorithms issue #3), N = 45 * (600/T)^0.3, 6T solve-time cap"

    def __init__(self, target_block_s: float = 600.0, window: int | None = None) -> None:
        super().__init__(target_block_s)
        self.window = window or max(3, round(45 * (600.0 / self.target_block_s) ** 0.3))

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.prev_time_s = genesis_time_s
        self.solves: deque[float] = deque()
        self.inv_diffs: deque[float] = deque()
        self.weighted_s = 0.0  # sum(i * st_i), i = 1 (oldest) .. len
        self.sum_s = 0.0
        self.sum_inv = 0.0
        self.count = 0

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        t = self.target_block_s
        this_time = timestamp_s if timestamp_s > self.prev_time_s else self.prev_time_s + 1.0
        solve = min(6.0 * t, this_time - self.prev_time_s)
        self.prev_time_s = this_time
        n = len(self.solves)
        if n == self.window:
            self.weighted_s += n * solve - self.sum_s
            self.sum_s += solve - self.solves.popleft()
            self.sum_inv += 1.0 / difficulty - self.inv_diffs.popleft()
        else:
            n += 1
            self.weighted_s += n * solve
            self.sum_s += solve
            self.sum_inv += 1.0 / difficulty
        self.solves.append(solve)
        self.inv_diffs.append(1.0 / difficulty)
        self.count += 1
        if self.count % 512 == 0:  # re-sum now and then so float drift never accumulates
            self.weighted_s = sum(i * s for i, s in enumerate(self.solves, 1))
            self.sum_s = sum(self.solves)
            self.sum_inv = sum(self.inv_diffs)
        harmonic = n / self.sum_inv
        return harmonic * t * n * (n + 1) / 2 / max(self.weighted_s, 1.0)
