"""Intent ``balance``: The user's balances, read from the chain."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="balance",
    kind="question",
    display={"en": "balance", "zh": "余额"},
    slots=("token",),
    answer=_handlers.answer_balance,
    cues=("balance", "portfolio", "holdings", "余额", "有多少", "持仓"),
    cue_rank=14,
    examples=(
        "what's in my wallet",
        "how many USDC do I have",
        "查一下我的持仓",
        "我的 ETH 余额",
    ),
)
