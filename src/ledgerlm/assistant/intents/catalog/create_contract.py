"""Intent ``create_contract``: planned by the contracts pipeline, deployed only through a confirmation."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="create_contract",
    kind="question",
    display={"en": "create a contract", "zh": "创建合约"},
    slots=(),
    answer=_handlers.answer_contract,
    cues=("deploy", "create", "部署", "创建", "发币", "发行"),
    cue_rank=7,
    examples=(
        "deploy a token called Sun with 1000 supply",
        "create an escrow with Dave as arbiter",
        "帮我创建一个归属合约",
    ),
)
