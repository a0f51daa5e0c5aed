"""What the KYC gates and the local dev issuer say, English and Chinese side by side (``ledgerlm.i18n`` catalogue
``identity``). A refusal comes in the user's language; where that is unknown, in both (``english / 中文``)."""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES: dict[str, dict[str, str]] = {
    "dev_issuer_label": {"en": "local dev issuer (not a real KYC provider)", "zh": "本地开发签发方（非真实 KYC 机构）"},
    "dev_attested": {
        "en": "KYC: dev attestation from the local dev issuer (not a real KYC provider), local chain only",
        "zh": "KYC：本地开发签发方（非真实 KYC 机构）的开发用认证，仅限本地链",
    },
    "dev_issuer_local_only": {
        "en": "the local dev issuer (not a real KYC provider) works only on local chains (memory, managed anvil); "
        "chain {chain_id} is not one",
        "zh": "本地开发签发方（非真实 KYC 机构）只能用于本地链（内存链、托管的 anvil）；链 {chain_id} 不是本地链",
    },
    "dev_issuer_foreign_registry": {
        "en": "the CredentialRegistry {registry} is owned by {owner}, whose key ledgerlm does not hold, so the local "
        "dev issuer cannot be trusted there",
        "zh": "登记合约 {registry} 的所有者是 {owner}，ledgerlm 没有其私钥，因此无法在该合约中信任本地开发签发方",
    },
    "hint_local": {
        "en": "on this local chain, get a dev attestation from the local dev issuer (not a real KYC provider)",
        "zh": "在本地链上可由本地开发签发方（非真实 KYC 机构）签发开发用认证",
    },
    "hint_real": {
        "en": "ask a real KYC provider for a credential for this account and trust it; the issuers you trust now",
        "zh": "请向真实的 KYC 机构申请该账户的凭证并信任该机构；当前受信任的签发方",
    },
    "hint_command": {"en": "{text}: `{command}`", "zh": "{text}：`{command}`"},
    "credential_rejected": {"en": "KYC credential rejected: {reason}", "zh": "KYC 凭证无效：{reason}"},
    "credential_other_subject": {
        "en": "the KYC credential belongs to {subject}, not to {who}",
        "zh": "KYC 凭证属于 {subject}，不是操作账户 {who}",
    },
    "credential_level_low": {
        "en": "KYC level {level} in the credential is below the required {need}",
        "zh": "凭证中的 KYC 等级 {level} 低于要求的 {need}",
    },
    "no_credential_no_chain": {
        "en": "cannot check KYC of {who}: no credential and no chain",
        "zh": "无法核验 {who} 的 KYC：既无凭证也未连接链",
    },
    "dev_only_elsewhere": {
        "en": "{who} is attested only by the local dev issuer (not a real KYC provider), which is never trusted on "
        "chain {chain_id}",
        "zh": "{who} 只有本地开发签发方（非真实 KYC 机构）的认证，该签发方在链 {chain_id} 上不被信任",
    },
    "level_low": {
        "en": "{who} has KYC level {level} on chain {chain_id}, {need} required "
        "(none, expired, revoked or untrusted issuer)",
        "zh": "{who} 在链 {chain_id} 上的 KYC 等级 {level} 低于要求的 {need}（无认证、已过期、已吊销或签发方不受信任）",
    },
}

CATALOGUE = Catalogue("identity", MESSAGES)
