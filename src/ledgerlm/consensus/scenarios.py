"""Scenarios of the consensus lab: how hashrate (or online stake) evolves and how miners behave.

Each scenario is plain data; the simulators read it. Units: seconds, hashrate in multiples of the initial honest
hashrate (so the genesis difficulty ``base_hashrate * target_block_s`` gives exactly the target at the start).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from ledgerlm.errors import InputError

DAY_S = 86400.0


@dataclass(frozen=True)
class Scenario:
    """What happens to the network. ``steps`` are ``(time_s, multiplier)``: from ``time_s`` on, the honest hashrate
    is ``base_hashrate * multiplier`` (times ``exp(growth_per_day * days)`` when growing)."""

    name: str
    description: str
    n_blocks: int = 6000
    target_block_s: float = 600.0
    base_hashrate: float = 1.0
    steps: tuple[tuple[float, float], ...] = ()
    growth_per_day: float = 0.0
    # Hash-switching miners (Bitcoin Cash 2017): extra hashrate that joins while the difficulty is below
    # ``switch_parity * base_hashrate * T`` (minus hysteresis) and leaves once it is above (plus hysteresis).
    switch_hashrate: float = 0.0
    switch_parity: float = 1.5
    switch_hysteresis: float = 0.05
    # Timestamp manipulation: this share of blocks is stamped as late as the rules allow (now + max_future_s).
    manipulator_share: float = 0.0
    max_future_s: float = 7200.0
    mtp_blocks: int = 11
    # Proof of stake: block times are whole slots; "hashrate" is the online stake share that proposes.
    slot_s: float = 0.0
    validators: int = 0
    missed_slot_rate: float = 0.0
    # Transactions: Poisson arrivals, a block carries at most ``block_size_limit``.
    tx_rate_per_s: float = 5.0
    block_size_limit: int = 4000
    tx_mean_amount: float = 1.0
    # Network: miners, mean propagation delay, and an optional partition (start_s, end_s, share of side A).
    miners: int = 10
    delay_s: float = 0.0
    partition: tuple[float, float, float] | None = None
    warmup_blocks: int = 200
    step_time_s: float | None = None
    tags: tuple[str, ...] = field(default=())

    @property
    def genesis_difficulty(self) -> float:
        return self.base_hashrate * self.target_block_s

    @property
    def network(self) -> bool:
        """Whether propagation is modelled (the event-driven simulator) rather than the single-chain fast path."""
        return self.delay_s > 0 or self.partition is not None

    def with_options(self, **changes: object) -> Scenario:
        unknown = set(changes) - set(self.__dataclass_fields__)
        if unknown:
            raise InputError(
                f"unknown scenario option(s): {', '.join(sorted(unknown))}",
                hint=f"known: {', '.join(sorted(self.__dataclass_fields__))}",
            )
        return replace(self, **changes)  # type: ignore[arg-type]

    def honest_hashrate(self, time_s: float) -> float:
        mult = 1.0
        for at, m in self.steps:
            if time_s >= at:
                mult = m
        rate = self.base_hashrate * mult
        if self.growth_per_day:
            rate *= math.exp(self.growth_per_day * time_s / DAY_S)
        return rate


def _pos_outage(
    target_s: float, validators: int, offline_from_s: float, offline_to_s: float, offline_top: int, seed: int = 7
) -> tuple[float, tuple[tuple[float, float], ...]]:
    """Stake from a Pareto draw (few large, many small validators). 95% of validators are online; during the outage
    the ``offline_top`` largest (one hosting provider) also go dark. Returns base online share and steps."""
    rng = np.random.default_rng(seed)
    stake = rng.pareto(1.5, validators) + 1.0
    stake /= stake.sum()
    online = rng.random(validators) < 0.95
    base = float(stake[online].sum())
    during = online.copy()
    during[np.argsort(stake)[::-1][:offline_top]] = False
    return base, ((offline_from_s, float(stake[during].sum()) / base), (offline_to_s, 1.0))


def standard_scenarios() -> dict[str, Scenario]:
    """The suite that ``consensus compare`` runs by default."""
    t = 600.0
    step_at = 2000 * t
    pos_t = 20.0
    pos_base, pos_steps = _pos_outage(pos_t, 200, 2000 * pos_t, 3500 * pos_t, 12)
    suite = [
        Scenario("steady", "constant hashrate", n_blocks=6000),
        Scenario(
            "step_up", "hashrate x10 after ~2000 blocks", n_blocks=8000, steps=((step_at, 10.0),), step_time_s=step_at
        ),
        Scenario(
            "step_down", "hashrate /10 after ~2000 blocks", n_blocks=8000, steps=((step_at, 0.1),), step_time_s=step_at
        ),
        Scenario(
            "switching",
            "2x extra hash-switching miners join when profitable, leave when not (BCH 2017)",
            n_blocks=6000,
            switch_hashrate=2.0,
            switch_parity=1.5,
        ),
        Scenario("growth", "hashrate doubles every 30 days", n_blocks=8000, growth_per_day=math.log(2) / 30),
        Scenario(
            "timestamp", "30% of blocks stamped 2 h in the future (max allowed)", n_blocks=6000, manipulator_share=0.3
        ),
        Scenario(
            "partition",
            "10 miners, 5 s mean propagation; a 60/40 partition for one day, then it heals",
            n_blocks=3000,
            delay_s=5.0,
            partition=(1000 * t, 1000 * t + DAY_S, 0.6),
        ),
        Scenario(
            "pos",
            "PoS: 200 validators, 1 s slots, 5% missed slots; the 12 largest go offline for a while",
            n_blocks=6000,
            target_block_s=pos_t,
            slot_s=1.0,
            validators=200,
            missed_slot_rate=0.05,
            base_hashrate=pos_base * 0.95,
            steps=pos_steps,
            step_time_s=pos_steps[0][0],
            tx_rate_per_s=5.0,
            block_size_limit=150,
        ),
    ]
    return {s.name: s for s in suite}


def get_scenario(name: str) -> Scenario:
    suite = standard_scenarios()
    if name not in suite:
        raise InputError(f"unknown scenario {name!r} / 未知场景", hint=f"choose one of: {', '.join(suite)}")
    return suite[name]
