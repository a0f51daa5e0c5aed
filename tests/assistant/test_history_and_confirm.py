"""Encrypted history, one-time confirmation tokens and the spending policy."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from ledgerlm.assistant import policy
from ledgerlm.assistant.confirm import ConfirmationBook
from ledgerlm.assistant.history import History
from ledgerlm.chain import contacts
from ledgerlm.errors import ConfigError, ConfirmationRequired, PolicyViolation


def test_history_is_encrypted_at_rest_and_per_user(ledgerlm_home) -> None:
    history = History()
    history.add("alice", "user", "给 bob 转 20 USDC", {"intent": "transfer"})
    history.add("alice", "assistant", "Here is the plan")
    history.add("carol", "user", "secret plans")
    raw = (ledgerlm_home / "history.sqlite").read_bytes()
    assert b"bob" not in raw and b"secret plans" not in raw
    listed = history.list("alice")
    assert [(m.role, m.text) for m in listed] == [("user", "给 bob 转 20 USDC"), ("assistant", "Here is the plan")]
    assert listed[0].meta == {"intent": "transfer"}
    assert history.clear("alice") == 2
    assert history.list("alice") == [] and len(history.list("carol")) == 1


def test_tampered_history_is_detected(ledgerlm_home) -> None:
    history = History()
    history.add("alice", "user", "hello")
    with sqlite3.connect(ledgerlm_home / "history.sqlite") as conn:
        conn.execute("UPDATE messages SET user_id = 'mallory'")
    with pytest.raises(ConfigError, match="cannot be decrypted"):
        History().list("mallory")


def test_confirmation_tokens_are_single_use_and_bound_to_the_plan() -> None:
    book = ConfirmationBook()
    plan = {"action": "transfer", "amount": "1", "to": "0xabc"}
    token = book.issue("PLAN", plan)
    with pytest.raises(ConfirmationRequired, match="changed"):
        book.redeem(token, {**plan, "amount": "100"})
    token = book.issue("PLAN", plan)
    assert book.redeem(token, plan) == "PLAN"
    with pytest.raises(ConfirmationRequired, match="already used"):
        book.redeem(token, plan)
    expired = ConfirmationBook(ttl_s=-1)
    with pytest.raises(ConfirmationRequired, match="expired"):
        expired.redeem(expired.issue("PLAN", plan), plan)


def test_policy_limits_allowlist_and_slippage(monkeypatch) -> None:
    monkeypatch.setenv("LEDGERLM_POLICY_MAX_TX_USD", "1000")
    monkeypatch.setenv("LEDGERLM_POLICY_DAILY_LIMIT_USD", "1500")
    friend = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
    contacts.add("bob", friend)
    ok = policy.check(usd_value=Decimal(900), recipient=friend)
    assert ok.flags == []
    stranger = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
    assert "new_recipient" in policy.check(usd_value=Decimal(10), recipient=stranger).flags
    with pytest.raises(PolicyViolation, match="per-transaction limit"):
        policy.check(usd_value=Decimal(1001))
    policy.record_spend(Decimal(900), "0x01")
    with pytest.raises(PolicyViolation, match="daily limit"):
        policy.check(usd_value=Decimal(700))
    with pytest.raises(PolicyViolation, match="slippage"):
        policy.check(usd_value=Decimal(1), slippage_pct=Decimal(5))
    monkeypatch.setenv("LEDGERLM_POLICY_ALLOWLIST_ONLY", "true")
    with pytest.raises(PolicyViolation, match="allowlist"):
        policy.check(usd_value=Decimal(1), recipient=stranger)
    assert policy.check(usd_value=Decimal(0), recipient=stranger, moves_money=False).flags == []
