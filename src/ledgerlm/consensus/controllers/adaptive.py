"""The adaptive scheme of the design notes: every node n computes an adjustment phi_n from features of recent blocks
and transactions, keeps theta_n,1 = theta_n,0 + phi_n, and the network applies p = d_t / sum_i exp(phi_i).

Reading of the notes used here: ``d_t`` is the difficulty budget summed over the N nodes (N * D_t), so when every
phi is 0 the next difficulty equals the current one, and ``D_next = N * D_t / sum_i exp(phi_i)`` (a soft average of
the nodes' opinions that leans to the nodes asking for an easier target). ``theta_n`` is node n's cumulative
log-adjustment (so log D_t = log D_0 - mean_n theta_n to first order). Each node's phi_n has three parts:

* schedule term ``(solve_time - T) / tau`` (tau = half-life / ln 2): summed over blocks this telescopes to ASERT's
  exponent, so in steady state the scheme is as calm as ASERT;
* change detector: node n estimates the hashrate over its own window of k_n blocks (work / elapsed time, elapsed
  measured on the node's own clock when it received the blocks, which a miner cannot forge, unlike timestamps);
  when the log-ratio to the current difficulty exceeds ``z`` standard errors (1 / sqrt(k_n)), phi_n moves by
  ``gain`` of that log-ratio. After such a detection the node stays alert for ``alert_blocks`` blocks and also
  corrects gaps above ``z_alert`` standard errors (sequential testing: a change is rare, its aftermath is not). A
  jump against the direction of the node's previous recent jump multiplies its gain by ``damping`` (miners
  reacting to us, e.g. hash-switching), so the scheme falls back to its calm ASERT-like term;
* transaction term: ``load_gain * (load - load_ref)``, where load is the mempool backlog in blocks (a slow chain
  builds a backlog), and ``amount_gain`` times the log of the moved value relative to its running mean.

``z`` = 5, ``gain`` = 0.9, ``z_alert`` = 2.5, ``alert_blocks`` = 200 and ``damping`` = 0.25 were picked by a
small grid search on training seeds (101, 102), never on the evaluation seeds (0, 1, 2). The load and amount
terms are wired in but their gains default to 0: in these scenarios the backlog only repeats what block times
already say, and the value moved carries no information about hashrate (see docs/consensus.md for the check).
"""

from __future__ import annotations

import math
from collections import deque

from ledgerlm.consensus.asert import HALFLIFE_S
from ledgerlm.consensus.controllers.base import Controller

DEFAULT_WINDOWS = (16, 24, 32, 48, 64)


class AdaptiveController(Controller):
    name = "adaptive"
    source = (
        "ledgerlm design notes: per-node phi_n from block/tx features, theta_n,1 = theta_n,0 + phi_n, "
        "p = d_t / sum_i exp(phi_i)"
    )
    uses_tx = True

    def __init__(
        self,
        target_block_s: float = 600.0,
        *,
        windows: tuple[int, ...] = DEFAULT_WINDOWS,
        halflife_s: float = HALFLIFE_S,
        z: float = 5.0,
        gain: float = 0.9,
        load_gain: float = 0.0,
        load_ref: float = 0.0,
        amount_gain: float = 0.0,
        flip_blocks: int = 1000,
        damping: float = 0.25,
        reset: bool = False,
        z_alert: float = 2.5,
        alert_blocks: int = 200,
    ) -> None:
        super().__init__(target_block_s)
        self.windows = tuple(windows)
        self.tau_s = halflife_s / math.log(2) * (target_block_s / 600.0)
        self.z = z
        self.gain = gain
        self.load_gain = load_gain
        self.load_ref = load_ref
        self.amount_gain = amount_gain
        self.flip_blocks = flip_blocks
        self.damping = damping
        self.reset = reset
        self.z_alert = z_alert
        self.alert_blocks = alert_blocks

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.prev_stamp_s = genesis_time_s
        self.theta = [0.0] * len(self.windows)
        self.stamps = [deque([genesis_time_s], maxlen=k + 1) for k in self.windows]
        self.works: list[deque[float]] = [deque(maxlen=k) for k in self.windows]
        self.amount_mean = 0.0
        self.phi_last: list[float] = [0.0] * len(self.windows)
        self.node_gain = [self.gain] * len(self.windows)
        self.last_jump = [0.0] * len(self.windows)
        self.last_jump_height = [-(10**9)] * len(self.windows)

    def _detect(self, i: int, difficulty: float, height: int) -> float:
        """Log-ratio of node i's windowed hashrate estimate to the current difficulty, if significant, else 0."""
        stamps, works = self.stamps[i], self.works[i]
        count = len(stamps) - 1
        if count < 8:
            return 0.0
        span = stamps[-1] - stamps[0]
        if span <= 0:
            return 0.0
        work = sum(works)
        ratio = math.log(work / span * self.target_block_s / difficulty)
        # After a detected change the node stays alert for a while and also corrects smaller gaps.
        z = self.z_alert if height - self.last_jump_height[i] <= self.alert_blocks else self.z
        return ratio if abs(ratio) * math.sqrt(count) > z else 0.0

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        solve_s = timestamp_s - self.prev_stamp_s
        self.prev_stamp_s = timestamp_s
        schedule = (solve_s - self.target_block_s) / self.tau_s
        tx_term = self.load_gain * (load - self.load_ref)
        if self.amount_gain and amount > 0:
            log_amount = math.log(amount)
            self.amount_mean += (log_amount - self.amount_mean) / min(height, 500)
            tx_term += self.amount_gain * (log_amount - self.amount_mean)
        total = 0.0
        for i in range(len(self.windows)):
            self.stamps[i].append(seen_s)
            self.works[i].append(difficulty)
            phi = schedule + tx_term
            jump = self._detect(i, difficulty, height)
            if jump:
                # Damping: a jump against the direction of this node's previous recent jump means the hashrate
                # is reacting to us (hash-switching miners), so halve this node's gain; a lone step keeps it.
                if self.last_jump[i] * jump < 0 and height - self.last_jump_height[i] < self.flip_blocks:
                    self.node_gain[i] *= self.damping
                elif height - self.last_jump_height[i] >= self.flip_blocks:
                    self.node_gain[i] = self.gain
                self.last_jump[i], self.last_jump_height[i] = jump, height
                phi -= self.node_gain[i] * jump
                if self.reset:
                    self.stamps[i] = deque([seen_s], maxlen=self.windows[i] + 1)
                    self.works[i] = deque(maxlen=self.windows[i])
            self.phi_last[i] = phi
            self.theta[i] += phi
            total += math.exp(phi)
        return len(self.windows) * difficulty / total
