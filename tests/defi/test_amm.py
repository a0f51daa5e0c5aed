from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.defi import actions, views
from ledgerlm.errors import ContractReverted, InputError
from tests.defi.conftest import Devnet


def test_quote_matches_contract_and_impact_grows(devnet: Devnet) -> None:
    small = views.quote(devnet.chain, "WETH", "USDC", "1")
    big = views.quote(devnet.chain, "WETH", "USDC", "50")
    assert Decimal("0.3") <= small.price_impact_pct < Decimal("1")
    assert big.price_impact_pct > small.price_impact_pct + 10
    a = devnet.addresses
    amm = devnet.chain.contract(a.amm, actions.abi("ConstantProductAMM"))
    on_chain = devnet.chain.call(amm.functions.getAmountOut(a.tokens["WETH"], a.tokens["USDC"], 10**18))
    assert small.amount_out == Decimal(on_chain) / 10**6


def test_sell_swap_executes_with_approval(devnet: Devnet) -> None:
    chain, alice = devnet.chain, devnet.alice
    before = views.balances(chain, alice).tokens
    plan = actions.swap(chain, alice, "USDC", "DAI", "1000", slippage_pct="0.5")
    assert [s.function for s in plan.steps()] == ["approve", "swapExactIn"]
    assert "滑点" in plan.description_zh and "slippage" in plan.description_en
    results = devnet.execute(plan, alice)
    swapped = results[-1].event("Swapped")["args"]
    after = views.balances(chain, alice).tokens
    assert after["USDC"] == before["USDC"] - 1000
    assert after["DAI"] - before["DAI"] == Decimal(swapped["amountOut"]) / 10**18
    assert after["DAI"] - before["DAI"] >= plan.details["min_amount_out"]


def test_eth_swap_wraps_and_unwraps(devnet: Devnet) -> None:
    chain, carol = devnet.chain, devnet.carol  # ETH only
    plan = actions.swap(chain, carol, "ETH", "USDC", "2")
    assert [s.function for s in plan.steps()] == ["deposit", "approve", "swapExactIn"]
    devnet.execute(plan, carol)
    got = views.balances(chain, carol).tokens["USDC"]
    assert got >= plan.details["min_amount_out"] > 3000
    back = actions.swap(chain, carol, "USDC", "ETH", "1000")
    assert [s.function for s in back.steps()] == ["approve", "swapExactIn", "withdraw"]
    eth_before = views.balances(chain, carol).tokens["ETH"]
    devnet.execute(back, carol)
    assert views.balances(chain, carol).tokens["ETH"] > eth_before + Decimal("0.4")


def test_buy_side_gets_at_least_the_amount(devnet: Devnet) -> None:
    chain, alice = devnet.chain, devnet.alice
    plan = actions.swap(chain, alice, "USDT", "WETH", "1", side="buy", slippage_pct=1)
    before = views.balances(chain, alice).tokens["WETH"]
    devnet.execute(plan, alice)
    assert views.balances(chain, alice).tokens["WETH"] - before >= 1


def test_slippage_limit_reverts_with_decoded_reason(devnet: Devnet) -> None:
    chain, alice, bob = devnet.chain, devnet.alice, devnet.bob
    plan = actions.swap(chain, alice, "WETH", "USDC", "5", slippage_pct="0.1")
    # someone else moves the price first (a front-run)
    devnet.execute(actions.swap(chain, bob, "WETH", "USDC", "5", slippage_pct=5), bob)
    steps = plan.steps()
    devnet.execute(steps[0].model_copy(), alice)  # the approval still goes through
    with pytest.raises(ContractReverted) as err:
        chain.transact(steps[1].function_call(chain), sender=alice)
    assert "SlippageExceeded" in err.value.reason


def test_bad_swaps_are_refused_clearly(devnet: Devnet) -> None:
    with pytest.raises(InputError, match="unknown token"):
        actions.swap(devnet.chain, devnet.alice, "DOGE", "USDC", "1")
    with pytest.raises(InputError, match="not enough USDC"):
        actions.swap(devnet.chain, devnet.alice, "USDC", "DAI", "1000000")
    with pytest.raises(InputError, match="greater than zero"):
        actions.swap(devnet.chain, devnet.alice, "USDC", "DAI", "0")
    with pytest.raises(InputError, match="different"):
        actions.quote(devnet.chain, "ETH", "WETH", "1")


def test_transfers(devnet: Devnet) -> None:
    chain, alice, carol = devnet.chain, devnet.alice, devnet.carol
    plan = actions.transfer(chain, alice, "usdt", carol.address, "12.5")
    devnet.execute(plan, alice)
    assert views.balances(chain, carol).tokens["USDT"] == Decimal("12.5")
    eth = actions.transfer(chain, alice, "ETH", carol.address, "0.25")
    assert eth.kind == "eth_transfer" and eth.value_wei == 25 * 10**16
    before = chain.balance(carol.address)
    devnet.execute(eth, alice)
    assert chain.balance(carol.address) - before == 25 * 10**16
    with pytest.raises(InputError, match="not an address"):
        actions.transfer(chain, alice, "ETH", "bob", "1")
