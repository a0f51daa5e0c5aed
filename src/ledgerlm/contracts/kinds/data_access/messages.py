# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the data_access explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "data_access.a_registry_of_data": {
        "en": "A registry of {data} kept off-chain: only their hashes are on chain. The owner ({owner}) registers data sets and grants read access to addresses (a did:pkh DID names an address), each grant with an expiry, and can revoke it at any time. A reader logs each access on chain; the contract refuses it after expiry or revocation. Every grant, revocation and access is a public event.{grant}",
        "zh": "{data}的登记合约，数据本身在链下，链上只有哈希。所有者（{owner}）登记数据集，并把读取权限授予地址（did:pkh DID 对应一个地址），每次授权都有到期时间，可以随时撤销。读取者每次访问都在链上记录；到期或撤销后合约拒绝访问。每次授权、撤销和访问都是公开事件。{grant}",
    },
    "data_access.data_access_registry": {
        "en": "Data access registry",
        "zh": "数据访问控制",
    },
    "data_access.data_sets": {
        "en": "data sets",
        "zh": "数据集",
    },
    "data_access.the_deployer": {
        "en": "the deployer",
        "zh": "部署者",
    },
    "data_access.registered_count": {
        "en": " Data sets registered: {count}.",
        "zh": " 已登记数据集：{count}。",
    },
    "data_access.owner_registers_data_sets": {
        "en": "{owner}: registers data sets, grants and revokes access",
        "zh": "{owner}：登记数据集、授予和撤销权限",
    },
    "data_access.an_address_with_a": {
        "en": "an address with a live grant: logs accesses with access()",
        "zh": "持有有效授权的地址：通过 access() 记录访问",
    },
    "data_access.no_money_is_held": {
        "en": "No money is held or moved by this contract.",
        "zh": "本合约不持有也不转移任何资金。",
    },
    "data_access.the_contract_controls_and": {
        "en": "The contract controls and logs access; it cannot stop someone who already has the data from copying it. The off-chain store must check hasAccess() before serving data.",
        "zh": "合约控制并记录访问，但无法阻止已取得数据的人复制；链下存储在提供数据前必须检查 hasAccess()。",
    },
    "data_access.events_are_public_who": {
        "en": "Events are public: who was granted access to which data set (by id) is visible to everyone.",
        "zh": "事件是公开的：谁被授权访问哪个数据集（按编号）所有人可见。",
    },
    "data_access.expiry_uses_block_time": {
        "en": "Expiry uses block time, which can drift by a few seconds.",
        "zh": "到期按区块时间计算，可能有几秒偏差。",
    },
    "data_access.grant_named_reader": {
        "en": " The request names {reader} as a reader for {days} days: the owner grants it with grant(dataId, reader, now + {days} days) once the data set is registered.",
        "zh": "请求中指定 {reader} 为读取者，期限 {days} 天：数据集登记后，所有者调用 grant 授权。",
    },
    "data_access.who_register": {"en": "owner", "zh": "所有者"},
    "data_access.who_grant": {"en": "owner", "zh": "所有者"},
    "data_access.who_revoke": {"en": "owner", "zh": "所有者"},
    "data_access.who_access": {"en": "a reader with a live grant", "zh": "持有有效授权的读取者"},
}
