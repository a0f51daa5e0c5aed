"""The one encrypted keystore: every private key ledgerlm holds, for accounts (they sign transactions) and for
identities (they sign credentials), in one file format, behind one passphrase rule.

Format: an Ethereum V3 keyfile (scrypt + AES-128-CTR, readable by any Ethereum wallet) with one extra member,
``"x-ledgerlm": {"format": "ledgerlm-keystore/1", "kind": "account"|"identity", "name", "created"}``. Where the files
live depends only on the kind (``<data_dir>/keystore/<name>.json`` for accounts, ``<data_dir>/identity/keys/<name>
.json`` for identities), so names of the two kinds never collide and old data directories keep working.

Older files of both kinds are read as they are and migrated on first use: a bare V3 file (the old account keystore)
and a V3 file with ``x-ledgerlm: {name, created}`` (the old identity store) get the current metadata, written
atomically; the encrypted key itself is never touched.

Passphrase rule (one for all keys): ``LEDGERLM_PASSWORD`` when set and non-empty, else a prompt on an interactive
terminal, else a ``ConfigError`` saying so. Keys leave this module only as an in-memory ``LocalAccount``; they are
never printed, logged or returned in clear.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address

from ledgerlm.config import data_dir
from ledgerlm.errors import ConfigError, InputError, NotFound

Kind = Literal["account", "identity"]
FORMAT = "ledgerlm-keystore/1"
META = "x-ledgerlm"
PASSWORD_ENV = "LEDGERLM_PASSWORD"
DAMAGED = "(damaged keystore file)"

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_DIRS: dict[str, tuple[str, ...]] = {"account": ("keystore",), "identity": ("identity", "keys")}
_WORDS = {"account": ("account", "账户"), "identity": ("identity", "身份")}
_CREATE_HINT = {
    "account": "create one with `ledgerlm account new`",
    "identity": "create one with `ledgerlm id create --name NAME`",
}
_DAMAGED_HINT = "restore it from a backup, or remove it and import the key again"


@dataclass(frozen=True)
class KeyEntry:
    """A stored key as seen without its passphrase: name, kind, address, creation time. Never key material."""

    name: str
    kind: str
    address: str
    created: str
    path: Path

    @property
    def damaged(self) -> bool:
        return self.address == DAMAGED


def directory(kind: Kind) -> Path:
    """Where keys of ``kind`` live (created, mode 0700)."""
    path = data_dir().joinpath(*_DIRS[kind])
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def passphrase(confirm: bool = False) -> str:
    """The keystore passphrase: ``LEDGERLM_PASSWORD``, else an interactive prompt (asked twice with ``confirm``)."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not os.isatty(0):
        raise ConfigError(
            "no keystore passphrase / 缺少密钥库密码",
            hint=f"set {PASSWORD_ENV} or run in an interactive terminal",
        )
    first = getpass.getpass("keystore passphrase / 密钥库密码: ")
    if confirm and getpass.getpass("repeat / 再次输入: ") != first:
        raise InputError("the passwords do not match / 两次密码不一致")
    return first


def key_path(kind: Kind, name: str) -> Path:
    if not _NAME.match(name):
        word = _WORDS[kind][0]
        raise InputError(f"invalid {word} name {name!r}", hint="use 1-64 letters, digits, '.', '_' or '-'")
    return directory(kind) / f"{name}.json"


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _read(path: Path) -> dict[str, Any]:
    """A keystore file as JSON; a damaged one (not UTF-8, not JSON, a directory) is a ``ConfigError``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"the keystore file {path} is damaged ({type(exc).__name__})", hint=_DAMAGED_HINT) from None
    if not isinstance(data, dict):
        raise ConfigError(f"the keystore file {path} is damaged (not a keystore object)", hint=_DAMAGED_HINT)
    return data


def _address(data: dict[str, Any]) -> str:
    return to_checksum_address("0x" + str(data["address"]).removeprefix("0x"))


def _migrated(kind: Kind, path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file (bare V3, or V3 with the old identity metadata) to the current format, in place."""
    meta = data.get(META)
    if isinstance(meta, dict) and meta.get("format") == FORMAT:
        return data
    old = meta if isinstance(meta, dict) else {}
    try:
        created = str(
            old.get("created") or datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
        )
    except OSError:
        created = ""
    new = {**data, META: {"format": FORMAT, "kind": kind, "name": path.stem, "created": created}}
    with contextlib.suppress(OSError):  # a read-only data dir still reads; it migrates the next time it can
        _write_json(path, new)
    return new


def entry(kind: Kind, path: Path) -> KeyEntry:
    """The entry of one file, migrating it on first use; a damaged file is a ``ConfigError``."""
    data = _read(path)
    try:
        address = _address(data)
    except (KeyError, ValueError, TypeError):
        raise ConfigError(f"the keystore file {path} is damaged (no address)", hint=_DAMAGED_HINT) from None
    data = _migrated(kind, path, data)  # only a file that reads as a keystore is rewritten
    return KeyEntry(path.stem, kind, address, str(data[META].get("created", "")), path)


def entries(kind: Kind) -> list[KeyEntry]:
    """Every key of ``kind``, by name; a damaged file is listed with the address ``(damaged keystore file)``."""
    out = []
    for file in sorted(directory(kind).glob("*.json")):
        try:
            out.append(entry(kind, file))
        except ConfigError:
            out.append(KeyEntry(file.stem, kind, DAMAGED, "", file))
    return out


def find(kind: Kind, name: str) -> KeyEntry:
    path = key_path(kind, name)
    if not path.exists():
        word, zh = _WORDS[kind]
        raise NotFound(f"no {word} named {name!r} in {directory(kind)} / 未找到该{zh}", hint=_CREATE_HINT[kind])
    return entry(kind, path)


def store(kind: Kind, name: str, *, password: str | None = None, private_key: str | None = None) -> KeyEntry:
    """Create (or import) a key and store it encrypted; refuses to overwrite. Returns its entry (never the key)."""
    path = key_path(kind, name)
    if path.exists():
        word, zh = _WORDS[kind]
        raise InputError(f"an {word} named {name!r} already exists / 该{zh}名称已存在", hint="choose another name")
    account = Account.from_key(private_key) if private_key else Account.create()
    keyfile = dict(Account.encrypt(account.key, password or passphrase(confirm=True)))
    created = datetime.now(UTC).isoformat(timespec="seconds")
    keyfile[META] = {"format": FORMAT, "kind": kind, "name": name, "created": created}
    _write_json(path, keyfile)
    return KeyEntry(name, kind, account.address, created, path)


def unlock(kind: Kind, name: str, *, password: str | None = None) -> LocalAccount:
    """Decrypt the key named ``name`` into memory for signing."""
    found = find(kind, name)
    keyfile = {k: v for k, v in _read(found.path).items() if k != META}
    secret = password or passphrase()
    try:
        key = Account.decrypt(keyfile, secret)
    except ValueError as exc:
        if "MAC mismatch" in str(exc):
            word, zh = _WORDS[kind]
            raise InputError(f"wrong password for {word} {name!r} / {zh} {name} 的密码错误") from None
        raise ConfigError(f"the keystore file {found.path} is damaged: {exc}", hint=_DAMAGED_HINT) from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"the keystore file {found.path} is damaged (missing {exc})", hint=_DAMAGED_HINT) from None
    signer: LocalAccount = Account.from_key(key)
    return signer


# -- accounts (the chain layer's view) ------------------------------------------------------------------------------
def keystore_dir() -> Path:
    return directory("account")


def create_account(name: str, password: str | None = None, private_key: str | None = None) -> str:
    """Create (or import) an account; returns its checksummed address. Refuses to overwrite."""
    return store("account", name, password=password, private_key=private_key).address


def list_accounts() -> list[dict[str, str]]:
    return [{"name": e.name, "address": e.address} for e in entries("account")]


def load_account(name: str, password: str | None = None) -> LocalAccount:
    return unlock("account", name, password=password)
