"""The assistant simulates on an isolated fork, never on the user's chain: a transaction another client sends to the
managed anvil while a plan is being simulated is still there afterwards (a snapshot/revert on the node would undo
it), and the simulation still reports the revert with the step that failed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from web3 import HTTPProvider, Web3

from ledgerlm.assistant.confirmations import ConfirmationStore
from ledgerlm.assistant.executor import Executor
from ledgerlm.assistant.plan import Plan, Step
from ledgerlm.chain import Chain
from ledgerlm.chain.fork import ForkChain
from ledgerlm.errors import ContractReverted

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
CAROL = "0x00000000000000000000000000000000000c0ffe"
#: init code of a contract whose every call reverts (runtime PUSH1 0 PUSH1 0 REVERT), written out by hand
ALWAYS_REVERTS = "0x6460006000fd6000526005601bf3"


def _plan(chain: Chain, reverter: str) -> Plan:
    def step(kind: str, to: str, data: str, value: int, en: str, zh: str) -> Step:
        return Step(kind, to, data, value, {"en": en, "zh": zh})

    return Plan(
        intent="send",
        lang="en",
        chain_id=chain.chain_id,
        sender=chain.default_account.address,
        request="pay bob, then call the contract",
        steps=[
            step("transfer", BOB, "0x", 10**18, "send 1 ETH to bob", "向 bob 转 1 ETH"),
            step("call", reverter, "0x12345678", 0, "call the contract", "调用合约"),
        ],
    )


def _other_client(url: str) -> Web3:
    """A second client of the managed node (its own connection, as another process would have)."""
    return Web3(HTTPProvider(url))


def test_a_transaction_sent_during_a_simulation_survives_it(anvil_chain: Chain, monkeypatch) -> None:
    chain = anvil_chain
    reverter = chain.send({"data": ALWAYS_REVERTS}).address
    assert reverter and chain.code(reverter) == bytes.fromhex("60006000fd")
    other = _other_client(str(chain.url))
    payer = other.to_checksum_address(chain.dev_accounts[3].address)
    sent: list[Any] = []
    real_send = ForkChain.send

    def send_then_interfere(self: ForkChain, tx: dict[str, Any], **kw: Any) -> Any:
        result = real_send(self, tx, **kw)
        if not sent:  # between step 1 and step 2 of the simulation, another client pays carol on the node
            sent.append(other.eth.send_transaction({"from": payer, "to": CAROL, "value": 5 * 10**17}))
            other.eth.wait_for_transaction_receipt(sent[0])
        return result

    monkeypatch.setattr(ForkChain, "send", send_then_interfere)
    block, bob = chain.w3.eth.block_number, chain.balance(BOB)
    executor = Executor(chain, ConfirmationStore())
    with pytest.raises(ContractReverted) as info:
        executor.simulate(_plan(chain, reverter))
    assert "step 2 (call the contract)" in str(info.value) and "nothing was sent" in str(info.value)
    assert len(sent) == 1
    receipt = other.eth.get_transaction_receipt(sent[0])
    assert receipt["status"] == 1 and chain.balance(CAROL) == 5 * 10**17  # the other client's payment stays
    assert chain.w3.eth.block_number == block + 1  # that block, and nothing of the simulation
    assert chain.balance(BOB) == bob  # step 1 ran on the fork only


def test_snapshot_and_revert_on_the_node_would_have_lost_it(anvil_chain: Chain) -> None:
    """Why the fork: the same interleaving under evm_snapshot/evm_revert on the shared node loses the payment."""
    chain = anvil_chain
    other = _other_client(str(chain.url))
    payer = other.to_checksum_address(chain.dev_accounts[3].address)
    snap = chain.snapshot()
    chain.send_eth(BOB, 10**18)  # "simulating"
    tx = other.eth.send_transaction({"from": payer, "to": CAROL, "value": 5 * 10**17})
    other.eth.wait_for_transaction_receipt(tx)
    chain.revert(snap)
    assert chain.balance(CAROL) == 0 and other.eth.get_transaction_count(payer) == 0


def test_a_whole_plan_on_the_fork_reports_gas_and_leaves_the_node_alone(anvil_chain: Chain) -> None:
    chain = anvil_chain
    plan = _plan(chain, BOB)  # the second step: a plain call to an account without code, which succeeds
    block = chain.w3.eth.block_number
    gas = Executor(chain, ConfirmationStore()).simulate(plan)
    assert gas > 2 * 21_000 and chain.w3.eth.block_number == block and plan.notes == []


def test_without_anvil_the_plan_says_it_was_only_gas_estimated(anvil_chain: Chain, monkeypatch) -> None:
    from ledgerlm.errors import ToolchainError
    from ledgerlm.solidity import toolchain

    def missing() -> Path:
        raise ToolchainError("anvil is not installed", hint="run `make setup`")

    monkeypatch.setattr(toolchain, "anvil_binary", missing)
    chain = anvil_chain
    plan = _plan(chain, BOB)
    plan.lang = "zh"
    gas = Executor(chain, ConfirmationStore()).simulate(plan)
    assert gas > 2 * 21_000 - 1
    notes = [n["zh"] for n in plan.notes]
    assert len(notes) == 1 and "仅按步骤估算" in notes[0] and "anvil is not installed" in notes[0]
    assert re.search("gas estimates only", plan.notes[0]["en"])
