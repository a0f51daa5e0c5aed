from __future__ import annotations

import json

import pytest

from ledgerlm.errors import InputError, NotFound
from ledgerlm.identity import make_did, parse_did, resolve, store


def test_did_round_trip_and_document() -> None:
    did = make_did("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 31337)
    assert str(did) == "did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert parse_did(str(did)) == did
    doc = resolve(str(did))
    assert doc["id"] == str(did)
    vm = doc["verificationMethod"][0]
    assert vm["type"] == "EcdsaSecp256k1RecoveryMethod2020"
    assert vm["blockchainAccountId"] == "eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert doc["assertionMethod"] == [vm["id"]]


@pytest.mark.parametrize("bad", ["did:ethr:0x1234", "did:pkh:eip155:1:0x12", "did:pkh:bip122:1:0x" + "a" * 40, ""])
def test_malformed_did_names_the_format(bad: str) -> None:
    with pytest.raises(InputError) as info:
        parse_did(bad)
    assert "did:pkh:eip155" in (info.value.hint or "")


def test_create_stores_only_encrypted_key(password: str) -> None:
    ident = store.create("alice")
    path = store.identity_dir() / "keys" / "alice.json"
    data = json.loads(path.read_text())
    assert data["crypto"]["kdf"] == "scrypt" and "ciphertext" in data["crypto"]
    account = store.signer("alice")
    assert account.address == ident.address
    assert account.key.hex().removeprefix("0x") not in path.read_text()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert store.get(str(ident.did(1))).name == "alice"
    with pytest.raises(InputError):
        store.create("alice")


def test_wrong_password_and_missing_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    store.create("bob")
    monkeypatch.setenv("LEDGERLM_PASSWORD", "nope")
    with pytest.raises(InputError, match="wrong password"):
        store.signer("bob")
    with pytest.raises(NotFound):
        store.get("carol")


def test_trust_list_is_by_account() -> None:
    did = "did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert not store.is_trusted(did)
    store.trust(did)
    assert store.is_trusted(did.replace(":31337:", ":1:"))
    store.distrust(did)
    assert not store.is_trusted(did)
