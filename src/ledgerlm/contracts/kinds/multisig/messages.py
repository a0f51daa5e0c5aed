# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the multisig explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "multisig.a_wallet_shared_by": {
        "en": "A wallet shared by {count} owners. Any owner proposes a transaction; it can be executed once {threshold} of the {count} owners have confirmed it. Owners may revoke a confirmation before execution.",
        "zh": "由 {count} 位所有者共同管理的钱包。任一所有者提交交易，{count} 位中有 {threshold} 位确认后即可执行；执行前所有者可以撤回确认。",
    },
    "multisig.may_send_eth_to": {
        "en": "may send ETH to the wallet",
        "zh": "可以向钱包转入以太币",
    },
    "multisig.multisig_wallet": {
        "en": "Multisig wallet",
        "zh": "多签钱包",
    },
    "multisig.owner_role": {
        "en": "{owners}: submits, confirms, revokes, executes",
        "zh": "{owners}：提交、确认、撤回、执行",
    },
    "multisig.anyone_wallet_eth_and": {
        "en": "anyone -> wallet: ETH (and tokens) sent to its address",
        "zh": "任何人 -> 钱包：向其地址转入以太币或代币",
    },
    "multisig.wallet_any_address_only": {
        "en": "wallet -> any address: only through a transaction confirmed by {threshold} owners",
        "zh": "钱包 -> 任意地址：只能通过 {threshold} 位所有者确认的交易",
    },
    "multisig.losing_more_than_count": {
        "en": "Losing more than {count} - {threshold} owner keys locks the wallet for good.",
        "zh": "丢失超过 {count} - {threshold} 把所有者私钥，钱包将永久锁定。",
    },
    "multisig.any_threshold_owners_together": {
        "en": "Any {threshold} owners together can move everything, to any address, with any call data.",
        "zh": "任意 {threshold} 位所有者合谋即可把全部资产转到任意地址、执行任意调用。",
    },
    "multisig.the_owner_list_and": {
        "en": "The owner list and threshold cannot be changed after deployment.",
        "zh": "所有者名单和门槛部署后不能更改。",
    },
    "multisig.to": {
        "en": "to",
        "zh": "收款方",
    },
    "multisig.value": {
        "en": "value",
        "zh": "金额",
    },
    "multisig.confirmations": {
        "en": "confirmations",
        "zh": "确认数",
    },
    "multisig.executed": {
        "en": "executed",
        "zh": "已执行",
    },
    "multisig.yes": {
        "en": "yes",
        "zh": "是",
    },
    "multisig.no": {
        "en": "no",
        "zh": "否",
    },
    "multisig.who_owner": {"en": "owner", "zh": "所有者"},
}
