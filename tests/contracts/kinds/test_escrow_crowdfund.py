"""Escrow and crowdfund invariants fuzzed on py-evm with a 6-decimal ERC-20 (exact balances, no gas noise):
escrowed funds only reach the payee or return to the payer; crowdfund refunds equal contributions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds import base
from ledgerlm.errors import ContractReverted
from ledgerlm.units import DAY_SECONDS

from .conftest import accounts, compile_kind, rolled_back

CHAIN_SETTINGS = settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def escrow_artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("escrow", {"amount": 1, "deadline_days": 1})


@pytest.fixture(scope="module")
def crowdfund_artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("crowdfund", {"goal": 1, "deadline_days": 1})


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["deposit", "release", "refund", "wait"]),
        st.sampled_from(["payer", "payee", "arbiter", "outsider"]),
    ),
    min_size=1,
    max_size=8,
)


@given(amount=st.integers(1, 10**12), with_arbiter=st.booleans(), actions=ACTIONS)
@CHAIN_SETTINGS
def test_escrow_funds_reach_only_payee_or_payer(
    chain,
    escrow_artifact,
    test_token,
    amount: int,  # noqa: ANN001
    with_arbiter: bool,
    actions: list[tuple[str, str]],
) -> None:
    with rolled_back(chain):
        payer, payee, arbiter, outsider = accounts(chain, 4)
        who = {"payer": payer, "payee": payee, "arbiter": arbiter, "outsider": outsider}
        deadline = chain.now() + 10 * DAY_SECONDS
        address = chain.deploy(
            escrow_artifact,
            [payer, payee, arbiter if with_arbiter else base.ZERO_ADDRESS, test_token, amount, deadline],
        ).address
        fn = chain.contract(address, escrow_artifact.abi).functions
        for name in who.values():
            base.give_asset(chain, test_token, name, amount, sender=chain.default_account.address)
            base.approve_asset(chain, test_token, name, address, amount)
        start = {r: base.asset_balance(chain, test_token, a) for r, a in who.items()}
        for action, role in actions:
            if action == "wait":
                chain.increase_time(6 * DAY_SECONDS)
                continue
            try:
                chain.transact(getattr(fn, action)(), sender=chain.account(who[role]))
            except ContractReverted:
                continue
            # what succeeded must have been allowed
            if action == "deposit":
                assert role == "payer"
            if action == "release":
                assert role == "payer" or (role == "arbiter" and with_arbiter)
            if action == "refund":
                assert (role == "arbiter" and with_arbiter) or chain.now() > deadline
        delta = {r: base.asset_balance(chain, test_token, a) - start[r] for r, a in who.items()}
        held = base.asset_balance(chain, test_token, address)
        status = chain.call(fn.status())
        assert delta["arbiter"] == 0 and delta["outsider"] == 0  # never anyone else
        assert held + delta["payer"] + delta["payee"] == 0  # conservation
        assert {0: (0, 0, 0), 1: (amount, -amount, 0), 2: (0, -amount, amount), 3: (0, 0, 0)}[status] == (
            held,
            delta["payer"],
            delta["payee"],
        )


def test_escrow_funded_at_deployment_with_eth(chain, escrow_artifact) -> None:  # noqa: ANN001
    with rolled_back(chain):
        payer, payee = accounts(chain, 2)
        args = [payer, payee, base.ZERO_ADDRESS, base.ZERO_ADDRESS, 10**18, chain.now() + DAY_SECONDS]
        with pytest.raises(ContractReverted):  # only the payer may fund at construction
            chain.deploy(escrow_artifact, args, value=10**18)
        address = chain.deploy(escrow_artifact, args, value=10**18, sender=chain.account(payer)).address
        fn = chain.contract(address, escrow_artifact.abi).functions
        assert chain.call(fn.status()) == 1 and chain.balance(address) == 10**18
        before = chain.balance(payee)
        chain.transact(fn.release(), sender=chain.account(payer))
        assert chain.balance(payee) - before == 10**18 and chain.balance(address) == 0


@given(goal=st.integers(10, 10**12), data=st.data())
@CHAIN_SETTINGS
def test_crowdfund_refunds_equal_contributions_when_goal_missed(
    chain,
    crowdfund_artifact,
    test_token,  # noqa: ANN001
    goal: int,
    data: st.DataObject,
) -> None:
    with rolled_back(chain):
        creator, *backers = accounts(chain, 5)
        address = chain.deploy(crowdfund_artifact, [creator, test_token, goal, chain.now() + DAY_SECONDS]).address
        fn = chain.contract(address, crowdfund_artifact.abi).functions
        plan = data.draw(st.lists(st.tuples(st.sampled_from(range(4)), st.integers(1, goal)), max_size=6))
        given_by: dict[str, int] = {}
        for index, amount in plan:
            who = backers[index]
            if chain.call(fn.totalRaised()) + amount >= goal:  # stay below the goal in this scenario
                continue
            base.give_asset(chain, test_token, who, amount, sender=chain.default_account.address)
            base.approve_asset(chain, test_token, who, address, amount)
            chain.transact(fn.contribute(amount), sender=chain.account(who))
            given_by[who] = given_by.get(who, 0) + amount
        with pytest.raises(ContractReverted):
            chain.transact(fn.claim(), sender=chain.account(creator))
        if given_by:
            with pytest.raises(ContractReverted, match="RefundsNotOpen"):
                chain.transact(fn.refund(), sender=chain.account(next(iter(given_by))))
        chain.increase_time(DAY_SECONDS + 1)
        for who in backers:
            before = base.asset_balance(chain, test_token, who)
            if who in given_by:
                chain.transact(fn.refund(), sender=chain.account(who), expect_events=("Refunded",))
                assert base.asset_balance(chain, test_token, who) - before == given_by[who]
                with pytest.raises(ContractReverted, match="NothingToRefund"):
                    chain.transact(fn.refund(), sender=chain.account(who))
            else:
                with pytest.raises(ContractReverted, match="NothingToRefund"):
                    chain.transact(fn.refund(), sender=chain.account(who))
        assert base.asset_balance(chain, test_token, address) == 0
        assert chain.call(fn.totalRefunded()) == sum(given_by.values())


@given(goal=st.integers(1, 10**18), shares=st.lists(st.integers(1, 10**18), min_size=1, max_size=4))
@CHAIN_SETTINGS
def test_crowdfund_creator_claims_everything_once_goal_met(
    chain,
    crowdfund_artifact,
    goal: int,  # noqa: ANN001
    shares: list[int],
) -> None:
    with rolled_back(chain):
        creator, *backers = accounts(chain, 5)
        address = chain.deploy(
            crowdfund_artifact, [creator, base.ZERO_ADDRESS, goal, chain.now() + DAY_SECONDS]
        ).address
        fn = chain.contract(address, crowdfund_artifact.abi).functions
        for i, amount in enumerate(shares):
            chain.transact(fn.contribute(amount), sender=chain.account(backers[i % 4]), value=amount)
        raised = sum(shares)
        if raised < goal:
            with pytest.raises(ContractReverted, match="GoalNotReached"):
                chain.transact(fn.claim(), sender=chain.account(creator))
            return
        before = chain.balance(creator)
        result = chain.transact(fn.claim(), sender=chain.account(creator))
        assert chain.balance(creator) - before + result.fee_wei == raised
        assert chain.balance(address) == 0
        chain.increase_time(DAY_SECONDS + 1)
        with pytest.raises(ContractReverted, match="RefundsNotOpen"):
            chain.transact(fn.refund(), sender=chain.account(backers[0]))
