"""The chain interface on the in-process py-evm backend: deploy, call, transact, decoded reverts, time."""

from __future__ import annotations

import pytest

from ledgerlm.chain import connect
from ledgerlm.errors import ChainError, ContractReverted, TransactionFailed


@pytest.fixture()
def chain():
    return connect("memory")


def test_deploy_call_and_transact(chain, probe) -> None:
    deployed = chain.deploy(probe, [5])
    assert deployed.address and deployed.gas_used > 0 and deployed.status == 1
    assert probe.matches_runtime(chain.code(deployed.address))
    contract = chain.contract(deployed.address, probe.abi)
    assert chain.call(contract.functions.value()) == 5
    assert chain.call(contract.functions.creator()) == chain.default_account.address
    result = chain.transact(contract.functions.store(42), expect_events=["Stored"])
    assert result.event("Stored")["args"] == {"by": chain.default_account.address, "value": 42}
    assert chain.call(contract.functions.value()) == 42


def test_custom_error_string_and_panic_are_decoded(chain, probe) -> None:
    contract = chain.contract(chain.deploy(probe, [1]).address, probe.abi)
    with pytest.raises(ContractReverted) as too_big:
        chain.transact(contract.functions.store(5000))
    assert too_big.value.reason == "TooBig(got=5000, max=1000)"
    with pytest.raises(ContractReverted) as unlucky:
        chain.call(contract.functions.store(13))
    assert unlucky.value.reason == "unlucky number"
    with pytest.raises(ContractReverted) as panic:
        chain.transact(contract.functions.store(7))
    assert panic.value.reason == "panic: division by zero"
    # nothing was sent: the failed attempts did not change state or burn a nonce
    assert chain.call(contract.functions.value()) == 1


def test_missing_expected_event_is_a_failure(chain, probe) -> None:
    contract = chain.contract(chain.deploy(probe, [1]).address, probe.abi)
    with pytest.raises(TransactionFailed, match="did not emit Stored"):
        chain.transact(contract.functions.quiet(3), expect_events=["Stored"])


def test_constructor_argument_mismatch_is_clear(chain, probe) -> None:
    with pytest.raises(ChainError, match="constructor arguments"):
        chain.deploy(probe, ["not a number"])


def test_send_eth_and_balances(chain) -> None:
    alice, bob = chain.dev_accounts[0], chain.dev_accounts[1]
    before = chain.balance(bob.address)
    result = chain.send_eth(bob.address, 10**18, sender=alice)
    assert chain.balance(bob.address) == before + 10**18
    assert result.fee_wei > 0


def test_time_travel_and_snapshots(chain, probe) -> None:
    start = chain.now()
    assert chain.increase_time(3600) >= start + 3600
    contract = chain.contract(chain.deploy(probe, [1]).address, probe.abi)
    snap = chain.snapshot()
    chain.transact(contract.functions.quiet(9))
    chain.revert(snap)
    assert chain.call(contract.functions.value()) == 1


def test_unknown_backend_is_refused() -> None:
    from ledgerlm.errors import InputError

    with pytest.raises(InputError, match="unknown chain"):
        connect("mainnet-please")


def test_unreachable_rpc_is_a_clear_error() -> None:
    with pytest.raises(ChainError, match="cannot reach"):
        connect("http://127.0.0.1:9")
