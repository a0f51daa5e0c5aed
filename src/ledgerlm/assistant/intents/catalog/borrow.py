"""Intent ``borrow``: Borrow from the lending pool against the user's deposits (KYC-gated)."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers, _rules
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="borrow",
    kind="order",
    display={"en": "borrow", "zh": "借入"},
    slots=("token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    refine=_rules.collateral,
    defi_action="borrow",
    kyc_action="borrow",
    cues=("borrow", "loan", "借", "贷款"),
    cue_rank=3,
    examples=(
        "borrow 50 USDC",
        "take a loan of 1 ETH",
        "借 200 个 DAI",
        "我想贷款 500 USDT",
    ),
)
