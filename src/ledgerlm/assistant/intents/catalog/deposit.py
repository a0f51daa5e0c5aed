"""Intent ``deposit``: Deposit into the lending pool (or stake)."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="deposit",
    kind="order",
    display={"en": "deposit", "zh": "存入"},
    slots=("token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    defi_action="deposit",
    accepts_all=True,
    cues=("deposit", "supply", "stake", "存入", "存", "质押"),
    cue_rank=5,
    examples=(
        "deposit 50 DAI",
        "supply 2 ETH to the pool",
        "把 100 个 USDC 存进借贷池",
        "质押 1 个 ETH",
    ),
)
