"""Behaviour of the controllers in simulation (short runs, fixed test seeds)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ledgerlm.consensus.controllers import controller_names, get_controller
from ledgerlm.consensus.controllers.learned import load_weights
from ledgerlm.consensus.metrics import measure
from ledgerlm.consensus.scenarios import standard_scenarios
from ledgerlm.consensus.simulator import simulate


@pytest.mark.parametrize("name", ["bitcoin", "homestead", "asert", "lwma", "adaptive", "learned"])
def test_every_controller_holds_the_target_in_steady_state(name: str) -> None:
    sc = standard_scenarios()["steady"]
    run = simulate(sc, get_controller(name), seed=0, n_blocks=3000)
    m = measure(run)
    assert abs(m.mean_error_pct) < 6, m
    assert np.all(np.isfinite(run.difficulty)) and np.all(run.difficulty > 0)


@pytest.mark.parametrize("name", controller_names())
def test_every_controller_runs_every_single_chain_scenario(name: str) -> None:
    for sc in standard_scenarios().values():
        if sc.network:
            continue
        run = simulate(sc, get_controller(name, sc.target_block_s), seed=0, n_blocks=400)
        assert len(run.times_s) == 400 and np.all(np.diff(run.times_s) >= 0)


def test_adaptive_recovers_from_a_step_faster_than_asert() -> None:
    sc = standard_scenarios()["step_up"]
    asert = measure(simulate(sc, get_controller("asert"), seed=0, n_blocks=4000))
    adaptive = measure(simulate(sc, get_controller("adaptive"), seed=0, n_blocks=4000))
    assert adaptive.recovery_blocks is not None and asert.recovery_blocks is not None
    assert adaptive.recovery_blocks < 0.5 * asert.recovery_blocks
    assert adaptive.rmse_s < asert.rmse_s


def test_asert_ignores_future_timestamps_but_lwma_does_not() -> None:
    """Known behaviour: absolute scheduling cancels a future stamp; LWMA's monotonic clamp turns it into drift."""
    sc = standard_scenarios()["timestamp"]
    asert = measure(simulate(sc, get_controller("asert"), seed=0, n_blocks=3000))
    lwma = measure(simulate(sc, get_controller("lwma"), seed=0, n_blocks=3000))
    assert abs(asert.mean_error_pct) < 3
    assert lwma.mean_error_pct > 10


def test_learned_weights_ship_with_the_package() -> None:
    w = load_weights()
    assert w["w1"].shape == (8, 16) and w["w2"].shape == (16,)
    ctrl = get_controller("learned")
    ctrl.start(0.0, 600.0)
    d = ctrl.next_difficulty(1, 600.0, 600.0, 0.0, 0.0, 600.0)
    assert math.isfinite(d) and 600 / 4 <= d <= 600 * 4


def test_clone_is_independent() -> None:
    for name in controller_names():
        a = get_controller(name)
        a.start(0.0, 600.0)
        a.next_difficulty(1, 500.0, 600.0, 0.0, 0.0, 500.0)
        b = a.clone()
        da = a.next_difficulty(2, 900.0, 600.0, 0.0, 0.0, 900.0)
        b.next_difficulty(2, 5000.0, 600.0, 0.0, 0.0, 5000.0)
        c = b.clone()
        assert a.next_difficulty(3, 1500.0, da, 0.0, 0.0, 1500.0) > 0 and c is not b
