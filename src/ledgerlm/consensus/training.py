"""Train the learned controller (deterministic; a few minutes on 2 cores): ``python -m ledgerlm.consensus.training``.

Training data come from simulated chains on *training* seeds (1000+) that the evaluation never uses, under two
behaviour policies (ASERT and the adaptive scheme) and then one round of the learned policy itself (DAgger), so
the network also sees the states its own decisions lead to. Label: ``log(H_next * T / D)`` for every block.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from ledgerlm.consensus.controllers.adaptive import AdaptiveController
from ledgerlm.consensus.controllers.asert import AsertController
from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.consensus.controllers.learned import FeatureTracker, LearnedController, load_weights
from ledgerlm.consensus.scenarios import Scenario, standard_scenarios
from ledgerlm.consensus.simulator import simulate

OUT = Path(__file__).parent / "data" / "learned_controller.json"
TRAIN_SEEDS = (1000, 1001)


def training_scenarios() -> list[Scenario]:
    base = standard_scenarios()
    t = 600.0
    out = [base["steady"], base["growth"], base["switching"]]
    for mult in (3.0, 1 / 3, 10.0, 0.1):
        out.append(Scenario(f"train_step_{mult:.2f}", "training step", n_blocks=5000, steps=((1500 * t, mult),)))
    out.append(Scenario("train_two_steps", "training", n_blocks=6000, steps=((1000 * t, 4.0), (2500 * t, 0.5))))
    return out


def samples(run_policy: Controller, sc: Scenario, seed: int) -> tuple[np.ndarray, np.ndarray]:
    run = simulate(sc, run_policy, seed=seed)
    tracker = FeatureTracker(0.0, sc.target_block_s)
    xs, ys = [], []
    for i in range(len(run.times_s) - 1):
        d = run.difficulty[i]
        tracker.push(run.stamps_s[i], d)
        xs.append(tracker.features(run.difficulty[i + 1]))
        ys.append(math.log(run.hashrate[i + 1] * sc.target_block_s / run.difficulty[i + 1]))
    return np.array(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, list[Any]]:
    from ledgerlm.extras import require

    mlp_regressor = require("sklearn.neural_network", "consensus", "training the learned controller").MLPRegressor
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = mlp_regressor(
        hidden_layer_sizes=(16,), activation="tanh", alpha=1e-4, max_iter=60, random_state=0, early_stopping=True
    )
    model.fit((x - mu) / sd, y)
    return {
        "w1": model.coefs_[0].tolist(),
        "b1": model.intercepts_[0].tolist(),
        "w2": model.coefs_[1][:, 0].tolist(),
        "b2": model.intercepts_[1].tolist(),
        "mu": mu.tolist(),
        "sd": sd.tolist(),
    }


def train(out: Path = OUT, dagger_rounds: int = 1) -> Path:
    xs, ys = [], []
    for sc in training_scenarios():
        for seed in TRAIN_SEEDS:
            for policy in (AsertController(), AdaptiveController()):
                x, y = samples(policy, sc, seed)
                xs.append(x)
                ys.append(y)
    weights = fit(np.concatenate(xs), np.concatenate(ys))
    out.write_text(json.dumps({**weights, "meta": {"seeds": TRAIN_SEEDS, "rounds": 0}}), encoding="utf-8")
    for r in range(dagger_rounds):
        load_weights.cache_clear()
        for sc in training_scenarios():
            for seed in TRAIN_SEEDS:
                x, y = samples(LearnedController(), sc, seed + 100 * (r + 1))
                xs.append(x)
                ys.append(y)
        weights = fit(np.concatenate(xs), np.concatenate(ys))
        out.write_text(json.dumps({**weights, "meta": {"seeds": TRAIN_SEEDS, "rounds": r + 1}}), encoding="utf-8")
    load_weights.cache_clear()
    return out


if __name__ == "__main__":
    print(train())
