"""Learned controller: a small neural network reads the chain's recent blocks and predicts the hashrate; the next
difficulty is that prediction times the target block time.

Inputs (consensus data only: timestamps and difficulties): for windows of 2..256 blocks, the log-ratio of the
window's hashrate estimate (work / timestamp span) to the current difficulty / T. Output: log(H * T / D), the
correction to apply. Trained by ``ledgerlm.consensus.training`` (scikit-learn MLPRegressor, 16 tanh units) on
simulated scenarios with *training* seeds (1000+) and step sizes x3 / x1/3 / x10 / x1/10, growth and switching
miners; the standard suite is evaluated on seeds 0, 1, 2 and the timestamp, PoS and partition scenarios are never
seen in training. The weights (a few hundred floats) ship in ``consensus/data/learned_controller.json``.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources

import numpy as np

from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.errors import ConfigError

WINDOWS = (2, 4, 8, 16, 32, 64, 128, 256)
MAX_STEP_LOG = math.log(4.0)


@cache
def load_weights() -> dict[str, np.ndarray]:
    path = resources.files("ledgerlm.consensus") / "data" / "learned_controller.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            "learned controller weights are missing", hint="run: python -m ledgerlm.consensus.training"
        ) from None
    return {k: np.asarray(v, dtype=float) for k, v in raw.items() if k != "meta"}


class FeatureTracker:
    """Running cumulative work and timestamps, so every window feature is O(1) per block."""

    def __init__(self, genesis_time_s: float, target_block_s: float) -> None:
        self.target_block_s = target_block_s
        self.stamps = [genesis_time_s]
        self.work = [0.0]

    def push(self, timestamp_s: float, difficulty: float) -> None:
        self.stamps.append(timestamp_s)
        self.work.append(self.work[-1] + difficulty)

    def features(self, difficulty: float) -> list[float]:
        n = len(self.stamps) - 1
        out = []
        ref = difficulty / self.target_block_s
        for k in WINDOWS:
            k_eff = min(k, n)
            span = self.stamps[n] - self.stamps[n - k_eff] if k_eff else 0.0
            if k_eff == 0 or span <= 0:
                out.append(0.0)
                continue
            rate = (self.work[n] - self.work[n - k_eff]) / span
            out.append(max(-5.0, min(5.0, math.log(rate / ref))))
        return out


class LearnedController(Controller):
    name = "learned"
    source = "ledgerlm: MLP (16 tanh units) on multi-window hashrate estimates, trained on simulated scenarios"

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        super().start(genesis_time_s, genesis_difficulty)
        self.tracker = FeatureTracker(genesis_time_s, self.target_block_s)
        w = load_weights()
        self.w1, self.b1, self.w2, self.b2 = w["w1"], w["b1"], w["w2"], float(w["b2"][0])
        self.mu, self.sd = w["mu"], w["sd"]

    def predict(self, feats: list[float]) -> float:
        x = (np.asarray(feats) - self.mu) / self.sd
        return float(np.tanh(x @ self.w1 + self.b1) @ self.w2 + self.b2)

    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        self.tracker.push(timestamp_s, difficulty)
        step = max(-MAX_STEP_LOG, min(MAX_STEP_LOG, self.predict(self.tracker.features(difficulty))))
        return difficulty * math.exp(step)

    def clone(self) -> LearnedController:
        other = LearnedController.__new__(LearnedController)
        other.__dict__.update(self.__dict__)
        other.tracker = FeatureTracker.__new__(FeatureTracker)
        other.tracker.__dict__.update(self.tracker.__dict__)
        other.tracker.stamps = list(self.tracker.stamps)
        other.tracker.work = list(self.tracker.work)
        return other
