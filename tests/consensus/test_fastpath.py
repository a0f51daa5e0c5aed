"""The vectorised paths produce the same chain as the per-block loop (to float rounding)."""

from __future__ import annotations

import numpy as np
import pytest

from ledgerlm.consensus.controllers import get_controller
from ledgerlm.consensus.scenarios import Scenario, standard_scenarios
from ledgerlm.consensus.simulator import simulate


@pytest.mark.parametrize("controller", ["fixed", "bitcoin", "asert"])
@pytest.mark.parametrize("scenario", ["steady", "step_up", "step_down", "growth"])
def test_fast_path_equals_loop(controller: str, scenario: str) -> None:
    sc = standard_scenarios()[scenario]
    n = 5000 if controller == "bitcoin" else 3000
    fast = simulate(sc, get_controller(controller), seed=7, n_blocks=n)
    loop = simulate(sc, get_controller(controller), seed=7, n_blocks=n, fast=False)
    np.testing.assert_allclose(fast.times_s, loop.times_s, rtol=1e-9)
    np.testing.assert_allclose(fast.difficulty, loop.difficulty, rtol=1e-8)
    np.testing.assert_allclose(fast.hashrate, loop.hashrate, rtol=1e-12)


def test_asert_fast_path_on_a_long_run_stays_on_schedule() -> None:
    """200k blocks (~4 years): the absolute schedule keeps the mean within a fraction of a percent."""
    run = simulate(Scenario("long", "long"), get_controller("asert"), seed=1, n_blocks=200_000)
    assert run.times_s[-1] / 200_000 == pytest.approx(600.0, rel=0.01)
    assert np.all(np.isfinite(run.difficulty))
