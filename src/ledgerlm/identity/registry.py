"""The on-chain ``CredentialRegistry``: deployed once per chain, remembered in ``identity/registry.json``.

A remembered address is reused only if code is still there (an in-memory chain or a restarted anvil forgets
its contracts; then it is deployed again and the new address remembered). Issuers pay their own gas; on local
chains a fresh issuer key is funded from the chain's first dev account so that the CLI just works.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from web3.contract import Contract

from ledgerlm.chain import Chain, TxResult
from ledgerlm.errors import ChainError, ContractReverted, PolicyViolation
from ledgerlm.identity import store
from ledgerlm.solidity.artifact import Artifact

LOCAL_FUNDING_WEI = 10**18  # 1 test ETH for an issuer's gas on local chains


def source(name: str = "CredentialRegistry") -> str:
    return resources.files("ledgerlm.identity").joinpath("contracts", f"{name}.sol").read_text("utf-8")


@cache
def _artifact_for(source_text: str, name: str = "CredentialRegistry") -> Artifact:
    from ledgerlm.solidity.compiler import compile_sources

    return compile_sources({f"{name}.sol": source_text}, strict=True)[name]


def artifact(name: str = "CredentialRegistry") -> Artifact:
    """The compiled contract ``name`` shipped in ``identity/contracts`` (CredentialRegistry, EthereumDIDRegistry)."""
    return _artifact_for(source(name), name)


def remembered_address(chain: Chain, name: str = "CredentialRegistry") -> str | None:
    """The remembered deployment of ``name`` on this chain, if it still has code."""
    address = store.remembered_addresses(name).get(str(chain.chain_id))
    if address and chain.code(address):
        return to_checksum_address(address)
    return None


def registry_address(chain: Chain) -> str | None:
    """The remembered registry on this chain, if it still has code."""
    return remembered_address(chain)


def deployed_once(chain: Chain, name: str, deployment: Callable[[], tuple[list[Any], LocalAccount]]) -> Contract:
    """The contract ``name`` on ``chain``: the remembered one while it has code, else deployed now (constructor
    arguments and sender from ``deployment``, asked only then: a keystore signer may prompt) and remembered."""
    art = artifact(name)
    address = remembered_address(chain, name)
    if address is None:
        args, sender = deployment()
        result = chain.deploy(art, args, sender=sender)
        assert result.address is not None
        address = result.address
        store.remember_address(name, chain.chain_id, address)
    return chain.contract(address, art.abi)


def ensure_registry(chain: Chain, *, owner: LocalAccount | None = None) -> Contract:
    """The registry contract on ``chain``, deploying it (owner = ``owner`` or the chain's default account) once."""

    def deployment() -> tuple[list[Any], LocalAccount]:
        sender = owner or chain.default_account
        return [sender.address], sender

    return deployed_once(chain, "CredentialRegistry", deployment)


def fund_if_local(chain: Chain, account: LocalAccount) -> None:
    if chain.is_local and chain.balance(account.address) < LOCAL_FUNDING_WEI // 10:
        chain.send_eth(account.address, LOCAL_FUNDING_WEI)


def add_issuer(chain: Chain, issuer_address: str, *, owner: LocalAccount | None = None) -> TxResult:
    from ledgerlm.identity import devissuer

    if devissuer.is_dev_issuer(issuer_address):
        devissuer.require_local(chain)  # its key is public: it must never be trusted on a real network
    reg = ensure_registry(chain, owner=owner)
    return chain.transact(
        reg.functions.addIssuer(to_checksum_address(issuer_address)), sender=owner, expect_events=("IssuerAdded",)
    )


def remove_issuer(chain: Chain, issuer_address: str, *, owner: LocalAccount | None = None) -> TxResult:
    reg = ensure_registry(chain, owner=owner)
    return chain.transact(
        reg.functions.removeIssuer(to_checksum_address(issuer_address)), sender=owner, expect_events=("IssuerRemoved",)
    )


def _existing(chain: Chain) -> Contract | None:
    """The registry for read-only questions: never deploys (a policy check must not send transactions)."""
    address = registry_address(chain)
    return chain.contract(address, artifact().abi) if address else None


def is_trusted_issuer(chain: Chain, issuer_address: str) -> bool:
    reg = _existing(chain)
    return reg is not None and bool(chain.call(reg.functions.isTrustedIssuer(to_checksum_address(issuer_address))))


def _issuer_tx(chain: Chain, issuer: LocalAccount, fn: Any, event: str) -> TxResult:
    fund_if_local(chain, issuer)
    try:
        return chain.transact(fn, sender=issuer, expect_events=(event,))
    except ContractReverted as exc:
        if exc.reason.startswith("NotTrustedIssuer"):
            raise PolicyViolation(
                f"{issuer.address} is not a trusted issuer in the CredentialRegistry on chain {chain.chain_id} "
                "/ 该签发方未在链上信任列表中",
                hint="the registry owner must run `ledgerlm id trust add DID --on-chain`",
            ) from None
        raise


def revoke(chain: Chain, credential_hash: bytes | str, issuer: LocalAccount) -> TxResult:
    reg = ensure_registry(chain)
    return _issuer_tx(chain, issuer, reg.functions.revoke(_b32(credential_hash)), "CredentialRevoked")


def is_revoked(chain: Chain, credential_hash: bytes | str) -> bool:
    reg = _existing(chain)
    return reg is not None and bool(chain.call(reg.functions.isRevoked(_b32(credential_hash))))


def attest(
    chain: Chain, subject: str, level: int, expiry_s: int, credential_hash: bytes | str, issuer: LocalAccount
) -> TxResult:
    reg = ensure_registry(chain)
    fn = reg.functions.attest(to_checksum_address(subject), int(level), int(expiry_s), _b32(credential_hash))
    return _issuer_tx(chain, issuer, fn, "KycAttested")


def kyc_level(chain: Chain, subject: str) -> int:
    """The on-chain KYC level; 0 when this chain has no registry yet."""
    reg = _existing(chain)
    return int(chain.call(reg.functions.kycLevel(to_checksum_address(subject)))) if reg is not None else 0


def attestation(chain: Chain, subject: str) -> dict[str, Any] | None:
    """The raw attestation record of ``subject`` (level, expiry, issuer, credential hash); None when never attested
    or when this chain has no registry. For explanations: decisions read ``kyc_level``."""
    reg = _existing(chain)
    if reg is None:
        return None
    level, expiry, issuer, credential_hash = chain.call(reg.functions.attestationOf(to_checksum_address(subject)))
    if int(level) == 0:
        return None
    return {
        "level": int(level),
        "expiry": int(expiry),
        "issuer": to_checksum_address(issuer),
        "credential_hash": "0x" + bytes(credential_hash).hex(),
    }


def owner(chain: Chain) -> str | None:
    """The registry's owner (who may add issuers); None when this chain has no registry."""
    reg = _existing(chain)
    return to_checksum_address(chain.call(reg.functions.owner())) if reg is not None else None


def _b32(value: bytes | str) -> bytes:
    raw = bytes.fromhex(value.removeprefix("0x")) if isinstance(value, str) else value
    if len(raw) != 32:
        raise ChainError(f"a credential hash is 32 bytes, got {len(raw)}")
    return raw
