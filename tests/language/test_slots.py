"""Assistant slot extraction given the gold intent: the shared dev set and our larger bilingual set."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.errors import InputError
from ledgerlm.language import extract_slots

from .conftest import load_jsonl


def _expected(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: Decimal(str(v)) if k == "amount" else v for k, v in slots.items()}


def _score(rows: list[dict[str, Any]], *, counter_token_optional: bool) -> tuple[float, list[str]]:
    ok, failures = 0, []
    for row in rows:
        got = extract_slots(row["text"], row["intent"])
        if counter_token_optional and "counter_token" not in row["slots"]:
            got = {k: v for k, v in got.items() if k != "counter_token"}
        if got == _expected(row["slots"]):
            ok += 1
        else:
            failures.append(f"{row['intent']} {row['text']!r}: expected {row['slots']}, got {got}")
    return ok / len(rows), failures


def test_shared_dev_set() -> None:
    # the shared set does not annotate counter_token (e.g. "convert 10 SOL to USDT"); every other slot is exact
    accuracy, failures = _score(load_jsonl("intents_dev.jsonl"), counter_token_optional=True)
    print(f"\nintents_dev slots exact: {accuracy:.1%}")
    assert accuracy >= 0.95, "\n".join(failures)


def test_larger_set_exact() -> None:
    rows = load_jsonl("intents_more.jsonl")
    assert len(rows) >= 100
    accuracy, failures = _score(rows, counter_token_optional=False)
    print(f"\nintents_more slots exact: {accuracy:.1%}")
    assert accuracy >= 0.95, "\n".join(failures)


def test_amount_belongs_to_token() -> None:
    assert extract_slots("use 500 USDC to buy some UNI", "buy") == {"token": "UNI", "counter_token": "USDC"}
    assert extract_slots("swap 5 ETH to USDC", "sell") == {
        "token": "ETH",
        "counter_token": "USDC",
        "amount": Decimal(5),
    }
    assert extract_slots("buy 2 ETH", "buy") == {"token": "ETH", "amount": Decimal(2)}


@pytest.mark.parametrize("intent", ["explain", "create_contract", "other"])
def test_no_payment_slots_from_numbers_or_addresses(intent: str) -> None:
    assert extract_slots("send 5 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", intent) == {}


def test_transfer_recipient_forms() -> None:
    assert extract_slots("send 0.3 ETH to bob", "transfer")["recipient"] == "bob"
    assert extract_slots("给小王转 500 USDT", "transfer")["recipient"] == "小王"
    lower = "0x742d35cc6634c0532925a3b844bc454e4438f44e"
    assert (
        extract_slots(f"send 1 ETH to {lower}", "transfer")["recipient"] == "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
    )
    with pytest.raises(InputError, match="checksum"):
        extract_slots("send 1 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44E", "transfer")


def test_unknown_intent() -> None:
    with pytest.raises(InputError, match="unknown intent"):
        extract_slots("buy 2 ETH", "teleport")


def test_slot_values_cite_the_users_words() -> None:
    from ledgerlm.language.slots import slot_evidence

    text = "send 0.5 ETH to bob"
    slots = extract_slots(text, "transfer")
    ev = slot_evidence(text, slots)
    assert ev["amount"].words == "0.5" and ev["token"].words == "ETH" and ev["recipient"].words == "bob"
    zh = "用 500 USDC 买 ETH"
    ev = slot_evidence(zh, extract_slots(zh, "buy"))
    assert ev["token"].words == "ETH" and ev["counter_token"].words == "USDC"
