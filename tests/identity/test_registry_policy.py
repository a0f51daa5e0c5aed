"""CredentialRegistry contract behaviour and the KYC gate built on it."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain
from ledgerlm.config import save_setting
from ledgerlm.errors import ContractReverted, PolicyViolation
from ledgerlm.identity import attest_kyc, gate_action, issue, registry, require_kyc, revoke_credential, store


def test_policy_checks_never_deploy(chain: Chain, holder: LocalAccount) -> None:
    assert registry.registry_address(chain) is None
    with pytest.raises(PolicyViolation, match="KYC level 0"):
        require_kyc(holder.address, 1, chain)
    assert not registry.is_revoked(chain, b"\x01" * 32)
    assert registry.registry_address(chain) is None


def test_registry_deployed_once_per_chain(chain: Chain) -> None:
    first = registry.ensure_registry(chain).address
    assert registry.ensure_registry(chain).address == first
    assert store.registry_addresses()[str(chain.chain_id)] == first


def test_only_owner_manages_issuers(chain: Chain, issuer: LocalAccount) -> None:
    reg = registry.ensure_registry(chain)
    stranger = chain.dev_accounts[1]
    with pytest.raises(ContractReverted, match="OwnableUnauthorizedAccount"):
        chain.transact(reg.functions.addIssuer(issuer.address), sender=stranger)
    registry.add_issuer(chain, issuer.address)
    assert registry.is_trusted_issuer(chain, issuer.address)


def test_kyc_level_follows_expiry_revocation_and_trust(
    chain: Chain, issuer: LocalAccount, holder: LocalAccount
) -> None:
    registry.add_issuer(chain, issuer.address)
    cred = issue(issuer, holder.address, {"kyc_level": 2}, chain=chain, expires_in_s=3600)
    store.trust(cred.issuer)
    with pytest.raises(PolicyViolation, match="KYC level 0"):
        require_kyc(holder.address, 1, chain)
    attest_kyc(cred, issuer, chain)
    assert registry.kyc_level(chain, holder.address) == 2
    status = require_kyc(holder.address, 2, chain)
    assert status.level == 2 and status.source == "chain"
    with pytest.raises(PolicyViolation, match="3 required"):
        require_kyc(holder.address, 3, chain)
    snap = chain.snapshot()
    chain.increase_time(3601)
    assert registry.kyc_level(chain, holder.address) == 0
    chain.revert(snap)
    snap = chain.snapshot()
    registry.remove_issuer(chain, issuer.address)
    assert registry.kyc_level(chain, holder.address) == 0
    chain.revert(snap)
    revoke_credential(cred, issuer, chain)
    assert registry.kyc_level(chain, holder.address) == 0
    with pytest.raises(ContractReverted, match="CredentialIsRevoked"):
        attest_kyc(cred, issuer, chain)


def test_untrusted_issuer_cannot_attest(chain: Chain, holder: LocalAccount) -> None:
    rogue = Account.create()
    cred = issue(rogue, holder.address, {"kyc_level": 2}, chain=chain)
    with pytest.raises(PolicyViolation, match="not a trusted issuer"):
        attest_kyc(cred, rogue, chain)


def test_require_kyc_with_credential(chain: Chain, issuer: LocalAccount, holder: LocalAccount) -> None:
    cred = issue(issuer, holder.address, {"kyc_level": 1}, chain=chain)
    with pytest.raises(PolicyViolation, match="trust list"):
        require_kyc(holder.address, 1, chain, credential=cred)
    store.trust(cred.issuer)
    assert require_kyc(holder.address, 1, chain, credential=cred).source == "credential"
    with pytest.raises(PolicyViolation, match="belongs to"):
        require_kyc(chain.dev_accounts[2].address, 1, chain, credential=cred)
    with pytest.raises(PolicyViolation, match="below"):
        require_kyc(holder.address, 2, chain, credential=cred)


def test_gate_action_thresholds(chain: Chain, holder: LocalAccount) -> None:
    save_setting("policy", "kyc_required_above_usd", 1000)
    assert gate_action("create_contract", holder.address, chain, amount_usd=999) is None
    with pytest.raises(PolicyViolation):
        gate_action("create_contract", holder.address, chain, amount_usd=1001)
    with pytest.raises(PolicyViolation):
        gate_action("borrow", holder.address, chain, amount_usd=1)
