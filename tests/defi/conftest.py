"""One devnet per test session on the in-process chain; every test runs on a snapshot and is reverted after."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain, TxResult, connect
from ledgerlm.defi.actions import PlannedCall
from ledgerlm.defi.addresses import DevnetAddresses, save_devnet
from ledgerlm.defi.devnet import up


@dataclass
class Devnet:
    chain: Chain
    addresses: DevnetAddresses

    @property
    def alice(self) -> LocalAccount:
        return self.chain.dev_accounts[1]

    @property
    def bob(self) -> LocalAccount:
        return self.chain.dev_accounts[2]

    @property
    def carol(self) -> LocalAccount:
        """Funded with ETH only (not among the devnet's funded accounts)."""
        return self.chain.dev_accounts[5]

    def execute(self, plan: PlannedCall, sender: LocalAccount) -> list[TxResult]:
        """What the assistant's executor does with a plan: every step in order, checked for its events."""
        results = []
        for step in plan.steps():
            if step.kind == "eth_transfer":
                results.append(self.chain.send_eth(step.target, step.value_wei, sender=sender))
            else:
                results.append(
                    self.chain.transact(
                        step.function_call(self.chain),
                        sender=sender,
                        value=step.value_wei,
                        expect_events=step.expect_events,
                    )
                )
        return results


@pytest.fixture(scope="session")
def _devnet_session() -> Devnet:
    chain = connect("memory")
    result = up(chain, kyc=False, fund_accounts=3)
    return Devnet(chain, result.addresses)


@pytest.fixture
def devnet(_devnet_session: Devnet) -> Iterator[Devnet]:
    save_devnet(_devnet_session.addresses)  # each test has its own data dir
    snap = _devnet_session.chain.snapshot()
    try:
        yield _devnet_session
    finally:
        _devnet_session.chain.revert(snap)
