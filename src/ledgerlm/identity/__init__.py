"""Decentralized identity: did:pkh and did:ethr (ERC-1056) DIDs, EIP-712 Verifiable Credentials, an on-chain
CredentialRegistry (revocation + KYC attestations), KYC gates for actions and, on local chains only, a local dev
issuer (not a real KYC provider) that lets the dev accounts through those gates visibly.

    from ledgerlm.chain import connect
    from ledgerlm import identity
    chain = connect("memory")
    alice = identity.store.create("alice", password="pw")          # key only in an encrypted V3 keystore
    identity.resolve(alice.did(chain.chain_id))                     # DID document
    cred = identity.issue(issuer_account, str(alice.did(chain.chain_id)), {"kyc_level": 2}, chain=chain)
    identity.verify_credential(cred, chain=chain).valid
    identity.revoke_credential(cred, issuer_account, chain)
    identity.require_kyc(alice.address, 1, chain)                   # raises PolicyViolation when not enough
"""

from __future__ import annotations

from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain, TxResult
from ledgerlm.errors import InputError, PolicyViolation
from ledgerlm.identity import devissuer, ethr, registry, store
from ledgerlm.identity.credentials import Credential, issue, parse_claim, parse_duration_s
from ledgerlm.identity.did import Did, make_did, parse_did, resolve
from ledgerlm.identity.policy import KycStatus, gate_action, kyc_required_for, require_kyc
from ledgerlm.identity.presentation import Presentation, present, verify_presentation
from ledgerlm.identity.verify import Check, Verification, require_valid, verify_credential


def revoke_credential(cred: Credential, issuer: LocalAccount, chain: Chain) -> TxResult:
    """Revoke on-chain by the credential's EIP-712 hash; only its issuer (a trusted issuer) may do so."""
    if parse_did(cred.issuer).address != issuer.address:
        raise PolicyViolation(
            f"only the issuer {cred.issuer} may revoke this credential / 只有签发方可以吊销该凭证",
            hint="run `ledgerlm id revoke` with the issuer's identity",
        )
    return registry.revoke(chain, cred.hash, issuer)


def attest_kyc(cred: Credential, issuer: LocalAccount, chain: Chain) -> TxResult:
    """Record the credential's KYC level on-chain so contracts can require ``kycLevel(subject) >= n``."""
    level = cred.claims.get("kyc_level")
    if isinstance(level, bool) or not isinstance(level, int) or level < 1:
        raise InputError("only a credential with kyc_level >= 1 can be attested on-chain / 仅 KYC 凭证可上链登记")
    if parse_did(cred.issuer).address != issuer.address:
        raise PolicyViolation(f"only the issuer {cred.issuer} may attest this credential")
    return registry.attest(chain, parse_did(cred.subject).address, level, cred.expires_s, cred.hash, issuer)


__all__ = [
    "Check",
    "Credential",
    "Did",
    "KycStatus",
    "Presentation",
    "Verification",
    "attest_kyc",
    "devissuer",
    "ethr",
    "gate_action",
    "issue",
    "kyc_required_for",
    "make_did",
    "parse_claim",
    "parse_did",
    "parse_duration_s",
    "present",
    "registry",
    "require_kyc",
    "require_valid",
    "resolve",
    "revoke_credential",
    "store",
    "verify_credential",
    "verify_presentation",
]
