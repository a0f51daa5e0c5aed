"""The simulators: determinism, exponential block discovery, PoS slots, transactions, forks and partitions."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from ledgerlm.consensus.controllers import FixedController, get_controller
from ledgerlm.consensus.metrics import measure
from ledgerlm.consensus.network import simulate_network
from ledgerlm.consensus.scenarios import Scenario, get_scenario, standard_scenarios
from ledgerlm.consensus.simulator import lindley_backlog, simulate
from ledgerlm.errors import InputError


def test_fixed_difficulty_intervals_are_exponential_with_the_right_mean() -> None:
    sc = Scenario("t", "fixed", base_hashrate=2.0, target_block_s=600.0)
    run = simulate(sc, FixedController(), seed=11, n_blocks=100_000)
    dt = run.intervals_s
    mean = 600.0  # D / H = 2 * 600 / 2
    assert abs(dt.mean() - mean) < 4 * mean / np.sqrt(len(dt))
    assert stats.kstest(dt, "expon", args=(0, mean)).pvalue > 0.001
    assert dt.std() == pytest.approx(mean, rel=0.03)  # exponential: std = mean


def test_fixed_difficulty_loop_path_agrees_with_vectorised_path() -> None:
    """A hashrate step forces the per-block loop; before the step it must equal the vectorised draw."""
    sc = Scenario("t", "fixed")
    stepped = sc.with_options(steps=((1e12, 2.0),))
    a = simulate(sc, FixedController(), seed=3, n_blocks=2000)
    b = simulate(stepped, FixedController(), seed=3, n_blocks=2000)
    np.testing.assert_allclose(a.times_s, b.times_s, rtol=1e-12)


def test_runs_are_deterministic_given_a_seed() -> None:
    sc = get_scenario("switching")
    a = simulate(sc, get_controller("lwma"), seed=5, n_blocks=1500)
    b = simulate(sc, get_controller("lwma"), seed=5, n_blocks=1500)
    c = simulate(sc, get_controller("lwma"), seed=6, n_blocks=1500)
    np.testing.assert_array_equal(a.times_s, b.times_s)
    np.testing.assert_array_equal(a.difficulty, b.difficulty)
    assert not np.array_equal(a.times_s, c.times_s)


def test_pos_blocks_land_on_slots_with_geometric_gaps() -> None:
    sc = Scenario("p", "pos", target_block_s=20.0, slot_s=1.0, base_hashrate=0.8)
    run = simulate(sc, FixedController(), seed=2, n_blocks=50_000)
    gaps = run.intervals_s
    assert np.all(gaps == np.round(gaps)) and gaps.min() >= 1.0
    p = 1 - np.exp(-0.8 * 1.0 / (0.8 * 20.0))  # per-slot block probability
    assert gaps.mean() == pytest.approx(1 / p, rel=0.02)
    assert measure(run).empty_slot_pct == pytest.approx(100 * (1 - p), abs=0.5)


def test_lindley_backlog_matches_the_recursion() -> None:
    rng = np.random.default_rng(0)
    arrivals = rng.integers(0, 10, 500)
    q, expected = 0, []
    for a in arrivals:
        q = max(0, q + a - 5)
        expected.append(q)
    np.testing.assert_array_equal(lindley_backlog(arrivals, 5), expected)


def test_slow_blocks_build_a_backlog_and_raise_latency() -> None:
    """The /10 step makes blocks 10x slower: throughput is capped by the block size and latency explodes."""
    sc = get_scenario("step_down")
    fixed = measure(simulate(sc, FixedController(), seed=1, n_blocks=3000))
    asert = measure(simulate(sc, get_controller("asert"), seed=1, n_blocks=3000))
    assert fixed.latency_s > 10 * asert.latency_s
    assert fixed.throughput_tps < 0.5 * sc.tx_rate_per_s
    assert asert.throughput_tps > 1.5 * fixed.throughput_tps


def test_timestamp_manipulation_respects_the_median_time_past_rule() -> None:
    sc = get_scenario("timestamp")
    run = simulate(sc, get_controller("asert"), seed=4, n_blocks=2000)
    stamps = run.stamps_s
    assert np.all(stamps <= run.times_s + sc.max_future_s + 1e-9)
    for i in range(11, len(stamps)):
        assert stamps[i] > np.median(stamps[i - 11 : i]) - 1e-9
    assert np.mean(stamps > run.times_s + 3600) == pytest.approx(0.3, abs=0.05)


def test_bad_input_is_rejected_with_a_hint() -> None:
    with pytest.raises(InputError, match="n_blocks"):
        simulate(get_scenario("steady"), FixedController(), n_blocks=-1)
    with pytest.raises(InputError, match="unknown scenario"):
        get_scenario("moon")
    with pytest.raises(InputError, match="unknown controller"):
        get_controller("oracle")
    with pytest.raises(InputError, match="unknown scenario option"):
        get_scenario("steady").with_options(colour="red")


def test_network_delay_causes_orphans_and_partition_causes_more() -> None:
    sc = Scenario("n", "net", n_blocks=600, delay_s=30.0, miners=8)
    calm = simulate_network(sc, get_controller("asert"), seed=1)
    assert 0 < calm.orphans < 0.15 * calm.mined
    assert len(calm.times_s) == 600 and np.all(np.diff(calm.times_s) > 0)
    split = sc.with_options(partition=(100 * 600.0, 100 * 600.0 + 86400.0, 0.6))
    parted = simulate_network(split, get_controller("asert"), seed=1)
    assert parted.orphans > calm.orphans + 20  # the minority side's day of blocks is orphaned
    again = simulate_network(split, get_controller("asert"), seed=1)
    np.testing.assert_array_equal(parted.times_s, again.times_s)


def test_standard_suite_is_complete() -> None:
    names = set(standard_scenarios())
    assert {"steady", "step_up", "step_down", "switching", "growth", "partition", "timestamp", "pos"} <= names
