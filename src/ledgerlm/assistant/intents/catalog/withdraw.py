"""Intent ``withdraw``: Withdraw from the lending pool."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="withdraw",
    kind="order",
    display={"en": "withdraw", "zh": "取出"},
    slots=("token", "amount"),
    moves_money=True,
    plan=_handlers.plan_defi,
    defi_action="withdraw",
    accepts_all=True,
    cues=("withdraw", "unstake", "redeem", "取出", "提现", "提币", "赎回", "取回"),
    cue_rank=4,
    examples=(
        "withdraw 10 DAI",
        "redeem my ETH from the pool",
        "把 USDC 取回来",
        "赎回 0.5 个 ETH",
    ),
)
