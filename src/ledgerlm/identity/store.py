"""The identity store in ``<data_dir>/identity``: named keys, the issuer trust list, registry addresses.

Layout::

    identity/keys/<name>.json   Ethereum V3 keystore (scrypt + AES-128-CTR), the ONLY place a private key lives
    identity/trust.json         trusted issuer DIDs (list of strings)
    identity/registry.json      {"<chainId>": "<CredentialRegistry address>"}

Keys are decrypted only into an in-memory ``LocalAccount`` when something must be signed; they are never
printed, logged or returned by any API. The password comes from ``LEDGERLM_PASSWORD`` or an interactive prompt.
"""

from __future__ import annotations

import getpass
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from pydantic import BaseModel

from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import ConfigError, InputError, NotFound
from ledgerlm.identity.did import Did, make_did, parse_did

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class Identity(BaseModel):
    """A named identity: its address and when it was created. No key material."""

    name: str
    address: str
    created: str

    def did(self, chain_id: int | None = None) -> Did:
        return make_did(self.address, chain_id or default_chain_id())


def default_chain_id() -> int:
    """Chain id used for DIDs when none is given: ``identity.chain_id`` (default 31337, the local anvil node)."""
    return int(load_config().get("identity", {}).get("chain_id", 31337))


def identity_dir() -> Path:
    path = data_dir() / "identity"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _keys_dir() -> Path:
    path = identity_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _write_json(path: Path, data: Any, mode: int = 0o600) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def _password(confirm: bool = False) -> str:
    env = os.environ.get("LEDGERLM_PASSWORD")
    if env:
        return env
    if not os.isatty(0):
        raise ConfigError(
            "no password for the identity keystore / 缺少身份密钥库密码",
            hint="set LEDGERLM_PASSWORD or run in an interactive terminal",
        )
    first = getpass.getpass("identity keystore password / 密码: ")
    if confirm and getpass.getpass("repeat / 再次输入: ") != first:
        raise InputError("the passwords do not match / 两次密码不一致")
    return first


def _key_path(name: str) -> Path:
    if not _NAME.match(name):
        raise InputError(f"invalid identity name {name!r}", hint="use 1-64 letters, digits, '.', '_' or '-'")
    return _keys_dir() / f"{name}.json"


def create(name: str, *, password: str | None = None) -> Identity:
    """Generate a new key, store it encrypted, and return the identity (never the key)."""
    path = _key_path(name)
    if path.exists():
        raise InputError(f"an identity named {name!r} already exists / 该名称已存在", hint="choose another --name")
    account = Account.create()
    keyfile = Account.encrypt(account.key, password or _password(confirm=True))
    keyfile["x-ledgerlm"] = {"name": name, "created": datetime.now(UTC).isoformat(timespec="seconds")}
    _write_json(path, keyfile)
    return _identity(path)


def _identity(path: Path) -> Identity:
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data.get("x-ledgerlm", {})
    return Identity(
        name=path.stem,
        address=to_checksum_address("0x" + data["address"].removeprefix("0x")),
        created=meta.get("created", ""),
    )


def list_identities() -> list[Identity]:
    return [_identity(p) for p in sorted(_keys_dir().glob("*.json"))]


def get(name_or_did: str) -> Identity:
    """An identity by name, DID or address."""
    if _NAME.match(name_or_did) and _key_path(name_or_did).exists():
        return _identity(_key_path(name_or_did))
    address = parse_did(name_or_did).address if name_or_did.startswith("did:") else name_or_did
    for ident in list_identities():
        if ident.address.lower() == address.lower():
            return ident
    raise NotFound(
        f"no identity {name_or_did!r} in {_keys_dir()} / 未找到该身份",
        hint="create one with `ledgerlm id create --name NAME`",
    )


def signer(name_or_did: str, *, password: str | None = None) -> LocalAccount:
    """Decrypt the key of an identity into memory for signing."""
    ident = get(name_or_did)
    keyfile = json.loads(_key_path(ident.name).read_text(encoding="utf-8"))
    keyfile.pop("x-ledgerlm", None)
    try:
        key = Account.decrypt(keyfile, password or _password())
    except ValueError:
        raise InputError(f"wrong password for identity {ident.name!r} / 密码错误") from None
    return Account.from_key(key)


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
    d = str(parse_did(did))
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


# -- registry addresses -----------------------------------------------------------------------------------------
def _registry_path() -> Path:
    return identity_dir() / "registry.json"


def registry_addresses() -> dict[str, str]:
    path = _registry_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def remember_registry(chain_id: int, address: str) -> None:
    data = registry_addresses()
    data[str(chain_id)] = to_checksum_address(address)
    _write_json(_registry_path(), data, 0o644)
