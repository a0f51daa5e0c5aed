"""Any JSON-RPC URL works as a backend, signing with an encrypted keystore account (here: the managed anvil's URL)."""

from __future__ import annotations

import pytest

from ledgerlm.chain import anvil, connect
from ledgerlm.chain.accounts import anvil_dev_accounts
from ledgerlm.chain.keystore import create_account
from ledgerlm.config import save_setting
from ledgerlm.errors import ConfigError


@pytest.fixture()
def node_url():
    report = anvil.start()
    yield report.node.url
    anvil.stop()


def test_rpc_url_signs_with_the_keystore_account(node_url, probe, monkeypatch) -> None:
    monkeypatch.setenv("LEDGERLM_PASSWORD", "pw")
    chain = connect(node_url)
    assert chain.backend == "rpc" and chain.dev_accounts == [] and chain.chain_id == 31337
    with pytest.raises(ConfigError, match="no signing account"):
        chain.deploy(probe, [1])
    funded = anvil_dev_accounts()[5]  # a public test key: its ether exists only on local chains
    address = create_account("main", private_key=funded.key.hex())
    save_setting("chain", "account", "main")
    chain = connect(node_url)
    result = chain.deploy(probe, [9])
    assert chain.default_account.address == address
    tx = chain.w3.eth.get_transaction(result.tx_hash)
    assert tx["from"] == address and tx["chainId"] == 31337
    with pytest.raises(Exception, match="local chain"):
        chain.increase_time(10)
