"""Encrypted Ethereum V3 keystores in ``<data_dir>/keystore``.

Private keys never leave this module in clear except as an eth-account ``LocalAccount`` in memory; they are never
printed or logged. The password comes from ``LEDGERLM_PASSWORD`` or an interactive prompt.
"""

from __future__ import annotations

import getpass
import json
import os
import re
from pathlib import Path

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address

from ledgerlm.config import data_dir
from ledgerlm.errors import ConfigError, InputError, NotFound

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def keystore_dir() -> Path:
    path = data_dir() / "keystore"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _password(confirm: bool = False) -> str:
    env = os.environ.get("LEDGERLM_PASSWORD")
    if env:
        return env
    if not os.isatty(0):
        raise ConfigError("no keystore password", hint="set LEDGERLM_PASSWORD or run in an interactive terminal")
    first = getpass.getpass("keystore password: ")
    if confirm and getpass.getpass("repeat password: ") != first:
        raise InputError("the passwords do not match")
    return first


def _path(name: str) -> Path:
    if not _NAME.match(name):
        raise InputError(f"invalid account name {name!r}", hint="use letters, digits, '.', '_' or '-'")
    return keystore_dir() / f"{name}.json"


def create_account(name: str, password: str | None = None, private_key: str | None = None) -> str:
    """Create (or import) an account; returns its checksummed address. Refuses to overwrite."""
    path = _path(name)
    if path.exists():
        raise InputError(f"an account named {name!r} already exists", hint="choose another name")
    account = Account.from_key(private_key) if private_key else Account.create()
    keyfile = Account.encrypt(account.key, password or _password(confirm=True))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(keyfile), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return account.address


def list_accounts() -> list[dict[str, str]]:
    out = []
    for file in sorted(keystore_dir().glob("*.json")):
        try:
            data = _read_keyfile(file)
            address = to_checksum_address("0x" + str(data["address"]).removeprefix("0x"))
        except (ConfigError, KeyError, ValueError, TypeError):
            address = "(damaged keystore file)"
        out.append({"name": file.stem, "address": address})
    return out


def _read_keyfile(path: Path) -> dict:
    """A keystore file as JSON; a damaged one (not UTF-8, not JSON, a directory) is a ``ConfigError``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(
            f"the keystore file {path} is damaged ({type(exc).__name__})",
            hint="restore it from a backup, or remove it and import the key again",
        ) from None
    if not isinstance(data, dict):
        raise ConfigError(
            f"the keystore file {path} is damaged (not a keystore object)",
            hint="restore it from a backup, or remove it and import the key again",
        )
    return data


def load_account(name: str, password: str | None = None) -> LocalAccount:
    path = _path(name)
    if not path.exists():
        raise NotFound(f"no account named {name!r} in {keystore_dir()}", hint="create one with `ledgerlm account new`")
    keyfile = _read_keyfile(path)
    secret = password or _password()
    try:
        key = Account.decrypt(keyfile, secret)
    except ValueError as exc:
        if "MAC mismatch" in str(exc):
            raise InputError(f"wrong password for account {name!r}") from None
        raise ConfigError(
            f"the keystore file {path} is damaged: {exc}",
            hint="restore it from a backup, or remove it and import the key again",
        ) from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"the keystore file {path} is damaged (missing {exc})",
            hint="restore it from a backup, or remove it and import the key again",
        ) from None
    return Account.from_key(key)
