"""Round 10, the lead's fix after the intent engineers' passes: a Malay order verb decides the side of the order
when no English verb stands (their after-set read "beli 10 LINK" as a sell: the wrong side, silently)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.assistant.intents import understand


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("beli 10 LINK lah boss", "buy"),
        ("tolong jual 200 ADA saya", "sell"),
        ("sell 10 LINK, jual je", "sell"),  # the English verb decides
    ],
)
def test_the_malay_order_verb_sets_the_side(text: str, intent: str) -> None:
    u = understand(text)
    assert u.intent == intent
    assert u.slots.get("amount") in (Decimal(10), Decimal(200))
