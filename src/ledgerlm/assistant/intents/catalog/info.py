"""Intent ``info``: Questions about crypto and the project, answered from the knowledge base with citations."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="info",
    kind="question",
    display={"en": "information", "zh": "信息"},
    slots=("token",),
    answer=_handlers.answer_knowledge,
    cues=("what is", "what's a", "how does", "explain", "什么是", "是什么", "怎么"),
    cue_rank=15,
    examples=(
        "what is a gas limit",
        "how does a DEX work",
        "什么是钱包助记词",
        "区块链是怎么工作的",
    ),
)
