"""Credential verification: every check is run and reported, so a refusal says exactly what failed.

Checks: ``format`` (types/dates consistent), ``signature`` (EIP-712 signer == issuer DID account), ``dates``
(issued, not expired, by chain time when a chain is given), ``issuer_trusted`` (trust list), ``domain`` (bound to
this chain and its registry) and ``revocation`` (``CredentialRegistry.isRevoked`` on-chain). Without a chain the
revocation check is reported as not run (``ok: null``) and ``valid`` is only true when ``allow_offline``.
"""

from __future__ import annotations

import json
import time
from typing import Any

from eth_utils import to_checksum_address
from pydantic import BaseModel

from ledgerlm.chain import Chain
from ledgerlm.errors import InputError, LedgerError, PolicyViolation
from ledgerlm.identity import devissuer, ethr, registry, store
from ledgerlm.identity.credentials import (
    CLOCK_SKEW_S,
    DOMAIN_NAME,
    DOMAIN_VERSION,
    EIP712_TYPES,
    VC2_CONTEXT,
    Credential,
    domain_types_for,
    recover_signer,
    typed_data,
)
from ledgerlm.identity.did import parse_did


class Check(BaseModel):
    name: str
    ok: bool | None  # None: not run
    detail: str


class Verification(BaseModel):
    valid: bool
    credential_id: str
    credential_hash: str
    issuer: str
    subject: str
    credential_type: str
    claims: dict[str, Any]
    expires: str
    checks: list[Check]

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.ok is False]

    def reason(self) -> str:
        failed = self.failures or [c for c in self.checks if c.ok is None]
        return "; ".join(f"{c.name}: {c.detail}" for c in failed) or "valid"


def verify_credential(
    cred: Credential | dict[str, Any],
    *,
    chain: Chain | None = None,
    trusted: list[str] | None = None,
    now_s: int | None = None,
    allow_offline: bool = False,
) -> Verification:
    """Run all checks. ``trusted`` overrides the stored trust list (DIDs); ``now_s`` overrides the clock."""
    c = cred if isinstance(cred, Credential) else Credential.from_json(cred)
    checks: list[Check] = []

    def add(name: str, ok: bool | None, detail: str) -> None:
        checks.append(Check(name=name, ok=ok, detail=detail))

    # format ------------------------------------------------------------------------------------------------
    problems = []
    if c.validFrom is not None or c.validUntil is not None:
        if VC2_CONTEXT not in c.context:
            problems.append("validFrom/validUntil are VC 2.0 terms but the credential has no VC 2.0 context")
        if c.validFrom not in (None, c.issuanceDate) or c.validUntil not in (None, c.expirationDate):
            problems.append("validFrom/validUntil differ from issuanceDate/expirationDate")
    if "VerifiableCredential" not in c.type:
        problems.append("type lacks VerifiableCredential")
    embedded_types = {k: v for k, v in dict(c.proof.eip712.get("types") or {}).items() if k != "EIP712Domain"}
    if embedded_types != EIP712_TYPES or c.proof.eip712.get("primaryType") != "VerifiableCredential":
        problems.append("unsupported EIP-712 types")
    if "EIP712Domain" in (c.proof.eip712.get("types") or {}) and (
        c.proof.eip712["types"]["EIP712Domain"] != domain_types_for(c.domain)
    ):
        problems.append("proof.eip712.types.EIP712Domain does not match the domain")
    if "message" in c.proof.eip712:
        try:
            rebuilt = typed_data(c)["message"]
        except (LedgerError, ValueError, TypeError):
            rebuilt = None
        if json.loads(json.dumps(c.proof.eip712["message"])) != json.loads(json.dumps(rebuilt)):
            problems.append("proof.eip712.message does not match the credential's fields")
    domain = c.domain
    if domain.get("name") != DOMAIN_NAME or domain.get("version") != DOMAIN_VERSION:
        problems.append(f"EIP-712 domain must be {DOMAIN_NAME!r} version {DOMAIN_VERSION!r}")
    try:
        issuer_did = parse_did(c.issuer)
        parse_did(c.subject)
        issued, expires = c.issued_s, c.expires_s
    except InputError as exc:
        problems.append(exc.message)
        issuer_did, issued, expires = None, 0, 0
    if issuer_did and domain.get("chainId") != issuer_did.chain_id:
        problems.append("issuer DID chain id differs from the signed chainId")
    stated = (c.credentialStatus or {}).get("credentialHash")
    computed = ""
    try:
        computed = c.hash
    except (LedgerError, ValueError, TypeError) as exc:
        problems.append(f"cannot encode EIP-712 message: {exc}")
    if stated and computed and stated.lower() != computed.lower():
        problems.append("credentialStatus.credentialHash does not match the credential")
    add("format", not problems, "; ".join(problems) or "W3C VC shape, EIP-712 types and domain as expected")

    # signature ---------------------------------------------------------------------------------------------
    if issuer_did and computed:
        try:
            signer = recover_signer(c)
        except Exception as exc:  # malformed signature bytes of any kind
            add("signature", False, f"signature cannot be recovered: {type(exc).__name__}")
        else:
            allowed = {issuer_did.address}
            if issuer_did.method == "ethr" and chain is not None and chain.chain_id == issuer_did.chain_id:
                allowed = ethr.state(issuer_did, chain).signers()  # ERC-1056 owner and delegates now
            ok = signer in allowed
            add(
                "signature",
                ok,
                "signed by the issuer"
                if ok
                else f"signed by {signer}, not by the issuer (forged or tampered) / 签名不匹配（伪造或被篡改）",
            )
    else:
        add("signature", False, "not checked: credential is malformed")

    # dates -------------------------------------------------------------------------------------------------
    now = now_s if now_s is not None else (chain.now() if chain is not None else int(time.time()))
    if not expires:
        add("dates", False, "dates unreadable")
    elif now >= expires:
        add("dates", False, f"expired at {c.expirationDate} / 凭证已过期")
    elif now + CLOCK_SKEW_S < issued:
        add("dates", False, f"not valid before {c.issuanceDate}")
    else:
        add("dates", True, f"valid until {c.expirationDate}")

    # issuer trust ------------------------------------------------------------------------------------------
    if issuer_did is None:
        add("issuer_trusted", False, "issuer DID unreadable")
    elif (dev := devissuer.trusted_on(chain, c.issuer)) is not None:
        add(
            "issuer_trusted",
            dev,
            f"{devissuer.label()}: trusted on this local chain only"
            if dev
            else f"{c.issuer} is the {devissuer.label()}, trusted only on local chains, never here",
        )
    else:
        if trusted is not None:
            ok = any(parse_did(t).address == issuer_did.address for t in trusted)
        else:
            ok = store.is_trusted(c.issuer)
        add(
            "issuer_trusted",
            ok,
            "issuer is on the trust list" if ok else f"{c.issuer} is not on the trust list / 签发方不在信任列表中",
        )

    # domain + revocation -----------------------------------------------------------------------------------
    if chain is None:
        add("domain", None, "no chain given")
        add("revocation", None if allow_offline else False, "not checked: no chain given / 未连接链，无法检查吊销")
    else:
        reg_address = registry.registry_address(chain)
        bound = domain.get("verifyingContract")
        problems = []
        if domain.get("chainId") != chain.chain_id:
            problems.append(f"issued for chain {domain.get('chainId')}, verifying on {chain.chain_id}")
        if bound and (reg_address is None or to_checksum_address(bound) != reg_address):
            problems.append(f"bound to registry {bound}, which is not this chain's registry")
        add("domain", not problems, "; ".join(problems) or f"bound to chain {chain.chain_id}")
        if not computed:
            add("revocation", False, "no credential hash")
        elif reg_address is None:
            add("revocation", True, "no registry on this chain yet, so nothing can have been revoked")
        else:
            revoked = registry.is_revoked(chain, computed)
            add("revocation", not revoked, "revoked on-chain / 已在链上吊销" if revoked else "not revoked")

    valid = all(ch.ok is not False for ch in checks) and (
        allow_offline or all(ch.ok is not None for ch in checks if ch.name == "revocation")
    )
    return Verification(
        valid=valid,
        credential_id=c.id,
        credential_hash=computed,
        issuer=c.issuer,
        subject=c.subject,
        credential_type=c.credential_type,
        claims=c.claims,
        expires=c.expirationDate,
        checks=checks,
    )


def require_valid(cred: Credential | dict[str, Any], **kwargs: Any) -> Verification:
    """``verify_credential`` that raises ``PolicyViolation`` naming the failed checks."""
    result = verify_credential(cred, **kwargs)
    if not result.valid:
        raise PolicyViolation(
            f"credential {result.credential_id} is not valid / 凭证无效: {result.reason()}",
            hint="ask a trusted issuer for a fresh credential (`ledgerlm id issue`)",
        )
    return result
