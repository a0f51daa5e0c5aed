"""``isolated_fork``: a throw-away chain with the same state; the chain it copies is never written to."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ledgerlm.chain import Chain, connect, fork
from ledgerlm.errors import ToolchainError

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def _port_open(url: str) -> bool:
    port = int(url.rsplit(":", 1)[1])
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_anvil_fork_has_the_same_state_and_the_node_keeps_none_of_its_transactions(anvil_chain: Chain) -> None:
    chain = anvil_chain
    me = chain.default_account.address
    chain.send_eth(BOB, 3 * 10**18)  # some state of the node's own, to be seen on the fork
    block, mine, bob = chain.w3.eth.block_number, chain.balance(me), chain.balance(BOB)
    nonce = chain.w3.eth.get_transaction_count(me)
    with fork.isolated_fork(chain) as sim:
        assert sim.backend == "fork" and sim.url != chain.url and sim.chain_id == chain.chain_id
        assert sim.balance(me) == mine and sim.balance(BOB) == bob == 3 * 10**18  # dev balances not overwritten
        result = sim.send_eth(BOB, 10**18)
        assert result.status == 1 and sim.balance(BOB) == bob + 10**18
        fork_url = str(sim.url)
        assert _port_open(fork_url)
    assert not _port_open(fork_url), "the fork is killed when the block ends"
    assert fork.start_seconds is not None and fork.start_seconds < fork.START_TIMEOUT_S
    assert chain.w3.eth.block_number == block and chain.balance(BOB) == bob  # nothing reached the node
    assert chain.w3.eth.get_transaction_count(me) == nonce


def test_a_fork_signs_nothing(anvil_chain: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sends on a fork go from the impersonated sender: no signature exists that a real node would accept."""
    account = anvil_chain.default_account
    signed: list[object] = []
    monkeypatch.setattr(type(account), "sign_transaction", lambda self, tx: signed.append(tx))
    with fork.isolated_fork(anvil_chain) as sim:
        assert sim.send_eth(BOB, 1, sender=account).status == 1
    assert signed == []


def test_memory_chain_fork_is_a_private_snapshot() -> None:
    chain = connect("memory")
    bob = chain.balance(BOB)
    with fork.isolated_fork(chain) as sim:
        assert sim is chain  # the in-process chain: a snapshot under its lock
        sim.send_eth(BOB, 10**18)
        assert sim.balance(BOB) == bob + 10**18
    assert chain.balance(BOB) == bob
    chain.send_eth(BOB, 5)  # nonces after the revert are right again
    assert chain.balance(BOB) == bob + 5


def test_no_anvil_means_fork_unavailable_not_a_write(anvil_chain: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    from ledgerlm.solidity import toolchain

    def missing() -> Path:
        raise ToolchainError("anvil is not installed", hint="run `make setup`")

    monkeypatch.setattr(toolchain, "anvil_binary", missing)
    block = anvil_chain.w3.eth.block_number
    with pytest.raises(fork.ForkUnavailable, match="anvil is not installed"), fork.isolated_fork(anvil_chain):
        pass
    assert anvil_chain.w3.eth.block_number == block


def test_the_fork_dies_with_the_process_that_started_it(anvil_chain: Chain, ledgerlm_home: Path) -> None:
    """Even a SIGKILLed parent (no ``finally`` runs) leaves no fork behind: the kernel kills it (PR_SET_PDEATHSIG)."""
    import os
    import subprocess
    import sys
    import time

    script = (
        "import time\n"
        "from ledgerlm.chain import connect, fork\n"
        "with fork.isolated_fork(connect('anvil')) as sim:\n"
        "    print(sim.url, flush=True)\n"
        "    time.sleep(120)\n"
    )
    env = {**os.environ, "LEDGERLM_HOME": str(ledgerlm_home)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        url = (proc.stdout.readline() if proc.stdout else "").strip()
        assert url.startswith("http://127.0.0.1:") and _port_open(url)
    finally:
        proc.kill()
        proc.wait(10)
    deadline = time.monotonic() + 5
    while _port_open(url) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _port_open(url)
