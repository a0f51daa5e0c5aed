"""The identity store in ``<data_dir>/identity``: named keys, the issuer trust list, registry addresses.

Layout::

    identity/keys/<name>.json   the one ledgerlm keystore format (``ledgerlm.chain.keystore``, kind "identity"):
                                the ONLY place an identity's private key lives
    identity/trust.json         trusted issuer DIDs (list of strings)
    identity/registry.json      {"<chainId>": "<CredentialRegistry address>"}

Keys, their file format, their passphrase rule and the migration of older files all belong to the chain layer's
keystore (accounts sign there too); this module only names identities and keeps what identities need besides.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from pydantic import BaseModel

from ledgerlm.chain import keystore
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import NotFound, PolicyViolation
from ledgerlm.identity.did import Did, make_did, parse_did


class Identity(BaseModel):
    """A named identity: its address and when it was created. No key material."""

    name: str
    address: str
    created: str

    def did(self, chain_id: int | None = None, method: str = "pkh") -> Did:
        return make_did(self.address, chain_id or default_chain_id(), method)


def default_chain_id() -> int:
    """Chain id used for DIDs when none is given: ``identity.chain_id`` (default 31337, the local anvil node)."""
    return int(load_config().get("identity", {}).get("chain_id", 31337))


def identity_dir() -> Path:
    path = data_dir() / "identity"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _write_json(path: Path, data: Any, mode: int = 0o600) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def _identity(entry: keystore.KeyEntry) -> Identity:
    return Identity(name=entry.name, address=entry.address, created=entry.created)


def create(name: str, *, password: str | None = None) -> Identity:
    """Generate a new key, store it encrypted, and return the identity (never the key)."""
    return _identity(keystore.store("identity", name, password=password))


def list_identities() -> list[Identity]:
    """Every readable identity (a damaged key file is left out here; ``get`` by its name says what is wrong)."""
    return [_identity(e) for e in keystore.entries("identity") if not e.damaged]


def get(name_or_did: str) -> Identity:
    """An identity by name, DID or address."""
    if not name_or_did.startswith(("did:", "0x")):
        return _identity(keystore.find("identity", name_or_did))
    address = parse_did(name_or_did).address if name_or_did.startswith("did:") else name_or_did
    for ident in list_identities():
        if ident.address.lower() == address.lower():
            return ident
    raise NotFound(
        f"no identity {name_or_did!r} in {keystore.directory('identity')} / 未找到该身份",
        hint="create one with `ledgerlm id create --name NAME`",
    )


def signer(name_or_did: str, *, password: str | None = None) -> LocalAccount:
    """Decrypt the key of an identity into memory for signing."""
    return keystore.unlock("identity", get(name_or_did).name, password=password)


# -- trust list -------------------------------------------------------------------------------------------------
def _trust_path() -> Path:
    return identity_dir() / "trust.json"


def trusted_issuers() -> list[str]:
    """Trusted issuer DIDs: ``identity/trust.json`` plus ``identity.trusted_issuers`` from config.toml."""
    path = _trust_path()
    local = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    configured = load_config().get("identity", {}).get("trusted_issuers", [])
    return sorted({*local, *configured})


def trust(did: str) -> list[str]:
    from ledgerlm.identity import devissuer

    d = str(parse_did(did))
    if devissuer.is_dev_issuer(d):
        raise PolicyViolation(
            f"{d} is the {devissuer.label()}: it is trusted on local chains by itself and never anywhere else "
            "/ 本地开发签发方不能加入信任列表",
            hint="trust a real KYC provider's DID instead; see `ledgerlm id trust list`",
        )
    path = _trust_path()
    local = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    if d not in local:
        local.append(d)
    _write_json(path, sorted(local), 0o644)
    return trusted_issuers()


def distrust(did: str) -> list[str]:
    d = str(parse_did(did))
    path = _trust_path()
    local = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    if d not in local:
        raise NotFound(f"{d} is not in the trust list", hint="see `ledgerlm id trust list`")
    _write_json(path, [x for x in local if x != d], 0o644)
    return trusted_issuers()


def is_trusted(did: str) -> bool:
    """Trust is per account: an issuer trusted under one chain id's DID is trusted under all of them."""
    address = parse_did(did).address.lower()
    return any(parse_did(t).address.lower() == address for t in trusted_issuers())


# -- remembered contract addresses ---------------------------------------------------------------------------------
#: where each shipped contract's deployments are remembered: {"<chainId>": "<address>"}
_ADDRESS_FILES = {"CredentialRegistry": "registry.json", "EthereumDIDRegistry": "did-registry.json"}


def remembered_addresses(contract: str = "CredentialRegistry") -> dict[str, str]:
    path = identity_dir() / _ADDRESS_FILES[contract]
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data


def remember_address(contract: str, chain_id: int, address: str) -> None:
    data = remembered_addresses(contract)
    data[str(chain_id)] = to_checksum_address(address)
    _write_json(identity_dir() / _ADDRESS_FILES[contract], data, 0o644)


def registry_addresses() -> dict[str, str]:
    return remembered_addresses("CredentialRegistry")


def remember_registry(chain_id: int, address: str) -> None:
    remember_address("CredentialRegistry", chain_id, address)
