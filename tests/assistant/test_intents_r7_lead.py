"""Classes found on the round-7 blind set after it was measured (seen since): colloquial 仨, "every single one",
"the entirety of"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.assistant.intents import understand


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("我想买仨 ETH", "buy", {"token": "ETH", "amount": Decimal(3)}),
        ("get rid of my pepe, every single one", "sell", {"token": "PEPE", "amount": "all"}),
        ("sell every last one of my doge", "sell", {"token": "DOGE", "amount": "all"}),
        ("I wish to withdraw the entirety of my DAI deposit.", "withdraw", {"token": "DAI", "amount": "all"}),
        ("sell one ETH", "sell", {"token": "ETH", "amount": Decimal(1)}),
    ],
)
def test_counts_and_wholes(text: str, intent: str, slots: dict[str, object]) -> None:
    u = understand(text)
    assert u.intent == intent
    assert {k: u.slots.get(k) for k in slots} == slots
