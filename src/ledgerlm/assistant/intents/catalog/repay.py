"""Intent ``repay``: Repay a lending-pool loan."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="repay",
    kind="order",
    display={"en": "repay", "zh": "偿还"},
    slots=("token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    defi_action="repay",
    accepts_all=True,
    cues=("repay", "pay back", "pay off", "还款", "还清", "偿还", "还 "),
    cue_rank=2,
    examples=(
        "repay 20 DAI",
        "pay off my USDC debt",
        "还 100 个 USDT",
        "把借的 ETH 还了",
    ),
)
