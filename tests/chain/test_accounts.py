from __future__ import annotations

import json

import pytest

from ledgerlm.chain import contacts, keystore
from ledgerlm.errors import InputError, NotFound


def test_keystore_round_trip_never_stores_the_key_in_clear(monkeypatch) -> None:
    monkeypatch.setenv("LEDGERLM_PASSWORD", "correct horse")
    key = "0x" + "11" * 32
    address = keystore.create_account("alice", private_key=key)
    stored = (keystore.keystore_dir() / "alice.json").read_text()
    assert "11" * 32 not in stored and json.loads(stored)["crypto"]
    assert keystore.load_account("alice").address == address
    assert keystore.list_accounts() == [{"name": "alice", "address": address}]
    with pytest.raises(InputError, match="already exists"):
        keystore.create_account("alice")
    with pytest.raises(InputError, match="wrong password"):
        keystore.load_account("alice", password="nope")
    with pytest.raises(NotFound):
        keystore.load_account("bob")


def test_contacts_validate_checksums() -> None:
    good = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
    assert contacts.add("Bob", good.lower()) == good
    assert contacts.lookup("bob") == good
    with pytest.raises(InputError, match="checksum"):
        contacts.add("eve", "0x742d35cc6634C0532925a3b844Bc454e4438f44e")
    with pytest.raises(InputError, match="not a 20-byte"):
        contacts.add("eve", "0x1234")
    contacts.remove("BOB")
    assert contacts.lookup("bob") is None
