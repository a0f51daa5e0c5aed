"""Intent ``transfer``: Send a token to an address or a contact."""

from __future__ import annotations

from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.intents.spec import IntentSpec

INTENT = IntentSpec(
    name="transfer",
    kind="order",
    display={"en": "send", "zh": "转账"},
    slots=("token", "amount", "recipient"),
    moves_money=True,
    plan=_handlers.plan_transfer,
    accepts_all=True,
    cues=("send", "transfer", "pay ", "wire", "转账", "转给", "打给", "给 ", "转 "),
    cue_rank=1,
    examples=(
        "send 2 USDC to alice",
        "pay bob 0.1 ETH",
        "给 carol 转 30 个 DAI",
        "transfer 5 LINK to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
    ),
)
