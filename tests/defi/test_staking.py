from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.defi import actions, views
from ledgerlm.defi import devnet as dn
from ledgerlm.errors import InputError
from tests.defi.conftest import Devnet

DAY = 24 * 3600


def test_staking_rewards_accrue_pro_rata_and_can_be_claimed(devnet: Devnet) -> None:
    chain, alice, bob = devnet.chain, devnet.alice, devnet.bob
    with pytest.raises(InputError, match="no staking rewards"):
        actions.claim_rewards(chain, alice)
    devnet.execute(actions.stake(chain, alice, "3"), alice)
    devnet.execute(actions.stake(chain, bob, "1"), bob)
    chain.increase_time(10 * DAY)
    a, b = views.rewards(chain, alice), views.rewards(chain, bob)
    # 100,000 DAI per year, shared 3:1 over ~10 days
    total = a.staking_earned + b.staking_earned
    assert abs(total - Decimal(100_000) * 10 / 365) < Decimal(30)
    assert abs(a.staking_earned / b.staking_earned - 3) < Decimal("0.01")
    before = views.balances(chain, alice).tokens["DAI"]
    plan = actions.claim_rewards(chain, alice)
    assert "质押奖励" in plan.description_zh
    devnet.execute(plan, alice)
    assert views.balances(chain, alice).tokens["DAI"] - before >= a.staking_earned
    devnet.execute(actions.unstake(chain, alice), alice)
    assert views.rewards(chain, alice).staked == 0


def test_stake_eth_and_wrong_token(devnet: Devnet) -> None:
    chain, carol = devnet.chain, devnet.carol
    plan = actions.stake(chain, carol, "1", token="ETH")
    assert [s.function for s in plan.steps()] == ["deposit", "approve", "stake"]
    devnet.execute(plan, carol)
    assert views.rewards(chain, carol).staked == 1
    with pytest.raises(InputError, match="takes WETH"):
        actions.stake(chain, carol, "1", token="USDC")
    assert dn.status(chain).deployed
