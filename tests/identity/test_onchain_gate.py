"""A contract gating an action on ``kycLevel(msg.sender) >= 1`` (as the lending pool's borrow does) agrees with
the off-chain ``require_kyc`` at every step: before attestation, after, and after revocation."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain
from ledgerlm.errors import ContractReverted, PolicyViolation
from ledgerlm.identity import attest_kyc, issue, registry, require_kyc, revoke_credential
from ledgerlm.solidity.compiler import compile_sources

GATED = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ICredentialRegistry} from "ICredentialRegistry.sol";

contract Gated {
    ICredentialRegistry public immutable registry;
    uint256 public actions;
    error KycRequired(address account, uint8 level);

    constructor(ICredentialRegistry registry_) { registry = registry_; }

    function act() external {
        uint8 level = registry.kycLevel(msg.sender);
        if (level < 1) revert KycRequired(msg.sender, level);
        actions += 1;
    }
}
"""


def test_contract_gate_matches_policy(chain: Chain, issuer: LocalAccount) -> None:
    contracts_dir = Path(str(resources.files("ledgerlm.identity").joinpath("contracts")))
    art = compile_sources({"Gated.sol": GATED}, roots=[contracts_dir])["Gated"]
    reg = registry.ensure_registry(chain)
    gated = chain.contract(chain.deploy(art, [reg.address]).address, art.abi)
    borrower = chain.dev_accounts[3]

    with pytest.raises(ContractReverted, match="KycRequired"):
        chain.transact(gated.functions.act(), sender=borrower)
    with pytest.raises(PolicyViolation):
        require_kyc(borrower.address, 1, chain)

    registry.add_issuer(chain, issuer.address)
    cred = issue(issuer, borrower.address, {"kyc_level": 1}, chain=chain)
    attest_kyc(cred, issuer, chain)
    chain.transact(gated.functions.act(), sender=borrower)
    assert chain.call(gated.functions.actions()) == 1
    assert require_kyc(borrower.address, 1, chain).level == 1

    revoke_credential(cred, issuer, chain)
    with pytest.raises(ContractReverted, match="KycRequired"):
        chain.transact(gated.functions.act(), sender=borrower)
    with pytest.raises(PolicyViolation):
        require_kyc(borrower.address, 1, chain)
