"""The managed anvil node: start/stop by PID, state that survives restarts, and plain words after a crash."""

from __future__ import annotations

import os
import signal
import time

import pytest

from ledgerlm.chain import anvil, backends, connect


@pytest.fixture()
def node():
    yield
    anvil.stop()


def test_start_is_idempotent_and_stop_uses_the_pid(node) -> None:
    first = anvil.start()
    second = anvil.start()
    assert first.started and not second.started
    assert second.node.pid == first.node.pid
    assert anvil.status() is not None
    assert anvil.stop() is True
    assert anvil.status() is None
    assert anvil.stop() is False


def test_deployment_survives_a_clean_restart(node, probe) -> None:
    chain = connect("anvil")
    address = chain.deploy(probe, [77]).address
    assert chain.chain_id == 31337
    anvil.stop()
    backends._anvil_chains.clear()
    again = connect("anvil")
    contract = again.contract(address, probe.abi)
    assert again.call(contract.functions.value()) == 77


def test_crash_is_reported_and_state_restored_from_last_dump(node, probe, monkeypatch) -> None:
    monkeypatch.setenv("LEDGERLM_CHAIN_STATE_INTERVAL_S", "1")
    chain = connect("anvil")
    address = chain.deploy(probe, [5]).address
    state = anvil.chain_dir() / "anvil-state.json"
    deadline = time.time() + 10
    while not state.exists() and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)  # one more periodic dump after the deployment
    info = anvil.status()
    assert info is not None
    os.kill(info.pid, signal.SIGKILL)
    time.sleep(0.2)
    backends._anvil_chains.clear()
    report = anvil.start()
    assert report.recovered_from_crash
    assert "not stopped cleanly" in report.message and "restored" in report.message
    again = connect("anvil")
    assert again.code(address), "the deployment dumped before the crash is still there"
