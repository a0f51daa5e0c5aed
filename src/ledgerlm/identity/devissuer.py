"""The local dev KYC issuer: on throw-away local chains the dev accounts hold a KYC attestation, so the KYC gate
is visible without blocking a newcomer; on any other chain that issuer is never trusted.

Why a fixed, public key: the dev accounts of local chains already have well-known keys (anvil's mnemonic,
py-evm's test keys); an issuer whose key anyone can derive is honest about what it is worth: nothing outside a
local chain. So it is never stored in the keystore (no passphrase needed on a local chain), named as such
everywhere it is shown ("local dev issuer (not a real KYC provider)" / "本地开发签发方（非真实 KYC 机构）"), and
refused as an issuer on every chain that is not local: not in the trust list, not in an attestation, not as a
credential's issuer.

Local chains are the in-process memory chain and the managed anvil node (backend ``anvil``, chain id 31337); an
RPC URL is never local here, whatever its chain id says, because anyone can run a node that claims 31337.

Setting up (``setup``) deploys the CredentialRegistry when the chain has none, lets its owner (a dev account)
trust the dev issuer, and issues and anchors a ``kyc_level=1`` credential for each dev account asked about (the
gate asks for the account that acts; ``ledgerlm id dev-issuer`` for all of them) that has never been attested by
anyone (an account a real test issuer attested, revoked or let expire keeps that record).
The credentials are also written to ``<data_dir>/identity/dev-credentials/<chainId>/<address>.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import keccak, to_checksum_address

from ledgerlm.chain import Chain
from ledgerlm.chain.anvil import ANVIL_CHAIN_ID
from ledgerlm.config import load_config
from ledgerlm.errors import ChainError, ContractReverted, LedgerError, PolicyViolation
from ledgerlm.identity import registry, store
from ledgerlm.identity.did import Did, make_did, parse_did
from ledgerlm.identity.messages import CATALOGUE

NAME = "local-dev-issuer"
LABEL = CATALOGUE.both("dev_issuer_label")
ATTESTED = CATALOGUE.both("dev_attested")
DEV_LEVEL = 1
DEV_VALIDITY_S = 365 * 86400
_SEED = b"ledgerlm local dev issuer (not a real KYC provider)"


def label(lang: str | None = None) -> str:
    """The dev issuer's name as shown: one language, or both (``None``)."""
    return LABEL[lang] if lang in LABEL else f"{LABEL['en']} / {LABEL['zh']}"


@cache
def account() -> LocalAccount:
    """The dev issuer's key: derived from a public phrase, so it proves nothing outside a local chain."""
    signer: LocalAccount = Account.from_key(keccak(_SEED))
    return signer


def address() -> str:
    return str(account().address)


def did(chain_id: int) -> Did:
    return make_did(address(), chain_id)


def is_dev_issuer(who: str) -> bool:
    """Whether ``who`` (an address or a DID) is the local dev issuer."""
    try:
        addr = parse_did(who).address if who.startswith("did:") else to_checksum_address(who)
    except (LedgerError, ValueError, TypeError):  # an unreadable DID or address is not the dev issuer
        return False
    return bool(addr == address())


def is_local_chain(chain: Chain | None) -> bool:
    """The memory chain, or the managed anvil node on its own chain id. Nothing reached by URL."""
    if chain is None:
        return False
    return chain.backend == "memory" or (chain.backend == "anvil" and chain.chain_id == ANVIL_CHAIN_ID)


def enabled() -> bool:
    """``identity.local_dev_issuer`` (default true)."""
    return bool(load_config().get("identity", {}).get("local_dev_issuer", True))


def trusted_on(chain: Chain | None, who: str) -> bool | None:
    """Whether the dev issuer counts as trusted for ``who`` on ``chain``: None when ``who`` is not the dev issuer
    (the ordinary rules decide), True on a local chain, False everywhere else."""
    if not is_dev_issuer(who):
        return None
    return is_local_chain(chain)


def credentials_dir(chain_id: int) -> Path:
    path = store.identity_dir() / "dev-credentials" / str(chain_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Setup:
    """What ``setup`` did: the registry, and the accounts it attested now (``attested``) or found attested."""

    chain_id: int
    registry: str
    issuer: str
    attested: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": NAME,
            "label": LABEL,
            "issuer": self.issuer,
            "did": str(did(self.chain_id)),
            "chain_id": self.chain_id,
            "registry": self.registry,
            "attested": self.attested,
            "already_attested": self.already,
            "skipped": self.skipped,
        }


def _both(message_id: str, **values: Any) -> str:
    """``english / 中文`` for errors raised where the user's language is not known (the reply keeps one half)."""
    texts = CATALOGUE.both(message_id, **values)
    return f"{texts['en']} / {texts['zh']}"


def require_local(chain: Chain) -> None:
    if not is_local_chain(chain):
        raise PolicyViolation(
            _both("dev_issuer_local_only", chain_id=chain.chain_id),
            hint="on this chain, ask a real KYC provider; see `ledgerlm id trust list`",
        )


def _trust_on_chain(chain: Chain) -> None:
    reg = registry.ensure_registry(chain)
    if registry.is_trusted_issuer(chain, address()):
        return
    owner_address = registry.owner(chain)
    try:
        owner = chain.account(owner_address or "")
    except ChainError:
        raise PolicyViolation(
            _both("dev_issuer_foreign_registry", registry=reg.address, owner=owner_address),
            hint="use a fresh local chain: `ledgerlm node stop` then `ledgerlm node start`",
        ) from None
    registry.add_issuer(chain, address(), owner=owner)


def setup(chain: Chain, subjects: list[str] | None = None) -> Setup:
    """Attest ``subjects`` (default: the chain's dev accounts) from the dev issuer, on a local chain only."""
    from ledgerlm.identity.credentials import issue

    require_local(chain)
    _trust_on_chain(chain)
    reg = registry.ensure_registry(chain)
    result = Setup(chain.chain_id, reg.address, address())
    wanted = subjects if subjects is not None else [a.address for a in chain.dev_accounts]
    for subject in (to_checksum_address(s) for s in wanted):
        record = registry.attestation(chain, subject)
        if record is not None:
            (result.already if record["issuer"] == address() else result.skipped).append(subject)
            continue
        cred = issue(account(), subject, {"kyc_level": DEV_LEVEL}, chain=chain, expires_in_s=DEV_VALIDITY_S)
        try:
            registry.attest(chain, subject, DEV_LEVEL, cred.expires_s, cred.hash, account())
        except ContractReverted as exc:
            raise PolicyViolation(f"the local dev issuer could not attest {subject}: {exc.reason}") from None
        path = credentials_dir(chain.chain_id) / f"{subject}.json"
        path.write_text(json.dumps(cred.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        result.attested.append(subject)
    return result


def auto_attest(chain: Chain | None, subject: str) -> bool:
    """The gate's hook: on a local chain with the dev issuer enabled, attest ``subject`` when it is one of the
    chain's dev accounts and has never been attested. Returns whether it set anything up.

    One account at a time, when it first meets the gate: each attestation is a transaction (about 1 s on the
    in-process py-evm chain), so attesting all ten dev accounts up front would slow every first create;
    ``ledgerlm id dev-issuer --chain anvil`` attests them all at once."""
    if chain is None or not enabled() or not is_local_chain(chain):
        return False
    dev = {a.address for a in chain.dev_accounts}
    who = to_checksum_address(subject)
    if who not in dev or registry.attestation(chain, who) is not None:
        return False
    return bool(setup(chain, [who]).attested)
