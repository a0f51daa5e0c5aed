"""The chain layer's two seams: connect hooks (the contracts layer's reconciliation plugs in there) and the one fee
rule every transaction and every cost preview uses."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.chain import fees, hooks
from ledgerlm.chain.fees import PRIORITY_FEE_WEI, FeeQuote


def test_the_contracts_layer_declares_its_reconciliation() -> None:
    from ledgerlm.contracts.hooks import reconcile_journal

    assert hooks.connect_hooks()["journal"] is reconcile_journal


def test_reconciliation_without_a_deployments_database_does_nothing(tmp_path: Any) -> None:
    from ledgerlm.contracts import registry
    from ledgerlm.contracts.hooks import reconcile_journal

    assert not registry.db_path().exists()
    assert reconcile_journal(object()) == []  # type: ignore[arg-type]
    assert not registry.db_path().exists(), "looking must not create the database"


def test_registered_hooks_run_in_name_order_and_can_be_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(hooks, "_declared", dict)
    hooks.on_connect("b-second", lambda chain: seen.append("b") or ["second"])
    hooks.on_connect("a-first", lambda chain: seen.append("a") or ["first"])
    try:
        assert hooks.run_connect_hooks(object()) == ["first", "second"]  # type: ignore[arg-type]
        assert seen == ["a", "b"]
    finally:
        hooks.remove("a-first")
        hooks.remove("b-second")
    assert hooks.run_connect_hooks(object()) == []  # type: ignore[arg-type]


def test_connect_runs_the_hooks_once_per_persistent_chain(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from ledgerlm.chain import backends

    class FakeChain:
        backend, url = "rpc", "http://hook.test"

    calls: list[object] = []
    monkeypatch.setattr(hooks, "_declared", dict)
    monkeypatch.setattr(backends, "_reconciled", set())
    hooks.on_connect("test", lambda chain: calls.append(chain) or ["create #7 (loan): completed"])
    try:
        chain = FakeChain()
        backends._reconcile_once(chain)  # type: ignore[arg-type]
        backends._reconcile_once(chain)  # type: ignore[arg-type]
    finally:
        hooks.remove("test")
    assert calls == [chain]
    assert capsys.readouterr().err == "note: create #7 (loan): completed\n"


def test_fee_quote_arithmetic() -> None:
    quote = FeeQuote(base_fee_wei=7 * 10**9)
    assert quote.priority_fee_wei == PRIORITY_FEE_WEI == 10**9
    assert quote.max_fee_per_gas == 2 * 7 * 10**9 + 10**9
    assert quote.expected_fee_per_gas == 8 * 10**9
    assert quote.expected_wei(21_000) == 21_000 * 8 * 10**9
    assert quote.max_wei(21_000) == 21_000 * 15 * 10**9
    assert quote.expected_eth(21_000) == Decimal("0.000168")
    assert quote.tx_fields() == {"maxPriorityFeePerGas": 10**9, "maxFeePerGas": 15 * 10**9, "type": 2}
    assert fees.paid_wei(21_000, 3) == 63_000


def test_a_sent_transaction_offers_what_the_quote_says() -> None:
    from ledgerlm.chain import connect

    chain = connect("memory")
    quote = chain.fee_quote()
    result = chain.send_eth(chain.dev_accounts[1].address, 1)
    sent = chain.w3.eth.get_transaction(result.tx_hash)
    assert sent["maxFeePerGas"] == quote.max_fee_per_gas
    assert sent["maxPriorityFeePerGas"] == quote.priority_fee_wei
    assert result.fee_wei == fees.paid_wei(result.gas_used, result.effective_gas_price) > 0
