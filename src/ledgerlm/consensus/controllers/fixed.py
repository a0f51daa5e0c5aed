"""Fixed difficulty: the baseline every adjustment rule must beat, and the check that block discovery is right
(at fixed difficulty, block intervals are exponential with mean difficulty / hashrate)."""

from __future__ import annotations

from ledgerlm.consensus.controllers.base import Controller


class FixedController(Controller):
    name = "fixed"
    source = "no adjustment (genesis difficulty forever)"
    constant = True

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        return difficulty
