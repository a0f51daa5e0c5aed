"""Intent ``dividend``: rewards and interest, shown when asked about, claimed (confirmed) on "claim"."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers, _rules
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="dividend",
    kind="order",
    display={"en": "claim rewards", "zh": "领取奖励"},
    slots=("token",),
    moves_money=True,
    plan=_handlers.plan_defi,
    answer=_handlers.answer_rewards,
    order_when=_rules.is_claim,
    defi_action="claim",
    needs_token=False,
    cues=("reward", "yield", "interest", "dividend", "收益", "奖励", "利息", "分红"),
    cue_rank=6,
    examples=(
        "collect my staking rewards",
        "what interest have I earned",
        "领一下利息",
        "我有多少质押收益",
    ),
)
