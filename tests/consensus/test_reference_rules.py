"""Each reference controller against its specification: ASERT vectors, Bitcoin Core cases, EIP-2 by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ledgerlm.consensus.asert import load_vector_run, next_bits, next_target
from ledgerlm.consensus.compact import compact_to_target, target_to_compact
from ledgerlm.consensus.controllers.asert import AsertController
from ledgerlm.consensus.controllers.bitcoin import BitcoinController, calculate_next_bits
from ledgerlm.consensus.controllers.homestead import MIN_DIFFICULTY, homestead_difficulty
from ledgerlm.errors import InputError

VECTORS = sorted((Path(__file__).parent / "data" / "asert").glob("run*"))


def test_all_twelve_runs_are_present() -> None:
    assert [p.name for p in VECTORS] == [f"run{i:02d}" for i in range(1, 13)]


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.name)
def test_asert_reproduces_every_published_target(path: Path) -> None:
    run = load_vector_run(path)
    assert run.rows, "no vector rows parsed"
    for iteration, height, time, expected in run.rows:
        got = next_bits(run.anchor_bits, time - run.anchor_parent_time, height - run.anchor_height)
        assert got == expected, f"{path.name} iteration {iteration}: {got:#010x} != {expected:#010x}"


def test_asert_float_controller_matches_integer_rule() -> None:
    """The simulator's real-valued ASERT is the spec's formula; it agrees with the integer rule to ~1e-4."""
    anchor = compact_to_target(0x1802AEE8)
    ctrl = AsertController()
    ctrl.start(0.0, 1.0)  # anchor parent time = -600
    for height, stamp in [(1, 300), (10, 9000), (500, 250_000), (2000, 1_500_000), (7, -2000)]:
        target = next_target(anchor, stamp + 600, height)
        difficulty = ctrl.next_difficulty(height, stamp, 1.0, 0.0, 0.0, stamp)
        assert anchor / target == pytest.approx(difficulty, rel=2e-4)


def test_compact_round_trip_and_known_values() -> None:
    assert compact_to_target(0x1D00FFFF) == 0xFFFF << 208
    assert target_to_compact(0xFFFF << 208) == 0x1D00FFFF
    assert target_to_compact(0x80) == 0x02008000  # sign bit forces one more exponent byte
    assert compact_to_target(0x01003456) == 0x00
    assert compact_to_target(0x05009234) == 0x92340000
    for bits in (0x1802AEE8, 0x1C05A3F4, 0x1D00D86A, 0x03123456):
        assert target_to_compact(compact_to_target(bits)) == bits
    with pytest.raises(InputError, match="negative"):
        compact_to_target(0x04923456)


@pytest.mark.parametrize(
    ("last_bits", "last_time", "first_time", "expected"),
    [
        (0x1D00FFFF, 1262152739, 1261130161, 0x1D00D86A),  # pow_tests get_next_work (block 32255)
        (0x1D00FFFF, 1233061996, 1231006505, 0x1D00FFFF),  # get_next_work_pow_limit (clamped at the limit)
        (0x1C05A3F4, 1279297671, 1279008237, 0x1C0168FD),  # get_next_work_lower_limit_actual (x4 faster)
        (0x1C387F6F, 1269211443, 1263163443, 0x1D00E1FD),  # get_next_work_upper_limit_actual (x4 slower)
    ],
)
def test_bitcoin_retarget_matches_bitcoin_core(last_bits: int, last_time: int, first_time: int, expected: int) -> None:
    assert calculate_next_bits(last_bits, last_time, first_time) == expected


def test_bitcoin_controller_off_by_one_and_clamp() -> None:
    """Perfect 600 s blocks still raise difficulty by 2016/2015: the window spans 2015 intervals."""
    ctrl = BitcoinController()
    ctrl.start(0.0, 100.0)
    d = 100.0
    for h in range(1, 2016):
        d = ctrl.next_difficulty(h, 600.0 * h, d, 0.0, 0.0, 600.0 * h)
        if h < 2015:
            assert d == 100.0
    assert d == pytest.approx(100.0 * 2016 / 2015)
    fast = BitcoinController()
    fast.start(0.0, 100.0)
    d = 100.0
    for h in range(1, 2016):
        d = fast.next_difficulty(h, 1.0 * h, d, 0.0, 0.0, 1.0 * h)
    assert d == pytest.approx(400.0)  # clamped at x4


def test_homestead_eip2_hand_worked_cases() -> None:
    parent = 1_000_000_000  # parent // 2048 = 488281
    assert homestead_difficulty(parent, 0, 5, 1) == parent + 488281  # < 10 s: +1 step (bomb 2**-2 -> 0)
    assert homestead_difficulty(parent, 0, 15, 1) == parent  # 10-19 s: unchanged
    assert homestead_difficulty(parent, 0, 25, 1) == parent - 488281  # 20-29 s: -1 step
    assert homestead_difficulty(parent, 0, 2000, 1) == parent - 99 * 488281  # capped at -99 steps
    assert homestead_difficulty(parent, 0, 15, 1_150_000) == parent + 2**9  # bomb: 2 ** (11 - 2)
    assert homestead_difficulty(MIN_DIFFICULTY, 0, 900, 1) == MIN_DIFFICULTY  # floor
    with pytest.raises(InputError):
        homestead_difficulty(0, 0, 1, 1)


def test_homestead_bucket_aims_at_target() -> None:
    """E[floor(t / b)] = 1 for exponential t with mean b / ln 2: the scaled bucket aims at T."""
    b = 600 * math.log(2)
    mean = 600.0
    assert math.exp(-b / mean) / (1 - math.exp(-b / mean)) == pytest.approx(1.0)
