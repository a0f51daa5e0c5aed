"""Intent ``sell``: Sell a token (a swap into the counter token, USDC by default)."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers, _rules
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="sell",
    kind="order",
    display={"en": "sell", "zh": "卖出"},
    slots=("token", "counter_token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    refine=_rules.swap_spend,
    defi_action="swap:sell",
    accepts_all=True,
    cues=("sell", "dump", "卖", "抛", "出掉", "割肉", "清仓"),
    cue_rank=11,
    examples=(
        "sell 3 SOL",
        "把 0.1 个 BTC 卖了",
        "dump my UNI for USDC",
        "清仓我的 ARB",
    ),
)
