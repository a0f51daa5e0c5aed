"""The single signing path on a real in-process chain with the real DeFi devnet: swaps, lending, ERC-20
transfers; confirmation tokens, re-simulation, partial failures, audit records, KYC gate."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant import policy
from ledgerlm.assistant.core import Assistant
from ledgerlm.assistant.executor import Executor, PartiallyExecuted
from ledgerlm.chain import connect, contacts
from ledgerlm.errors import ConfirmationRequired

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


@pytest.fixture(scope="module")
def devnet_world(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path):
    """One memory chain with the devnet deployed, shared by this module (deploying takes a while)."""
    from ledgerlm.defi import devnet

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LEDGERLM_HOME", str(tmp_path_factory.mktemp("devnet-home")))
        mp.setenv("LEDGERLM_CACHE_DIR", str(shared_cache))
        chain = connect("memory")
        addresses = devnet.up(chain).addresses
    return chain, addresses


@pytest.fixture
def world(devnet_world, ledgerlm_home):
    """Each test: the devnet addresses in this test's data dir, and the chain rolled back afterwards."""
    from ledgerlm.defi.addresses import save_devnet

    chain, addresses = devnet_world
    save_devnet(addresses)
    snap = chain.snapshot()
    yield chain, addresses
    chain.revert(snap)


def _nonce(chain) -> int:
    return chain.w3.eth.get_transaction_count(chain.default_account.address)


def _usdc(chain, addresses, owner: str) -> int:
    from ledgerlm.chain.erc20 import ERC20_ABI

    token = chain.contract(addresses.tokens["USDC"], ERC20_ABI)
    return int(chain.call(token.functions.balanceOf(owner)))


def test_confirmed_swap_runs_every_step_once_and_is_audited(world) -> None:
    from ledgerlm import audit

    chain, addresses = world
    bot = Assistant(chain)
    me = chain.default_account.address
    nonce, usdc_before = _nonce(chain), _usdc(chain, addresses, me)
    reply = bot.handle("sell 0.05 ETH")
    assert reply.kind == "plan" and reply.confirmation_token
    plan = reply.plan
    assert plan.intent == "sell" and plan.token == "ETH" and plan.counter_token == "USDC"
    assert [s.kind for s in plan.steps] == ["call", "call"]  # wrap ETH, then swap (WETH already approved or not)
    assert plan.min_out is not None and plan.expected_out is not None and plan.min_out < plan.expected_out
    assert plan.slippage_pct == Decimal("1.0") and plan.price_impact_pct is not None and plan.fee_eth > 0
    assert "slippage" in reply.text and "price impact" in reply.text
    assert _nonce(chain) == nonce, "planning simulated in a snapshot: nothing may be sent before confirmation"

    done = bot.confirm(reply.confirmation_token)
    assert done.kind == "done", done.text
    assert len(done.outcome.tx_hashes) == len(plan.steps) and _nonce(chain) == nonce + len(plan.steps)
    got = _usdc(chain, addresses, me) - usdc_before
    assert got >= int(plan.min_out * 10**6)
    record = audit.default_log().get(done.outcome.audit_id)
    assert record.component == "assistant.executor"
    assert {h.lower() for h in done.outcome.tx_hashes} <= {h.lower() for h in record.tx_hashes}
    assert policy.spent_today() == plan.usd_value

    again = bot.confirm(reply.confirmation_token)  # a token works once
    assert again.kind == "error" and "already used" in again.text
    assert _nonce(chain) == nonce + len(plan.steps)


def test_changed_plan_or_foreign_token_is_refused(world) -> None:
    chain, _ = world
    contacts.add("bob", BOB)
    bot = Assistant(chain)
    reply = bot.handle("send 5 USDC to bob")
    assert reply.kind == "plan" and reply.plan.amount == Decimal(5)
    nonce = _nonce(chain)
    tampered = reply.plan
    tampered.amount = Decimal(5000)
    with pytest.raises(ConfirmationRequired, match="changed"):
        bot.executor.execute(tampered, reply.confirmation_token)
    other = Executor(chain, bot.book, user="mallory")  # the shared store binds a plan to the user it was shown to
    with pytest.raises(ConfirmationRequired):
        other.execute(None, reply.confirmation_token)
    assert _nonce(chain) == nonce


def test_revert_found_by_re_simulation_sends_nothing(world) -> None:
    """The state changes between planning and confirming: the executor simulates again and stops."""
    chain, addresses = world
    contacts.add("bob", BOB)
    bot = Assistant(chain)
    me = chain.default_account.address
    usdc = chain.contract(addresses.tokens["USDC"], _abi())
    chain.transact(usdc.functions.transfer(BOB, _usdc(chain, addresses, me) - 50 * 10**6))  # test setup: keep 50
    reply = bot.handle("send 50 USDC to bob")
    assert reply.kind == "plan", reply.text
    chain.transact(usdc.functions.transfer(BOB, 1))  # the balance changes: one base unit too little now
    nonce = _nonce(chain)
    failed = bot.confirm(reply.confirmation_token)
    assert failed.kind == "error"
    assert "ERC20InsufficientBalance" in failed.text and "nothing was sent" in failed.text
    assert _nonce(chain) == nonce


def test_failure_after_a_mined_approval_says_what_remains(world, monkeypatch) -> None:
    chain, addresses = world
    bot = Assistant(chain)
    me = chain.default_account.address
    usdc = chain.contract(addresses.tokens["USDC"], _abi())
    chain.transact(usdc.functions.approve(addresses.lending_pool, 0))  # setup: the deposit needs an approval
    reply = bot.handle("deposit 100 USDC")
    assert reply.kind == "plan", reply.text
    kinds = [s.kind for s in reply.plan.steps]
    assert kinds == ["approve", "call"]
    chain.transact(usdc.functions.transfer(BOB, _usdc(chain, addresses, me)))  # now the deposit must fail
    # Skip the pre-send simulation so the failure happens between the two mined steps.
    monkeypatch.setattr(Executor, "simulate", lambda self, plan: 0)
    with pytest.raises(PartiallyExecuted) as info:
        bot.executor.execute(reply.plan, reply.confirmation_token)
    message = str(info.value)
    assert "step 2 of 2" in message and "still in effect" in message and "Allow the lending pool" in message
    assert re.search(r"0x[0-9a-f]{64}", message)
    allowance = chain.call(usdc.functions.allowance(me, addresses.lending_pool))
    assert allowance == 100 * 10**6  # the approval is on chain, exactly as reported
    assert len(info.value.mined) == 1


def test_borrow_without_kyc_is_refused_before_confirmation(world) -> None:
    """Without an attestation the gate refuses, in the user's language; on local chains the dev issuer would
    attest the dev account (issue 10 item 7), so it is switched off here to see the gate itself."""
    from ledgerlm.config import save_setting

    save_setting("identity", "local_dev_issuer", False)
    chain, _ = world
    bot = Assistant(chain)
    nonce = _nonce(chain)
    reply = bot.handle("我想借 10 个 DAI")
    assert reply.kind == "refused" and "KYC" in reply.text and reply.confirmation_token is None
    assert reply.lang == "zh" and "无法执行" in reply.text
    assert _nonce(chain) == nonce


def _abi() -> list[dict]:
    from ledgerlm.chain.erc20 import ERC20_ABI

    return ERC20_ABI


def test_rewards_are_shown_and_claiming_is_a_confirmed_action(world) -> None:
    from ledgerlm.defi import actions

    chain, _ = world
    for step in actions.stake(chain, chain.default_account, Decimal(1), token="ETH").steps():  # test setup
        if step.kind == "eth_transfer":
            chain.send_eth(step.target, step.value_wei)
        else:
            chain.transact(step.function_call(chain), value=step.value_wei)
    chain.increase_time(7 * 86_400)
    bot = Assistant(chain)
    view = bot.handle("how much can I claim?")
    assert view.kind == "answer" and view.intent == "dividend" and "DAI" in view.text
    assert view.confirmation_token is None
    reply = bot.handle("claim my rewards")
    assert reply.kind == "plan" and reply.plan.steps[-1].expect_events == ("RewardPaid",)
    assert (reply.code is not None) == (reply.plan.usd_value > 1000)  # a large claim shows a code to type
    assert bot.confirm(reply.confirmation_token).kind == "error" if reply.code else True  # "yes" is not the code
    done = bot.confirm(reply.confirmation_token, code=reply.code)
    assert done.kind == "done", done.text
    assert "DAI" in done.text
