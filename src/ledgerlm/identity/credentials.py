"""W3C Verifiable Credentials signed with EIP-712 (proof type ``EthereumEip712Signature2021``).

The signed EIP-712 message is rebuilt from the credential's own fields at verification time (never taken from
the proof), so changing a claim, the subject, a date or the issuer breaks the signature. The EIP-712 digest of
that message is the credential's hash: the only thing that goes on-chain (revocation, KYC attestation).

Signed structure (primaryType ``VerifiableCredential``)::

    VerifiableCredential(string id,string credentialType,string issuer,string subject,Claim[] claims,
                         uint256 issuanceDate,uint256 expirationDate)
    Claim(string key,string value)          # value = canonical JSON of the claim value; claims sorted by key

Domain: name "ledgerlm-credentials", version "1", chainId, and verifyingContract = the CredentialRegistry when
the credential was issued against a chain.

The exported credential carries the COMPLETE typed data in ``proof.eip712`` (``domain``, ``types`` with
``EIP712Domain``, ``primaryType`` and ``message``), as the EthereumEip712Signature2021 suite expects, so
``eth_account.Account.recover_message(encode_typed_data(full_message=proof.eip712), signature=proofValue)`` gives
the issuer with no ledgerlm code. Verification still rebuilds the message from the credential's own fields and
requires the embedded one to equal it, so editing either the claims or the embedded message is caught. Dates use
the VC 1.1 terms (``issuanceDate``/``expirationDate``) under the VC 1.1 context; ``validFrom``/``validUntil`` (VC
2.0 terms) are accepted on input only together with the VC 2.0 context.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount
from eth_utils import keccak, to_checksum_address
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ledgerlm.chain import Chain
from ledgerlm.errors import InputError
from ledgerlm.identity import registry, store
from ledgerlm.identity.did import make_did, parse_did

ClaimValue = str | int | bool
DOMAIN_NAME = "ledgerlm-credentials"
DOMAIN_VERSION = "1"
#: the claims (``kyc_level``, ``accredited``...), the credential types (``KYCCredential``...) and the status terms
#: (``LedgerlmCredentialRegistry2026``, ``credentialHash``) are defined by the last, inline context, so that every
#: term of an exported credential has a definition (VC 1.1 terms under the VC 1.1 context, the proof under the
#: suite's context, the rest under ledgerlm's vocabulary)
LEDGERLM_VOCAB = "urn:ledgerlm:credentials#"
VC_CONTEXT: list[Any] = [
    "https://www.w3.org/2018/credentials/v1",
    "https://w3id.org/security/suites/eip712sig-2021/v1",
    {"@vocab": LEDGERLM_VOCAB},
]
VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
PROOF_TYPE = "EthereumEip712Signature2021"
CLOCK_SKEW_S = 300

EIP712_TYPES: dict[str, list[dict[str, str]]] = {
    "Claim": [{"name": "key", "type": "string"}, {"name": "value", "type": "string"}],
    "VerifiableCredential": [
        {"name": "id", "type": "string"},
        {"name": "credentialType", "type": "string"},
        {"name": "issuer", "type": "string"},
        {"name": "subject", "type": "string"},
        {"name": "claims", "type": "Claim[]"},
        {"name": "issuanceDate", "type": "uint256"},
        {"name": "expirationDate", "type": "uint256"},
    ],
}
_CLAIM_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class Proof(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["EthereumEip712Signature2021"]
    created: str
    proofPurpose: Literal["assertionMethod"] = "assertionMethod"  # noqa: N815 (W3C field name)
    verificationMethod: str  # noqa: N815
    proofValue: str  # noqa: N815
    eip712: dict[str, Any]


class Credential(BaseModel):
    """A W3C VC data-model credential as stored in ``cred.json``."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")

    context: list[Any] = Field(alias="@context")
    id: str
    type: list[str]
    issuer: str
    issuanceDate: str  # noqa: N815
    validFrom: str | None = None  # noqa: N815 (VC 2.0 term: only with the VC 2.0 context)
    expirationDate: str  # noqa: N815
    validUntil: str | None = None  # noqa: N815
    credentialSubject: dict[str, Any]  # noqa: N815
    credentialStatus: dict[str, Any] | None = None  # noqa: N815
    proof: Proof

    @property
    def subject(self) -> str:
        return str(self.credentialSubject.get("id", ""))

    @property
    def claims(self) -> dict[str, ClaimValue]:
        return {k: v for k, v in self.credentialSubject.items() if k != "id"}

    @property
    def credential_type(self) -> str:
        extra = [t for t in self.type if t != "VerifiableCredential"]
        return extra[0] if extra else "VerifiableCredential"

    @property
    def issued_s(self) -> int:
        return _parse_time(self.issuanceDate, "issuanceDate")

    @property
    def expires_s(self) -> int:
        return _parse_time(self.expirationDate, "expirationDate")

    @property
    def domain(self) -> dict[str, Any]:
        return dict(self.proof.eip712.get("domain", {}))

    @property
    def hash(self) -> str:
        """The EIP-712 digest: the credential's identity on-chain."""
        return "0x" + signable_digest(typed_data(self)).hex()

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_none=True)

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> Credential:
        try:
            raw = json.loads(data) if isinstance(data, str) else data
            return cls.model_validate(raw)
        except (ValidationError, json.JSONDecodeError) as exc:
            raise InputError(
                f"not a ledgerlm credential: {str(exc).splitlines()[0]} / 不是有效的凭证文件",
                hint="pass the JSON written by `ledgerlm id issue --out FILE`",
            ) from None


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: str, field: str) -> int:
    try:
        return int(datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())
    except ValueError:
        raise InputError(f"credential {field} {value!r} is not YYYY-MM-DDTHH:MM:SSZ") from None


def _canonical(value: ClaimValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def parse_claim(text: str) -> tuple[str, ClaimValue]:
    """``kyc_level=2`` -> ("kyc_level", 2); ``accredited=true`` -> bool; anything else stays a string."""
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not _CLAIM_KEY.match(key):
        raise InputError(
            f"bad claim {text!r} / 声明格式错误", hint="write key=value with a lower-case key, e.g. kyc_level=2"
        )
    raw = raw.strip()
    value: ClaimValue
    if re.fullmatch(r"-?\d{1,18}", raw):
        value = int(raw)
    elif raw.lower() in ("true", "false"):
        value = raw.lower() == "true"
    else:
        value = raw
    return key, value


def _check_claims(claims: dict[str, ClaimValue]) -> None:
    for key, value in claims.items():
        if not _CLAIM_KEY.match(key):
            raise InputError(f"bad claim key {key!r}", hint="lower-case letters, digits and '_'")
        if not isinstance(value, (str, int, bool)):
            raise InputError(f"claim {key} must be a string, integer or boolean")
    if "kyc_level" in claims:
        level = claims["kyc_level"]
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 255:
            raise InputError(f"kyc_level must be an integer 0-255, got {level!r}")


def typed_data(cred: Credential) -> dict[str, Any]:
    """The full EIP-712 payload for ``cred``, rebuilt from its fields (domain from the proof)."""
    domain = cred.domain
    domain_types = domain_types_for(domain)
    message = {
        "id": cred.id,
        "credentialType": cred.credential_type,
        "issuer": cred.issuer,
        "subject": cred.subject,
        "claims": [{"key": k, "value": _canonical(v)} for k, v in sorted(cred.claims.items())],
        "issuanceDate": cred.issued_s,
        "expirationDate": cred.expires_s,
    }
    return {
        "types": {"EIP712Domain": domain_types, **EIP712_TYPES},
        "primaryType": "VerifiableCredential",
        "domain": domain,
        "message": message,
    }


def domain_types_for(domain: dict[str, Any]) -> list[dict[str, str]]:
    types = [
        {"name": "name", "type": "string"},
        {"name": "version", "type": "string"},
        {"name": "chainId", "type": "uint256"},
    ]
    if "verifyingContract" in domain:
        types.append({"name": "verifyingContract", "type": "address"})
    return types


def signable_digest(full: dict[str, Any]) -> bytes:
    signable = encode_typed_data(full_message=full)
    return keccak(b"\x19" + signable.version + signable.header + signable.body)


def recover_signer(cred: Credential) -> str:
    signable = encode_typed_data(full_message=typed_data(cred))
    return to_checksum_address(Account.recover_message(signable, signature=cred.proof.proofValue))


def _type_for(claims: dict[str, ClaimValue]) -> str:
    if "kyc_level" in claims:
        return "KYCCredential"
    if "accredited" in claims:
        return "AccreditedInvestorCredential"
    return "ClaimsCredential"


def parse_duration_s(text: str) -> int:
    """``365d``, ``12h``, ``30m``, ``90s``, ``2w``, ``1y`` -> seconds."""
    m = re.fullmatch(r"\s*(\d+)\s*([smhdwy]?)\s*", text)
    if not m or int(m.group(1)) <= 0:
        raise InputError(f"bad duration {text!r} / 时长格式错误", hint="e.g. 365d, 12h, 30m, 2w, 1y")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}[m.group(2)]
    return int(m.group(1)) * unit


def issue(
    issuer: LocalAccount,
    subject: str,
    claims: dict[str, ClaimValue],
    *,
    expires_in_s: int = 365 * 86400,
    chain: Chain | None = None,
    chain_id: int | None = None,
    credential_type: str | None = None,
    now_s: int | None = None,
    did_method: str = "pkh",
    issuer_did: str | None = None,
) -> Credential:
    """Sign a credential for ``subject`` (a DID or an address) with the issuer's key.

    With ``chain`` the credential is bound to that chain's CredentialRegistry (domain verifyingContract), so it
    can be revoked there; without, only ``chain_id`` (default ``identity.chain_id``) is bound. The issuer is the
    signing account's did:pkh (``did_method="pkh"``) or did:ethr (``"ethr"``) DID, or ``issuer_did``: a did:ethr
    identity whose owner or delegate (in the chain's EthereumDIDRegistry) the signing account is.
    """
    if not claims:
        raise InputError("a credential needs at least one claim / 至少需要一个声明", hint="e.g. --claim kyc_level=2")
    _check_claims(claims)
    if expires_in_s <= 0:
        raise InputError("expiry must be in the future / 过期时间必须晚于现在")
    cid = chain.chain_id if chain is not None else (chain_id or store.default_chain_id())
    subject_did = parse_did(subject) if subject.startswith("did:") else make_did(subject, cid)
    issuer_id = parse_did(issuer_did) if issuer_did else make_did(issuer.address, cid, did_method)
    now = now_s if now_s is not None else (chain.now() if chain is not None else int(time.time()))
    domain: dict[str, Any] = {"name": DOMAIN_NAME, "version": DOMAIN_VERSION, "chainId": cid}
    status = None
    if chain is not None:
        reg = registry.ensure_registry(chain)
        domain["verifyingContract"] = reg.address
        status = {"type": "LedgerlmCredentialRegistry2026", "id": f"eip155:{cid}:{reg.address}"}
    body: dict[str, Any] = {
        "@context": VC_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", credential_type or _type_for(claims)],
        "issuer": str(issuer_id),
        "issuanceDate": _iso(now),
        "expirationDate": _iso(now + expires_in_s),
        "credentialSubject": {"id": str(subject_did), **claims},
        "proof": {
            "type": PROOF_TYPE,
            "created": _iso(now),
            "proofPurpose": "assertionMethod",
            "verificationMethod": issuer_id.verification_method_id,
            "proofValue": "0x",
            "eip712": {"domain": domain, "types": EIP712_TYPES, "primaryType": "VerifiableCredential"},
        },
    }
    if status is not None:
        body["credentialStatus"] = status
    cred = Credential.model_validate(body)
    full = typed_data(cred)
    # the complete typed data, as the suite expects: a standard verifier needs nothing else
    cred.proof.eip712 = {k: full[k] for k in ("domain", "types", "primaryType", "message")}
    signed = issuer.sign_message(encode_typed_data(full_message=full))
    cred.proof.proofValue = "0x" + bytes(signed.signature).hex()
    if status is not None:
        cred.credentialStatus = {**status, "credentialHash": cred.hash}
    return cred
