"""Ethereum Homestead difficulty (EIP-2, section 4): per-block nudge of parent_diff // 2048 per 10 s bucket.

Source: EIP-2 "Homestead Hard-fork Changes" (V. Buterin, 2015)::

    block_diff = parent_diff + parent_diff // 2048 * max(1 - (block_timestamp - parent_timestamp) // 10, -99)
                 + int(2**((block.number // 100000) - 2))

with the protocol's minimum difficulty 131072. ``homestead_difficulty`` is that integer rule (tested on hand-worked
cases). The rule has no target parameter: with exponential block times it settles where E[floor(t/10)] = 1, i.e. a
mean of 10 / ln 2 = 14.4 s. :class:`HomesteadController` therefore scales the 10 s bucket to
``target_block_s * ln 2`` so that it aims at the simulator's target, and leaves the difficulty bomb out.
"""

from __future__ import annotations

import math

from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.errors import InputError

MIN_DIFFICULTY = 131072
BOUND_DIVISOR = 2048
BUCKET_S = 10


def homestead_difficulty(
    parent_difficulty: int, parent_timestamp_s: int, timestamp_s: int, number: int, *, bomb: bool = True
) -> int:
    """EIP-2 difficulty of block ``number`` (integer arithmetic, Python floor division as in the EIP)."""
    if parent_difficulty <= 0 or number <= 0:
        raise InputError("parent difficulty and block number must be positive", hint="e.g. 17179869184, 1150000")
    sigma = max(1 - (timestamp_s - parent_timestamp_s) // BUCKET_S, -99)
    diff = parent_difficulty + parent_difficulty // BOUND_DIVISOR * sigma
    if bomb:
        diff += int(2 ** ((number // 100000) - 2))
    return max(diff, MIN_DIFFICULTY)


class HomesteadController(Controller):
    name = "homestead"
    source = "EIP-2 (Ethereum Homestead): parent_diff // 2048 * max(1 - dt // bucket, -99), bucket = T ln 2, no bomb"

    def __init__(self, target_block_s: float = 600.0) -> None:
        super().__init__(target_block_s)
        self.bucket_s = self.target_block_s * math.log(2)

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.parent_time_s = genesis_time_s

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        # Block ``height`` was itself set from its parent; the next block's rule uses the next block's own
        # timestamp, which is not known yet. Miners evaluate it at their timestamp; the simulator uses the
        # solve time of block ``height`` (the information the rule reacts to), a one-block lag as in practice.
        solve_s = timestamp_s - self.parent_time_s
        self.parent_time_s = timestamp_s
        sigma = max(1 - math.floor(solve_s / self.bucket_s), -99)
        return max(difficulty + difficulty / BOUND_DIVISOR * sigma, 1e-9)
