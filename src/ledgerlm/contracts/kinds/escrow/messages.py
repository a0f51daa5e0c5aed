# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the escrow explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "escrow.escrow_contract": {
        "en": "Escrow contract",
        "zh": "托管合约",
    },
    "escrow.payer_deposits_may_release": {
        "en": "{payer}: deposits, may release to the payee",
        "zh": "{payer}：存入资金，可以放款给收款人",
    },
    "escrow.payee_receives_the_funds": {
        "en": "{payee}: receives the funds on release; cannot release them",
        "zh": "{payee}：放款时收到资金；不能自己放款",
    },
    "escrow.arbiter_may_release_to": {
        "en": "{arbiter}: may release to the payee or refund the payer at any time",
        "zh": "{arbiter}：可以随时放款给收款人或退款给付款人",
    },
    "escrow.payer_contract_amount_on": {
        "en": "payer -> contract: {amount} on deposit (or with the deployment)",
        "zh": "付款人 -> 合约：存入 {amount}（或部署时一并存入）",
    },
    "escrow.contract_payee_amount_on": {
        "en": "contract -> payee: {amount} on release()",
        "zh": "合约 -> 收款人：release() 时支付 {amount}",
    },
    "escrow.contract_payer_amount_on": {
        "en": "contract -> payer: {amount} on refund()",
        "zh": "合约 -> 付款人：refund() 时退回 {amount}",
    },
    "escrow.no_other_destination_exists": {
        "en": "No other destination exists in the code: the funds can only reach the payee or the payer.",
        "zh": "代码中没有其他去向：资金只能到达收款人或付款人。",
    },
    "escrow.the_payee_depends_on": {
        "en": "The payee depends on the payer (or arbiter) to release; after the deadline the payer can get the funds back.",
        "zh": "收款人依赖付款人（或仲裁人）放款；截止时间过后付款人可以取回资金。",
    },
    "escrow.the_arbiter_alone_decides": {
        "en": "The arbiter alone decides disputes: choose someone both sides trust.",
        "zh": "仲裁人单独决定争议：请选择双方都信任的人。",
    },
    "escrow.status_now": {"en": " Status now: {status}.", "zh": " 当前状态：{status}。"},
    "escrow.summary_arbiter": {
        "en": "{payer} locks {amount} for {payee}. The payer or the arbiter {arbiter} can release it to the payee; after the deadline ({when}) anyone can return it to the payer, and the arbiter can refund it at any time to settle a dispute.",
        "zh": "{payer} 为 {payee} 托管 {amount}。付款人或仲裁人 {arbiter} 可以把资金放给收款人；截止时间（{when}）之后任何人都可以把资金退回付款人，仲裁人也可以随时退款以解决争议。",
    },
    "escrow.summary": {
        "en": "{payer} locks {amount} for {payee}. The payer can release it to the payee; after the deadline ({when}) anyone can return it to the payer.",
        "zh": "{payer} 为 {payee} 托管 {amount}。付款人可以把资金放给收款人；截止时间（{when}）之后任何人都可以把资金退回付款人。",
    },
    "escrow.who_deposit": {"en": "payer", "zh": "付款人"},
    "escrow.who_release": {"en": "payer or arbiter", "zh": "付款人或仲裁人"},
    "escrow.who_refund": {"en": "arbiter any time; anyone after the deadline", "zh": "仲裁人随时；截止后任何人"},
    "escrow.status_awaiting_deposit": {"en": "AwaitingDeposit", "zh": "等待存入"},
    "escrow.status_funded": {"en": "Funded", "zh": "已存入"},
    "escrow.status_released": {"en": "Released", "zh": "已放款"},
    "escrow.status_refunded": {"en": "Refunded", "zh": "已退款"},
}
