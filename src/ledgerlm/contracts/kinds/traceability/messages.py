# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the traceability explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "traceability.a_public_supply_chain": {
        "en": "A public supply-chain record for {item}: each item goes through {stages} stages in this order: {chain}. A stage is recorded only by an address holding that stage's role, with the hash of its off-chain document, and only right after the previous stage. Records are never changed or removed; anyone can read an item's whole history. The deployer (admin) grants and revokes the stage roles.",
        "zh": "{item}的公开供应链记录：每件物品按顺序经过 {stages} 个环节：{chain}。每个环节只能由持有该环节角色的地址记录，并附上链下单据的哈希，且必须在上一个环节之后。记录永不修改或删除；任何人都可以查看完整历史。部署者（管理员）授予和撤销各环节的角色。",
    },
    "traceability.reads_every_item_s": {
        "en": "reads every item's history",
        "zh": "查看任何物品的历史",
    },
    "traceability.supply_chain_traceability": {
        "en": "Supply-chain traceability",
        "zh": "供应链溯源",
    },
    "traceability.items": {
        "en": "items",
        "zh": "物品",
    },
    "traceability.the_deployer_grants_and": {
        "en": "the deployer: grants and revokes each stage's role (grantRole/revokeRole)",
        "zh": "部署者：授予和撤销各环节角色（grantRole/revokeRole）",
    },
    "traceability.no_money_is_held": {
        "en": "No money is held or moved by this contract.",
        "zh": "本合约不持有也不转移任何资金。",
    },
    "traceability.the_chain_proves_who": {
        "en": "The chain proves who recorded what and when, not that the document is true: an actor can record a false document.",
        "zh": "链上证明谁在何时记录了什么，但不证明单据内容真实：参与方仍可能记录虚假单据。",
    },
    "traceability.the_admin_can_grant": {
        "en": "The admin can grant a stage role to anyone: protect the admin key.",
        "zh": "管理员可以把环节角色授予任何人：请保护好管理员私钥。",
    },
    "traceability.everything_recorded_is_public": {
        "en": "Everything recorded is public; put only hashes of sensitive documents on chain.",
        "zh": "所有记录都是公开的；敏感单据只上链哈希。",
    },
    "traceability.items_recorded_so_far": {
        "en": "items recorded so far: {items}",
        "zh": "已记录物品数：{items}",
    },
    "traceability.stage_records": {"en": "{actor}: records '{stage}'", "zh": "{actor}：记录“{stage}”"},
    "traceability.stage_role_holder": {
        "en": "the address granted stageRole({i})",
        "zh": "被授予 stageRole({i}) 的地址",
    },
    "traceability.who_record": {"en": "the stage's role", "zh": "该环节角色"},
    "traceability.who_grantRole": {"en": "admin", "zh": "管理员"},
    "traceability.who_revokeRole": {"en": "admin", "zh": "管理员"},
    "traceability.who_renounceRole": {"en": "the role holder itself", "zh": "角色持有人本人"},
}
