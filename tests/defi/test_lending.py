from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.defi import actions, views
from ledgerlm.defi import devnet as dn
from ledgerlm.errors import ContractReverted
from tests.defi.conftest import Devnet

DAY = 24 * 3600


def _borrow_setup(devnet: Devnet) -> None:
    """Alice: 5 WETH collateral (75% factor at ~2084 USD), 7000 USDC debt."""
    chain, alice = devnet.chain, devnet.alice
    devnet.execute(actions.deposit(chain, alice, "WETH", "5"), alice)
    devnet.execute(actions.borrow(chain, alice, "USDC", "7000"), alice)


def test_deposit_borrow_and_health_factor(devnet: Devnet) -> None:
    chain, alice = devnet.chain, devnet.alice
    _borrow_setup(devnet)
    pos = views.position(chain, alice)
    weth_usd = dn.status(chain).prices_usd["WETH"]
    expected_hf = 5 * weth_usd * Decimal("0.75") / (7000 * dn.status(chain).prices_usd["USDC"])
    assert abs(pos.health_factor - expected_hf) < Decimal("0.0001")
    assert pos.assets["USDC"].debt == 7000 and pos.assets["WETH"].deposited == 5
    assert Decimal(10) < pos.liquidation_drop_pct < Decimal(11)  # 1 - 1/1.1167
    assert views.balances(chain, alice).tokens["USDC"] == 107_000
    # over the limit: the contract refuses with a decoded custom error
    over = actions.borrow(chain, alice, "USDC", "1000")
    with pytest.raises(ContractReverted, match="HealthFactorTooLow"):
        devnet.execute(over, alice)
    # so does withdrawing the collateral
    with pytest.raises(ContractReverted, match="HealthFactorTooLow"):
        devnet.execute(actions.withdraw(chain, alice, "WETH"), alice)


def test_interest_accrues_per_second_and_repay(devnet: Devnet) -> None:
    chain, alice, bob = devnet.chain, devnet.alice, devnet.bob
    devnet.execute(actions.deposit(chain, bob, "USDC", "10000"), bob)
    _borrow_setup(devnet)
    pool = chain.contract(devnet.addresses.lending_pool, actions.abi("LendingPool"))
    rate = chain.call(pool.functions.market(devnet.addresses.tokens["USDC"]))[6]  # per second, 1e18
    start = chain.now()
    chain.increase_time(20 * DAY)
    elapsed = chain.now() - start
    debt = views.position(chain, alice).assets["USDC"].debt
    expected = Decimal(7000) * (1 + Decimal(rate) * elapsed / Decimal(10**18))
    assert abs(debt - expected) < Decimal("0.01")
    assert debt > Decimal("7007")  # ~2.1% APR for 20 days
    earned = views.rewards(chain, bob).lending_interest["USDC"]
    assert earned > 0
    # bob claims his deposit interest ("dividend")
    before = views.balances(chain, bob).tokens["USDC"]
    devnet.execute(actions.claim_interest(chain, bob, "USDC"), bob)
    assert views.balances(chain, bob).tokens["USDC"] - before >= earned
    # alice repays everything including interest
    dn.refresh_prices(chain)
    devnet.execute(actions.repay(chain, alice, "USDC"), alice)
    pos = views.position(chain, alice)
    assert "USDC" not in pos.assets or pos.assets["USDC"].debt == 0
    assert pos.health_factor is None
    devnet.execute(actions.withdraw(chain, alice, "WETH"), alice)
    assert views.balances(chain, alice).tokens["WETH"] == 10


def test_liquidation_after_price_crash(devnet: Devnet) -> None:
    chain, alice, bob = devnet.chain, devnet.alice, devnet.bob
    _borrow_setup(devnet)
    a = devnet.addresses
    pool = chain.contract(a.lending_pool, actions.abi("LendingPool"))
    usdc_token = chain.contract(a.tokens["USDC"], actions.abi("TestToken"))
    chain.transact(usdc_token.functions.approve(a.lending_pool, 2**256 - 1), sender=bob)
    # healthy: nobody may liquidate
    with pytest.raises(ContractReverted, match="NotLiquidatable"):
        chain.transact(pool.functions.liquidate(alice.address, a.tokens["USDC"], 10**9, a.tokens["WETH"]), sender=bob)
    dn.push_prices(chain, a, {"WETH": Decimal(1500), "USDC": Decimal(1)})
    pos = views.position(chain, alice)
    assert pos.health_factor < 1 and pos.liquidation_drop_pct == 0
    with pytest.raises(ContractReverted, match="RepayTooLarge"):
        chain.transact(
            pool.functions.liquidate(alice.address, a.tokens["USDC"], 3600 * 10**6, a.tokens["WETH"]), sender=bob
        )
    result = chain.transact(
        pool.functions.liquidate(alice.address, a.tokens["USDC"], 3000 * 10**6, a.tokens["WETH"]),
        sender=bob,
        expect_events=("Liquidated",),
    )
    seized = Decimal(result.event("Liquidated")["args"]["seized"]) / 10**18
    assert seized == Decimal(3000) * Decimal("1.05") / 1500
    after = views.position(chain, alice)
    assert after.assets["WETH"].deposited == 5 - seized
    assert abs(after.assets["USDC"].debt - 4000) < Decimal("0.01")
    assert after.health_factor > pos.health_factor
    assert views.position(chain, bob).assets["WETH"].deposited == seized


def _credential_registry(devnet: Devnet) -> tuple[str, Any]:
    """The identity module's real CredentialRegistry, freshly deployed."""
    registry = pytest.importorskip("ledgerlm.identity.registry")
    art = registry.artifact()
    owner = devnet.chain.dev_accounts[0]
    return devnet.chain.deploy(art, [owner.address], sender=owner).address, art


def test_borrow_requires_kyc_when_registry_set(devnet: Devnet) -> None:
    chain, alice, bob = devnet.chain, devnet.alice, devnet.bob
    address, art = _credential_registry(devnet)
    owner = chain.dev_accounts[0]
    dn.set_kyc_registry(chain, address)
    devnet.execute(actions.deposit(chain, alice, "WETH", "2"), alice)
    with pytest.raises(ContractReverted, match="KycRequired"):
        devnet.execute(actions.borrow(chain, alice, "DAI", "100"), alice)
    registry = chain.contract(address, art.abi)
    chain.transact(registry.functions.addIssuer(owner.address), sender=owner)
    chain.transact(registry.functions.attest(alice.address, 1, chain.now() + 365 * DAY, b"\x01" * 32), sender=owner)
    devnet.execute(actions.borrow(chain, alice, "DAI", "100"), alice)
    assert views.position(chain, alice).assets["DAI"].debt == 100
    # deposits are not gated; switching the registry off lifts the gate
    devnet.execute(actions.deposit(chain, bob, "USDT", "5"), bob)
    off = dn.up(chain, kyc=False)
    assert off.deployed is False and off.transactions == 1 and off.addresses.kyc_registry is None
    devnet.execute(actions.borrow(chain, bob, "USDC", "1"), bob)


def test_up_wires_the_identity_registry(devnet: Devnet) -> None:
    from ledgerlm.identity.registry import registry_address

    chain, alice = devnet.chain, devnet.alice
    result = dn.up(chain, kyc=True)
    assert result.addresses.kyc_registry == registry_address(chain) is not None
    devnet.execute(actions.deposit(chain, alice, "DAI", "1000"), alice)
    with pytest.raises(ContractReverted, match="KycRequired"):
        devnet.execute(actions.borrow(chain, alice, "USDC", "10"), alice)


def test_eth_in_and_out_of_the_pool(devnet: Devnet) -> None:
    chain, carol = devnet.chain, devnet.carol
    plan = actions.deposit(chain, carol, "ETH", "3")
    assert [s.function for s in plan.steps()] == ["deposit", "approve", "deposit"]
    devnet.execute(plan, carol)
    assert views.position(chain, carol).assets["WETH"].deposited == 3
    plan = actions.withdraw(chain, carol, "ETH", "1")
    assert [s.function for s in plan.steps()] == ["withdraw", "withdraw"]
    before = chain.balance(carol.address)
    devnet.execute(plan, carol)
    assert chain.balance(carol.address) > before + 99 * 10**16
