"""Intent ``other``: Anything else: greeted, or answered from the knowledge base when it can be."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="other",
    kind="question",
    display={"en": "chat", "zh": "闲聊"},
    slots=(),
    answer=_handlers.answer_knowledge,
    cues=(),
    cue_rank=100,
    examples=(
        "hello",
        "thank you",
        "你好",
        "讲个笑话",
    ),
)
