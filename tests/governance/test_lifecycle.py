"""Governance end to end on py-evm: a DAO, delegation among holders, a plain-language treasury payment, vote,
quorum, queue, timelock, execute; the payee gets exactly the amount. Defeated proposals never execute; a role grant
hidden in a batch is flagged before anything is signed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.governance import lifecycle
from ledgerlm.governance.actions import actions_from_json, decode, selector
from ledgerlm.governance.dao import DaoSpec, deploy_dao, find_dao

DAY = 86400


@pytest.fixture(scope="module")
def world() -> dict:
    from ledgerlm.chain import connect
    from ledgerlm.contracts.assets import resolve_asset

    chain = connect("memory")
    a, b, c = (acct.address for acct in chain.dev_accounts[1:4])
    spec = DaoSpec(
        name="Harbor Guild",
        symbol="GUILD",
        supply=Decimal(1_000_000),
        quorum_pct=Decimal(4),
        voting_period_s=7 * DAY,
        timelock_delay_s=2 * DAY,
        voting_delay_s=DAY,
        holders=((a, Decimal(50)), (b, Decimal(30)), (c, Decimal(20))),
    )
    usdc = resolve_asset(chain, "USDC")
    return {"chain": chain, "spec": spec, "usdc": usdc, "holders": chain.dev_accounts[1:4]}


def _dao(world: dict) -> object:
    chain = world["chain"]
    dao = deploy_dao(chain, world["spec"])
    from ledgerlm.chain.erc20 import ERC20_ABI

    token = chain.contract(world["usdc"].address, ERC20_ABI)
    chain.transact(token.functions.transfer(dao.timelock, 20_000 * 10**6))
    for holder in world["holders"][:2]:
        lifecycle.delegate(chain, dao, holder.address, sender=holder)
    return dao


def _advance(chain: object, seconds: int) -> None:
    chain.increase_time(seconds)  # type: ignore[attr-defined]


def test_a_treasury_payment_in_plain_language_is_executed_exactly(world: dict) -> None:
    chain = world["chain"]
    dao = _dao(world)
    assert find_dao(chain, "GUILD").governor == dao.governor
    payee = chain.dev_accounts[7].address
    plan = lifecycle.plan_proposal(chain, dao, f"pay 5,000 USDC from the treasury to {payee} for the audit")
    assert not plan.draft.questions and plan.review is not None and plan.review.simulated_ok
    action = plan.actions[0]
    assert action.signature == "transfer(address,uint256)" and action.args[1] == 5_000 * 10**6
    assert action.evidence is not None and action.evidence[2] == "5,000"
    assert decode(action.calldata).args[0].lower() == payee.lower()
    deltas = {c.label: c.delta for c in plan.review.changes}
    assert deltas == {"treasury": -5_000 * 10**6, "recipient": 5_000 * 10**6}
    assert any(f.code == "treasury_share" for f in plan.review.flags)  # 25% of the treasury
    assert "5,000" not in plan.review.summary("zh") or "金库" in plan.review.summary("zh")
    with pytest.raises(lifecycle.GovernanceError, match="not given to this proposal"):
        lifecycle.propose(chain, plan, "0x" + "00" * 32)
    proposer = world["holders"][0]
    created = lifecycle.propose(chain, plan, plan.hash, sender=proposer)
    pid = int(created["proposal_id"])
    assert lifecycle.status(chain, dao, pid)["state"] == "Pending"
    with pytest.raises(lifecycle.GovernanceError, match="not open for votes"):
        lifecycle.vote(chain, dao, pid, "for", sender=proposer)
    _advance(chain, DAY + 1)
    assert lifecycle.vote(chain, dao, pid, "for", sender=world["holders"][0])["weight"] == str(500_000 * 10**18)
    lifecycle.vote(chain, dao, pid, "against", sender=world["holders"][1])
    with pytest.raises(lifecycle.GovernanceError, match="0 votes"):  # never delegated: no voting power
        lifecycle.vote(chain, dao, pid, "for", sender=world["holders"][2])
    _advance(chain, 7 * DAY + 1)
    assert lifecycle.status(chain, dao, pid)["state"] == "Succeeded"
    lifecycle.queue(chain, dao, pid)
    with pytest.raises(lifecycle.GovernanceError, match="timelock delay"):
        lifecycle.execute(chain, dao, pid)
    _advance(chain, 2 * DAY + 1)
    from ledgerlm.chain.erc20 import ERC20_ABI

    usdc = chain.contract(world["usdc"].address, ERC20_ABI)
    before = chain.call(usdc.functions.balanceOf(payee))
    lifecycle.execute(chain, dao, pid)
    assert chain.call(usdc.functions.balanceOf(payee)) - before == 5_000 * 10**6
    assert lifecycle.status(chain, dao, pid)["state"] == "Executed"


def test_a_defeated_proposal_cannot_be_queued_or_executed(world: dict) -> None:
    chain = world["chain"]
    dao = _dao(world)
    plan = lifecycle.plan_proposal(chain, dao, f"send 100 USDC to {chain.dev_accounts[8].address}")
    pid = int(lifecycle.propose(chain, plan, plan.hash, sender=world["holders"][0])["proposal_id"])
    _advance(chain, DAY + 1)
    lifecycle.vote(chain, dao, pid, "against", sender=world["holders"][0])
    _advance(chain, 7 * DAY + 1)
    assert lifecycle.status(chain, dao, pid)["state"] == "Defeated"
    with pytest.raises(lifecycle.GovernanceError, match="only a succeeded"):
        lifecycle.queue(chain, dao, pid)
    with pytest.raises(lifecycle.GovernanceError, match="only a queued"):
        lifecycle.execute(chain, dao, pid)


def test_a_role_grant_hidden_in_a_batch_is_flagged(world: dict) -> None:
    chain = world["chain"]
    dao = _dao(world)
    from eth_abi.abi import encode

    attacker = chain.dev_accounts[9].address
    inner = selector("grantRole(bytes32,address)") + encode(["bytes32", "address"], [bytes(32), attacker])
    actions = actions_from_json(
        [
            {"target": dao.timelock, "signature": "multicall(bytes[])", "args": [["0x" + inner.hex()]]},
        ]
    )
    plan = lifecycle.plan_proposal(chain, dao, "routine maintenance", actions=actions)
    assert plan.review is not None
    codes = {f.code for f in plan.review.flags}
    assert "role_change" in codes and "batch" in codes
    role_flag = next(f for f in plan.review.flags if f.code == "role_change")
    assert "DEFAULT_ADMIN_ROLE" in role_flag.en and attacker in role_flag.en


def test_unclear_proposals_become_questions(world: dict) -> None:
    chain = world["chain"]
    dao = _dao(world)
    a, b = chain.dev_accounts[5].address, chain.dev_accounts[6].address
    assert lifecycle.plan_proposal(chain, dao, f"pay 1,5 USDC to {a}").draft.questions
    assert lifecycle.plan_proposal(chain, dao, f"pay 10 USDC to {a} or {b}").draft.questions
    q = lifecycle.plan_proposal(chain, dao, "给老王支付 100 USDC").draft.questions
    assert q and "老王" in q[0]
    zh = lifecycle.plan_proposal(chain, dao, f"从金库支付 300 USDC 给 {a}，用于审计")
    assert not zh.draft.questions and zh.actions[0].args[1] == 300 * 10**6 and zh.draft.lang == "zh"
    too_much = lifecycle.plan_proposal(chain, dao, f"pay 1,000,000 USDC to {a}")
    assert too_much.review is not None and any(f.code == "insufficient_treasury" for f in too_much.review.flags)
    assert not too_much.review.simulated_ok
