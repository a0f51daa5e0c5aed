"""Intent ``buy``: Buy a token (a swap out of the counter token, USDC by default)."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers, _rules
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="buy",
    kind="order",
    display={"en": "buy", "zh": "买入"},
    slots=("token", "counter_token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    refine=_rules.swap_spend,
    defi_action="swap:buy",
    cues=("buy", "purchase", "买", "入手", "梭哈", "抄底"),
    cue_rank=12,
    examples=(
        "buy 0.2 ETH for me",
        "帮我买 100 个 DOGE",
        "swap my USDT for some SOL",
        "想入手一点 LINK",
    ),
)
