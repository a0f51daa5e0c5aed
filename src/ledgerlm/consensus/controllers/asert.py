"""ASERT (aserti3-2d): exponential in the schedule deviation since a fixed anchor, halving or doubling per 2 days.

Source: the aserti3-2d specification (Bitcoin Cash, 2020); the exact integer rule is
``ledgerlm.consensus.asert.next_target`` and is checked against the published vectors. Here the same formula on the
real-valued difficulty: ``D = D_anchor * 2 ** -((t - t_anchor_parent - T * (h - h_anchor + 1)) / halflife)``.
The anchor is the genesis block; its parent timestamp is taken as genesis time minus T.
"""

from __future__ import annotations

from ledgerlm.consensus.asert import HALFLIFE_S
from ledgerlm.consensus.controllers.base import Controller


class AsertController(Controller):
    name = "asert"
    source = "aserti3-2d spec v0.6.3 (Bitcoin Cash Node pow.cpp), half-life 2 days"

    def __init__(self, target_block_s: float = 600.0, halflife_s: float | None = None) -> None:
        super().__init__(target_block_s)
        # 2 days at T = 600 s is 288 blocks; other targets (PoS at 20 s) keep the half-life in blocks.
        self.halflife_s = float(halflife_s) if halflife_s is not None else HALFLIFE_S * self.target_block_s / 600.0

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.anchor_parent_time_s = genesis_time_s - self.target_block_s
        self.anchor_difficulty = genesis_difficulty

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        exponent = (timestamp_s - self.anchor_parent_time_s - self.target_block_s * (height + 1)) / self.halflife_s
        return float(self.anchor_difficulty * 2.0**-exponent)
