"""Bitcoin's retarget: every 2016 blocks scale the target by actual / intended timespan, clamped to x4 either way.

Source: Bitcoin Core ``src/pow.cpp`` (``GetNextWorkRequired``, ``CalculateNextWorkRequired``). The timespan is
measured from the *first* block of the 2016-block window to the last, i.e. over 2015 intervals while the intended
timespan is 2016 x 600 s: the famous off-by-one, kept here because it is consensus. ``calculate_next_bits`` is the
exact integer rule (tested on Bitcoin Core's ``pow_tests`` cases); :class:`BitcoinController` applies the same rule
to the simulator's real-valued difficulty (difficulty is inversely proportional to target).
"""

from __future__ import annotations

from ledgerlm.consensus.compact import compact_to_target, target_to_compact
from ledgerlm.consensus.controllers.base import Controller

INTERVAL_BLOCKS = 2016
TARGET_TIMESPAN_S = 14 * 24 * 3600
POW_LIMIT = compact_to_target(0x1D00FFFF)


def calculate_next_bits(
    last_bits: int,
    last_time_s: int,
    first_time_s: int,
    *,
    target_timespan_s: int = TARGET_TIMESPAN_S,
    pow_limit: int = POW_LIMIT,
) -> int:
    """``CalculateNextWorkRequired``: ``first_time_s`` is the timestamp of block ``last_height - 2015``."""
    actual = last_time_s - first_time_s
    actual = min(max(actual, target_timespan_s // 4), target_timespan_s * 4)
    target = compact_to_target(last_bits) * actual // target_timespan_s
    return target_to_compact(min(target, pow_limit))


class BitcoinController(Controller):
    name = "bitcoin"
    source = "Bitcoin Core pow.cpp: 2016-block retarget, x4 clamp, 2015-interval timespan (off-by-one)"

    def __init__(self, target_block_s: float = 600.0, interval_blocks: int = INTERVAL_BLOCKS) -> None:
        super().__init__(target_block_s)
        self.interval_blocks = interval_blocks
        self.timespan_s = interval_blocks * self.target_block_s

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.window_first_time_s = genesis_time_s

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        n = self.interval_blocks
        if height % n == 0:  # block ``height`` opens a window: its time is the window's first timestamp
            self.window_first_time_s = timestamp_s
        if (height + 1) % n:
            return difficulty
        actual = min(max(timestamp_s - self.window_first_time_s, self.timespan_s / 4), self.timespan_s * 4)
        return difficulty * self.timespan_s / actual
