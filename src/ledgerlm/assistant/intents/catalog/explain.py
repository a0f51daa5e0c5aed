"""Intent ``explain``: Explain a contract ledgerlm deployed, or a Solidity file."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="explain",
    kind="question",
    display={"en": "explain a contract", "zh": "解释合约"},
    slots=(),
    answer=_handlers.answer_explain,
    cues=("this contract", "audit", "这个合约", "合约代码", "审计", "这段"),
    cue_rank=8,
    examples=(
        "explain deployment #2",
        "what does Token.sol do",
        "这个合约是干什么的",
    ),
)
