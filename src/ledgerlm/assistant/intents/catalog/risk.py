"""Intent ``risk``: Risk of a token or of the user's own loan, with figures."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="risk",
    kind="question",
    display={"en": "risk", "zh": "风险"},
    slots=("token",),
    answer=_handlers.answer_market,
    cues=("risk", "liquidat", "volatil", "风险", "清算", "波动", "爆仓"),
    cue_rank=9,
    examples=(
        "how risky is SOL",
        "will my loan be liquidated",
        "我的仓位会爆仓吗",
        "BTC 波动大吗",
    ),
)
