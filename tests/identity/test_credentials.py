"""Issue / verify / revoke against a real in-process EVM with the real CredentialRegistry."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain
from ledgerlm.errors import InputError, PolicyViolation
from ledgerlm.identity import (
    Credential,
    issue,
    present,
    registry,
    revoke_credential,
    store,
    verify_credential,
    verify_presentation,
)
from ledgerlm.identity.credentials import typed_data


def _checks(result) -> dict[str, bool | None]:  # type: ignore[no-untyped-def]
    return {c.name: c.ok for c in result.checks}


def _trusted_cred(chain: Chain, issuer: LocalAccount, holder: LocalAccount, **kw) -> Credential:  # type: ignore[no-untyped-def]
    cred = issue(issuer, holder.address, {"kyc_level": 2, "accredited": True}, chain=chain, **kw)
    store.trust(cred.issuer)
    return cred


def test_valid_credential_shape_and_checks(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder)
    data = cred.to_json()
    assert data["@context"][0] == "https://www.w3.org/2018/credentials/v1"
    assert data["type"] == ["VerifiableCredential", "KYCCredential"]
    assert data["proof"]["type"] == "EthereumEip712Signature2021"
    assert data["proof"]["eip712"]["domain"]["verifyingContract"] == registry.registry_address(chain)
    assert data["credentialSubject"]["id"].endswith(holder.address)
    result = verify_credential(Credential.from_json(data), chain=chain)
    assert result.valid, result.reason()
    assert all(_checks(result).values())


def test_forged_signature(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder)
    forger = Account.create()
    forged = forger.sign_message(encode_typed_data(full_message=typed_data(cred)))
    data = cred.to_json()
    data["proof"]["proofValue"] = "0x" + bytes(forged.signature).hex()
    result = verify_credential(data, chain=chain)
    assert not result.valid and _checks(result)["signature"] is False
    data["proof"]["proofValue"] = "0x1234"
    assert _checks(verify_credential(data, chain=chain))["signature"] is False


def test_tampered_claims_subject_and_dates(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder)
    for mutate in (
        lambda d: d["credentialSubject"].update(kyc_level=3),
        lambda d: d["credentialSubject"].update(id=d["credentialSubject"]["id"][:-4] + "0000"),
        lambda d: d.update(expirationDate="2099-01-01T00:00:00Z", validUntil="2099-01-01T00:00:00Z"),
        lambda d: d.update(validUntil="2099-01-01T00:00:00Z"),
    ):
        data = cred.to_json()
        mutate(data)
        result = verify_credential(data, chain=chain)
        assert not result.valid, data


def test_expired_by_chain_time(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder, expires_in_s=3600)
    assert verify_credential(cred, chain=chain).valid
    snap = chain.snapshot()
    try:
        chain.increase_time(3601)
        result = verify_credential(cred, chain=chain)
        assert not result.valid and _checks(result)["dates"] is False
        assert "expired" in result.reason()
    finally:
        chain.revert(snap)


def test_untrusted_issuer(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = issue(issuer, holder.address, {"kyc_level": 1}, chain=chain)
    result = verify_credential(cred, chain=chain)
    assert not result.valid and _checks(result)["issuer_trusted"] is False
    assert verify_credential(cred, chain=chain, trusted=[cred.issuer]).valid


def test_revoked_on_chain(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder)
    with pytest.raises(PolicyViolation, match="not a trusted issuer"):
        revoke_credential(cred, issuer, chain)
    registry.add_issuer(chain, issuer.address)
    with pytest.raises(PolicyViolation, match="only the issuer"):
        revoke_credential(cred, Account.create(), chain)
    tx = revoke_credential(cred, issuer, chain)
    assert tx.event("CredentialRevoked")["args"]["credentialHash"].hex() == cred.hash.removeprefix("0x")
    assert registry.is_revoked(chain, cred.hash)
    result = verify_credential(cred, chain=chain)
    assert not result.valid and _checks(result)["revocation"] is False


def test_offline_verification_reports_unchecked_revocation(issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = issue(issuer, holder.address, {"kyc_level": 1}, chain_id=31337)
    store.trust(cred.issuer)
    assert "verifyingContract" not in cred.to_json()["proof"]["eip712"]["domain"]
    strict = verify_credential(cred)
    assert not strict.valid and _checks(strict)["revocation"] is False
    assert verify_credential(cred, allow_offline=True).valid


def test_wrong_chain_is_rejected(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = issue(issuer, holder.address, {"kyc_level": 1}, chain_id=1)
    result = verify_credential(cred, chain=chain, trusted=[cred.issuer])
    assert _checks(result)["domain"] is False and not result.valid


def test_bad_input(issuer: LocalAccount, holder: LocalAccount) -> None:
    with pytest.raises(InputError):
        issue(issuer, holder.address, {}, chain_id=1)
    with pytest.raises(InputError, match="kyc_level"):
        issue(issuer, holder.address, {"kyc_level": 300}, chain_id=1)
    with pytest.raises(InputError):
        Credential.from_json('{"not": "a credential"}')


def test_presentation(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = _trusted_cred(chain, issuer, holder)
    vp = present([cred], holder, challenge="nonce-123")
    results = verify_presentation(vp.to_json(), "nonce-123", chain=chain)
    assert results[0].valid
    with pytest.raises(PolicyViolation, match="challenge"):
        verify_presentation(vp, "other", chain=chain)
    with pytest.raises(InputError):
        present([cred], Account.create(), challenge="x")
