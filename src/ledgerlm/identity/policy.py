"""KYC gates for actions: the assistant's policy calls these before a borrow or a large contract creation.

Two sources of truth, checked in this order:

1. a presented credential (``credential=``): fully verified (signature, dates, trust list, on-chain revocation),
   its subject must be the acting address and its ``kyc_level`` claim at least ``min_level``;
2. otherwise the on-chain attestation ``CredentialRegistry.kycLevel(address)`` (which is what the lending pool
   contract itself enforces, so both layers agree).

Failures raise ``PolicyViolation`` with a bilingual reason and a hint on how to get a credential.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from eth_utils import to_checksum_address
from pydantic import BaseModel

from ledgerlm.chain import Chain
from ledgerlm.config import load_config
from ledgerlm.errors import PolicyViolation
from ledgerlm.identity import registry
from ledgerlm.identity.credentials import Credential
from ledgerlm.identity.did import parse_did
from ledgerlm.identity.verify import verify_credential


class KycStatus(BaseModel):
    address: str
    level: int
    source: Literal["credential", "chain"]
    credential_id: str | None = None
    registry: str | None = None


def min_kyc_level() -> int:
    """``identity.min_kyc_level`` (default 1): the level a gated action needs."""
    return int(load_config().get("identity", {}).get("min_kyc_level", 1))


def require_kyc(
    address: str,
    min_level: int | None = None,
    chain: Chain | None = None,
    *,
    credential: Credential | dict[str, Any] | None = None,
    trusted: list[str] | None = None,
) -> KycStatus:
    """Return the KYC status of ``address`` or raise ``PolicyViolation`` saying why it is not enough."""
    need = min_kyc_level() if min_level is None else int(min_level)
    who = to_checksum_address(address)
    hint = (
        "ask a trusted issuer for a KYC credential: `ledgerlm id issue --issuer NAME --subject DID "
        "--claim kyc_level=1 --attest` / 请向受信任的签发方申请 KYC 凭证"
    )
    if credential is not None:
        result = verify_credential(credential, chain=chain, trusted=trusted, allow_offline=chain is None)
        if not result.valid:
            raise PolicyViolation(f"KYC credential rejected / KYC 凭证无效: {result.reason()}", hint=hint)
        if parse_did(result.subject).address != who:
            raise PolicyViolation(
                f"the KYC credential belongs to {result.subject}, not to {who} / 凭证持有人与操作账户不一致", hint=hint
            )
        level = result.claims.get("kyc_level")
        if isinstance(level, bool) or not isinstance(level, int) or level < need:
            raise PolicyViolation(
                f"KYC level {level!r} in the credential is below the required {need} / KYC 等级不足", hint=hint
            )
        return KycStatus(address=who, level=level, source="credential", credential_id=result.credential_id)
    if chain is None:
        raise PolicyViolation(
            f"cannot check KYC of {who}: no credential and no chain / 无法核验 KYC：既无凭证也未连接链", hint=hint
        )
    level = registry.kyc_level(chain, who)
    if level < need:
        raise PolicyViolation(
            f"{who} has KYC level {level} on chain {chain.chain_id}, {need} required "
            f"(none, expired, revoked or untrusted issuer) / KYC 等级 {level} 低于要求的 {need}",
            hint=hint,
        )
    address_of_registry = registry.registry_address(chain)
    return KycStatus(address=who, level=level, source="chain", registry=address_of_registry)


def kyc_required_for(amount_usd: Decimal | int | float) -> bool:
    """Whether an action of this size needs KYC: ``policy.kyc_required_above_usd`` (default 100000)."""
    threshold = Decimal(str(load_config().get("policy", {}).get("kyc_required_above_usd", 100000)))
    return Decimal(str(amount_usd)) > threshold


def gate_action(
    action: Literal["borrow", "create_contract"],
    address: str,
    chain: Chain | None,
    *,
    amount_usd: Decimal | int | float = 0,
    credential: Credential | dict[str, Any] | None = None,
) -> KycStatus | None:
    """The assistant's policy hook: borrow always needs KYC; contract creation only above the size threshold.
    Returns None when no KYC is needed."""
    if action == "create_contract" and not kyc_required_for(amount_usd):
        return None
    return require_kyc(address, None, chain, credential=credential)
