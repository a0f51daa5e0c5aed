# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the vesting explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "vesting.summary": {
        "en": "{total} vest to {beneficiary}",
        "zh": "{total} 归属给 {beneficiary}",
    },
    "vesting.vesting_wallet": {
        "en": "Vesting wallet",
        "zh": "归属（锁仓）钱包",
    },
    "vesting.linearly_over_months_terms": {
        "en": " linearly over {duration_months} months; nothing can be released during the first {cliff_months} months (the cliff), then the vested share is released on request.",
        "zh": "，在 {duration_months} 个月内线性释放；前 {cliff_months} 个月（锁定期）内无法领取，之后可随时领取已归属的部分。",
    },
    "vesting.releasable_now_fmt_amount": {
        "en": " Releasable now: {releasable}.",
        "zh": " 当前可领取：{releasable}。",
    },
    "vesting.beneficiary_owns_the_wallet": {
        "en": "{beneficiary}: owns the wallet and receives every release; can hand the wallet to another address",
        "zh": "{beneficiary}：拥有该钱包并收到每次释放的资金；可以把钱包转让给其他地址",
    },
    "vesting.funder_flow": {
        "en": "funder -> wallet: {total} (with the deployment for ETH, or a token transfer)",
        "zh": "出资人 -> 钱包：{total}（ETH 随部署转入，代币需另行转账）",
    },
    "vesting.wallet_beneficiary_the_vested": {
        "en": "wallet -> beneficiary: the vested, not yet released part, on release",
        "zh": "钱包 -> 受益人：调用 release 时发放已归属未领取的部分",
    },
    "vesting.vesting_cannot_be_cancelled": {
        "en": "Vesting cannot be cancelled or clawed back: whatever is sent to the wallet belongs to the beneficiary on schedule.",
        "zh": "归属无法取消或收回：转入钱包的资金都将按计划归受益人所有。",
    },
    "vesting.anything_sent_to_the": {
        "en": "Anything sent to the wallet later vests on the same curve (including past time).",
        "zh": "之后再转入钱包的资金按同一曲线归属（包括已过去的时间）。",
    },
    "vesting.if_the_beneficiary_renounces": {
        "en": "If the beneficiary renounces ownership, released funds go to the zero address.",
        "zh": "若受益人放弃所有权，之后释放的资金将发往零地址。",
    },
    "vesting.months": {
        "en": "months",
        "zh": "个月",
    },
    "vesting.time": {
        "en": "time",
        "zh": "时间",
    },
    "vesting.vested": {
        "en": "vested",
        "zh": "已归属",
    },
    "vesting.share": {
        "en": "share",
        "zh": "比例",
    },
    "vesting.who_release": {"en": "anyone (funds always go to the beneficiary)", "zh": "任何人（资金总是发给受益人）"},
    "vesting.who_releaseAsset": {
        "en": "anyone (funds always go to the beneficiary)",
        "zh": "任何人（资金总是发给受益人）",
    },
    "vesting.who_transferOwnership": {"en": "beneficiary", "zh": "受益人"},
    "vesting.who_renounceOwnership": {"en": "beneficiary", "zh": "受益人"},
}
