"""Verifiable Presentations: the holder proves control of the credential's subject account.

A credential alone can be copied by anyone who saw it; a presentation adds the holder's EIP-712 signature over
the credential hashes and a verifier-chosen ``challenge`` (nonce), so it cannot be replayed to another verifier
or session. Signed structure: ``Presentation(string holder,bytes32[] credentials,string challenge,uint256 created)``.
"""

from __future__ import annotations

import time
from typing import Any

from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from pydantic import BaseModel, ConfigDict, Field

from ledgerlm.chain import Chain
from ledgerlm.errors import InputError, PolicyViolation
from ledgerlm.identity.credentials import DOMAIN_NAME, DOMAIN_VERSION, VC_CONTEXT, Credential
from ledgerlm.identity.did import make_did, parse_did
from ledgerlm.identity.verify import Verification, verify_credential

_TYPES = {
    "Presentation": [
        {"name": "holder", "type": "string"},
        {"name": "credentials", "type": "bytes32[]"},
        {"name": "challenge", "type": "string"},
        {"name": "created", "type": "uint256"},
    ]
}
_DOMAIN_TYPES = [
    {"name": "name", "type": "string"},
    {"name": "version", "type": "string"},
    {"name": "chainId", "type": "uint256"},
]


class Presentation(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    context: list[Any] = Field(alias="@context", default_factory=lambda: list(VC_CONTEXT))
    type: list[str] = Field(default_factory=lambda: ["VerifiablePresentation"])
    holder: str
    verifiableCredential: list[dict[str, Any]]  # noqa: N815
    challenge: str
    created: int
    proofValue: str  # noqa: N815

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True)


def _typed(holder: str, hashes: list[str], challenge: str, created: int) -> dict[str, Any]:
    chain_id = parse_did(holder).chain_id
    return {
        "types": {"EIP712Domain": _DOMAIN_TYPES, **_TYPES},
        "primaryType": "Presentation",
        "domain": {"name": DOMAIN_NAME, "version": DOMAIN_VERSION, "chainId": chain_id},
        "message": {
            "holder": holder,
            "credentials": [bytes.fromhex(h.removeprefix("0x")) for h in hashes],
            "challenge": challenge,
            "created": created,
        },
    }


def present(credentials: list[Credential], holder: LocalAccount, challenge: str) -> Presentation:
    """Wrap credentials (all about ``holder``) in a presentation signed by the holder for ``challenge``."""
    if not credentials or not challenge:
        raise InputError("a presentation needs at least one credential and the verifier's challenge")
    subject = parse_did(credentials[0].subject)
    for cred in credentials:
        if parse_did(cred.subject).address != holder.address:
            raise InputError(f"credential {cred.id} is about {cred.subject}, not the holder {holder.address}")
    holder_did = str(make_did(holder.address, subject.chain_id))
    created = int(time.time())
    hashes = [c.hash for c in credentials]
    signed = holder.sign_message(encode_typed_data(full_message=_typed(holder_did, hashes, challenge, created)))
    return Presentation(
        holder=holder_did,
        verifiableCredential=[c.to_json() for c in credentials],
        challenge=challenge,
        created=created,
        proofValue="0x" + bytes(signed.signature).hex(),
    )


def verify_presentation(
    vp: Presentation | dict[str, Any], challenge: str, *, chain: Chain | None = None, **kwargs: Any
) -> list[Verification]:
    """Check the holder signature and challenge, then verify each credential; raises ``PolicyViolation``."""
    p = vp if isinstance(vp, Presentation) else Presentation.model_validate(vp)
    if p.challenge != challenge:
        raise PolicyViolation("presentation was made for another challenge (replay?) / 挑战值不匹配")
    creds = [Credential.from_json(c) for c in p.verifiableCredential]
    signable = encode_typed_data(full_message=_typed(p.holder, [c.hash for c in creds], p.challenge, p.created))
    signer = to_checksum_address(Account.recover_message(signable, signature=p.proofValue))
    if signer != parse_did(p.holder).address:
        raise PolicyViolation("presentation not signed by its holder / 出示者签名无效")
    results = []
    for cred in creds:
        if parse_did(cred.subject).address != signer:
            raise PolicyViolation(f"credential {cred.id} is not about the holder / 凭证主体不是出示者")
        result = verify_credential(cred, chain=chain, **kwargs)
        if not result.valid:
            raise PolicyViolation(f"credential {cred.id} is not valid / 凭证无效: {result.reason()}")
        results.append(result)
    return results
