"""One keystore for accounts and identities: one format, one passphrase rule, and old files of both kinds migrated."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from eth_account import Account

from ledgerlm.chain import keystore
from ledgerlm.errors import ConfigError, InputError
from ledgerlm.identity import store

PASSWORD = "correct horse"
FAST_SCRYPT = 2**10  # a V3 scrypt keyfile all the same; the default cost only makes the test slow


def _old_account_file(name: str, key: str) -> Path:
    """What the old ``chain/keystore.py`` wrote: a bare Ethereum V3 keyfile."""
    path = keystore.keystore_dir() / f"{name}.json"
    path.write_text(json.dumps(Account.encrypt(key, PASSWORD, iterations=FAST_SCRYPT)), encoding="utf-8")
    return path


def _old_identity_file(name: str, key: str) -> Path:
    """What the old ``identity/store.py`` wrote: a V3 keyfile with ``x-ledgerlm: {name, created}``."""
    path = keystore.directory("identity") / f"{name}.json"
    data = dict(Account.encrypt(key, PASSWORD, iterations=FAST_SCRYPT))
    data["x-ledgerlm"] = {"name": name, "created": "2026-01-02T03:04:05+00:00"}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_old_files_of_both_kinds_are_read_and_migrated_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_PASSWORD", PASSWORD)
    account_key, identity_key = "0x" + "21" * 32, "0x" + "42" * 32
    account_file = _old_account_file("treasury", account_key)
    identity_file = _old_identity_file("bank", identity_key)
    crypto_before = json.loads(account_file.read_text())["crypto"], json.loads(identity_file.read_text())["crypto"]

    assert keystore.load_account("treasury").address == Account.from_key(account_key).address
    bank = store.get("bank")
    assert bank.address == Account.from_key(identity_key).address and bank.created == "2026-01-02T03:04:05+00:00"
    assert store.signer("bank").address == bank.address

    for path, kind in ((account_file, "account"), (identity_file, "identity")):
        data = json.loads(path.read_text())
        meta = data["x-ledgerlm"]
        assert meta["format"] == keystore.FORMAT and meta["kind"] == kind and meta["name"] == path.stem
        assert data["version"] == 3 and data["crypto"]["kdf"] == "scrypt"  # still a standard V3 keyfile
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    after = json.loads(account_file.read_text())["crypto"], json.loads(identity_file.read_text())["crypto"]
    assert after == crypto_before  # the encrypted key itself is never rewritten
    # the migrated files still decrypt with eth-account alone (the format stays wallet-compatible)
    raw = {k: v for k, v in json.loads(identity_file.read_text()).items() if k != "x-ledgerlm"}
    assert Account.from_key(Account.decrypt(raw, PASSWORD)).address == bank.address
    assert keystore.list_accounts() == [{"name": "treasury", "address": Account.from_key(account_key).address}]


def test_new_files_of_both_kinds_share_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_PASSWORD", PASSWORD)
    keystore.create_account("ops")
    store.create("ops")  # the same name in the other kind does not collide
    metas = [
        json.loads((keystore.directory(kind) / "ops.json").read_text())["x-ledgerlm"]
        for kind in ("account", "identity")
    ]
    assert [m["kind"] for m in metas] == ["account", "identity"]
    assert {m["format"] for m in metas} == {keystore.FORMAT}
    assert set(metas[0]) == set(metas[1]) == {"format", "kind", "name", "created"}


def test_one_passphrase_rule_for_accounts_and_identities(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEDGERLM_PASSWORD", raising=False)
    monkeypatch.setattr(os, "isatty", lambda fd: False)
    errors = []
    for action in (lambda: keystore.create_account("a"), lambda: store.create("b")):
        with pytest.raises(ConfigError) as info:
            action()
        errors.append((info.value.message, info.value.hint))
    assert errors[0] == errors[1] and "LEDGERLM_PASSWORD" in (errors[0][1] or "")
    monkeypatch.setenv("LEDGERLM_PASSWORD", "")  # an empty variable is not a passphrase
    with pytest.raises(ConfigError):
        keystore.create_account("a")


def test_wrong_passphrase_is_named_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_PASSWORD", PASSWORD)
    _old_identity_file("carol", "0x" + "33" * 32)
    with pytest.raises(InputError, match="wrong password") as info:
        keystore.unlock("identity", "carol", password="nope")
    assert "密码错误" in info.value.message
