"""Intent ``price``: A token's price, from the market data source it names."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="price",
    kind="question",
    display={"en": "price", "zh": "价格"},
    slots=("token",),
    answer=_handlers.answer_market,
    cues=("price", "worth", "价格", "多少钱", "行情"),
    cue_rank=13,
    examples=(
        "price of SOL",
        "what is BTC trading at",
        "以太坊现在什么价",
        "DOGE 行情怎么样",
    ),
)
