"""Intent ``hold``: Should I keep a token? Answered with market data, never advice."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="hold",
    kind="question",
    display={"en": "hold", "zh": "持有"},
    slots=("token",),
    answer=_handlers.answer_market,
    cues=("hold", "keep", "拿着", "持有", "拿住"),
    cue_rank=10,
    examples=(
        "is it worth holding ETH",
        "should I keep my BTC",
        "DOGE 要不要继续拿着",
    ),
)
