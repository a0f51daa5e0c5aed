"""Content-addressed registry ids, computed exactly as ``ModelRegistry.entryId`` does on chain:
``keccak256(abi.encode(address owner, string name, string version))``, without importing web3."""

from __future__ import annotations

from ledgerlm.audit.hashing import keccak


def _word(n: int) -> bytes:
    return n.to_bytes(32, "big")


def _string_tail(value: str) -> bytes:
    raw = value.encode("utf-8")
    return _word(len(raw)) + raw + b"\x00" * (-len(raw) % 32)


def entry_id(owner: str, name: str, version: str) -> str:
    """The id of ``owner``'s entry ``name`` at ``version``."""
    owner_word = bytes(12) + bytes.fromhex(owner.removeprefix("0x"))
    name_tail = _string_tail(name)
    head = owner_word + _word(96) + _word(96 + len(name_tail))
    return "0x" + keccak(head + name_tail + _string_tail(version)).hex()
