"""Parties in a spec: an EIP-55 address, or a placeholder name ("Bob", "小王") to be bound to an address later."""

from __future__ import annotations


def normalize_party(value: str | None) -> str | None:
    """Validate an address (mixed case must carry a correct EIP-55 checksum); keep names as placeholders."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.lower().startswith("0x"):
        from eth_utils import is_address, is_checksum_address, to_checksum_address  # keccak only for addresses

        if not is_address(value):
            raise ValueError(f"{value!r} is not a valid 20-byte hex address")
        if (
            value != value.lower()
            and value != value.upper()[:2].lower() + value[2:].upper()
            and not is_checksum_address(value)
        ):
            raise ValueError(f"{value!r} has a wrong EIP-55 checksum; copy the address again")
        return to_checksum_address(value)
    return value


def is_placeholder(value: str | None) -> bool:
    return value is not None and not value.lower().startswith("0x")
