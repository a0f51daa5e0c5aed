"""Vesting is monotone and never above the schedule; a multisig never executes below its threshold."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.vesting import reference
from ledgerlm.errors import ContractReverted
from ledgerlm.units import MONTH_SECONDS

from .conftest import accounts, compile_kind, rolled_back

CHAIN_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def vesting_artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("vesting", {"amount": 1, "duration_months": 1})


@pytest.fixture(scope="module")
def multisig_artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("multisig", {"owners_count": 1, "threshold": 1})


@given(total=st.integers(1, 10**27), duration=st.integers(1, 48 * MONTH_SECONDS), data=st.data())
@CHAIN_SETTINGS
def test_vested_amount_is_monotone_and_never_above_the_schedule(
    chain,
    vesting_artifact,
    test_token,  # noqa: ANN001
    total: int,
    duration: int,
    data: st.DataObject,
) -> None:
    cliff = data.draw(st.integers(0, duration), label="cliff")
    delay = data.draw(st.integers(0, 6 * MONTH_SECONDS), label="start delay")
    with rolled_back(chain):
        beneficiary = accounts(chain, 1)[0]
        terms = reference.VestingTerms(chain.now() + delay, duration, cliff)
        address = chain.deploy(vesting_artifact, [beneficiary, test_token, terms.start, duration, cliff]).address
        base.give_asset(chain, test_token, address, total % (10**15) + 1, sender=chain.default_account.address)
        funded = total % (10**15) + 1
        fn = chain.contract(address, vesting_artifact.abi).functions
        drawn = data.draw(
            st.lists(st.integers(terms.start - 10, terms.end + 10), min_size=3, max_size=8), label="times"
        )
        times = sorted([*drawn, terms.cliff_end - 1, terms.cliff_end, terms.end])
        last = 0
        for ts in times:
            got = chain.call(fn.vestedOfAsset(max(ts, 0)))
            assert got == reference.vested(funded, terms, max(ts, 0))
            assert last <= got <= funded
            last = got
        assert chain.call(fn.vestedOfAsset(terms.end)) == funded


def test_vesting_releases_to_the_beneficiary_over_time(chain, vesting_artifact) -> None:  # noqa: ANN001
    with rolled_back(chain):
        beneficiary = accounts(chain, 1)[0]
        start = chain.now()
        address = chain.deploy(
            vesting_artifact,
            [beneficiary, base.ZERO_ADDRESS, start, 12 * MONTH_SECONDS, 3 * MONTH_SECONDS],
            value=12 * 10**18,
        ).address
        fn = chain.contract(address, vesting_artifact.abi).functions
        chain.increase_time(2 * MONTH_SECONDS)
        assert chain.call(fn.releasableOfAsset()) == 0  # inside the cliff
        chain.increase_time(4 * MONTH_SECONDS)
        before = chain.balance(beneficiary)
        chain.transact(fn.releaseAsset(), sender=chain.account(accounts(chain, 2)[1]))  # anyone may trigger
        released = chain.call(fn.releasedOfAsset())
        assert chain.balance(beneficiary) - before == released
        assert released == reference.vested(
            12 * 10**18, reference.VestingTerms(start, 12 * MONTH_SECONDS, 3 * MONTH_SECONDS), chain.now()
        )


OPS = st.lists(st.tuples(st.sampled_from(["confirm", "revoke", "execute"]), st.integers(0, 5)), max_size=14)


@given(n_owners=st.integers(1, 5), data=st.data(), ops=OPS)
@CHAIN_SETTINGS
def test_multisig_never_executes_below_threshold(
    chain,
    multisig_artifact,
    n_owners: int,  # noqa: ANN001
    data: st.DataObject,
    ops: list[tuple[str, int]],
) -> None:
    threshold = data.draw(st.integers(1, n_owners), label="threshold")
    with rolled_back(chain):
        *owners, outsider, target = accounts(chain, n_owners + 2)
        address = chain.deploy(multisig_artifact, [owners, threshold]).address
        fn = chain.contract(address, multisig_artifact.abi).functions
        chain.send_eth(address, 10**6)
        chain.transact(fn.submit(target, 1234, b""), sender=chain.account(owners[0]))
        confirmed = {owners[0]}
        executed = False
        before = chain.balance(target)
        for op, index in ops:
            who = owners[index % len(owners)] if index < 5 else outsider
            try:
                chain.transact(getattr(fn, op)(0), sender=chain.account(who))
            except ContractReverted:
                ok = False
            else:
                ok = True
            if who == outsider or executed:
                assert not ok
                continue
            if op == "confirm":
                assert ok == (who not in confirmed)
                confirmed.add(who)
            elif op == "revoke":
                assert ok == (who in confirmed)
                confirmed.discard(who)
            else:
                assert ok == (len(confirmed) >= threshold)  # never below the threshold
                executed = ok
            assert chain.call(fn.getTransaction(0))[4] == len(confirmed)
        assert chain.call(fn.getTransaction(0))[3] == executed
        assert chain.balance(target) - before == (1234 if executed else 0)


def test_multisig_rejects_bad_owner_sets(chain, multisig_artifact) -> None:  # noqa: ANN001
    a, b = accounts(chain, 2)
    for owners, threshold, field in (
        ([], 1, "owners"),
        ([a, a], 1, "owners"),
        ([a, b], 3, "threshold"),
        ([a, b], 0, "threshold"),
    ):
        with pytest.raises(ContractReverted, match=field):
            chain.deploy(multisig_artifact, [owners, threshold])
