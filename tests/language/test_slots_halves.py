"""Halves the number grammar leaves to the sentence: "half an eth" is 0.5 of the token after it, "一个半 ETH" is
1.5 (not 1, a silent misreading), and "half my link" is a share of a holding: no amount, so the assistant asks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.language.slots import amount_tokens, extract_slots, slot_evidence


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("buy half an eth", "buy", {"token": "ETH", "amount": Decimal("0.5")}),
        ("give bob half an eth", "transfer", {"token": "ETH", "amount": Decimal("0.5"), "recipient": "bob"}),
        ("卖半个 ETH", "sell", {"token": "ETH", "amount": Decimal("0.5")}),
        ("一个半 eth 卖掉", "sell", {"token": "ETH", "amount": Decimal("1.5")}),
        ("sell 2个半 ETH", "sell", {"token": "ETH", "amount": Decimal("2.5")}),
        ("dump half my link", "sell", {"token": "LINK"}),
        ("sell half a million SHIB", "sell", {"token": "SHIB", "amount": Decimal("500000")}),
    ],
)
def test_halves(text: str, intent: str, want: dict[str, object]) -> None:
    assert extract_slots(text, intent) == want


def test_half_has_evidence_in_the_words() -> None:
    ev = slot_evidence("buy half an eth", {"token": "ETH", "amount": Decimal("0.5")})
    assert ev["amount"].to_dict()["source"] == "text"
    assert "half an" in str(ev["amount"].to_dict())


def test_amount_tokens_skip_the_protocol() -> None:
    assert amount_tokens("withdraw my 50 usdc from aave") == ["USDC"]
    assert amount_tokens("check aave") == []
