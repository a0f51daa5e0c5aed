"""Ethereum addresses in text: find them and validate EIP-55 checksums.

An all-lower-case or all-upper-case address carries no checksum and is accepted (returned checksummed). A
mixed-case address is a checksum claim: when it is wrong the address was mistyped, so it is an ``InputError``,
never silently "fixed" - money sent to a typo is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ledgerlm.errors import InputError

__all__ = ["AddressMatch", "find_addresses", "is_address_like", "validate_address"]

_ADDR = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")
_HEXISH = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9a-fA-F]{6,}(?![0-9A-Za-z])")


@dataclass(frozen=True)
class AddressMatch:
    address: str  # EIP-55 checksummed
    start: int
    end: int
    text: str


def is_address_like(value: str) -> bool:
    return bool(_ADDR.fullmatch(value.strip()))


def validate_address(value: str) -> str:
    """Return the EIP-55 form of ``value``; InputError naming the problem when it is not a valid address."""
    raw = value.strip()
    if not raw.lower().startswith("0x"):
        raise InputError(f"{raw!r} is not an address", hint="an address is 0x followed by 40 hex characters")
    body = raw[2:]
    if not re.fullmatch(r"[0-9a-fA-F]+", body or "-"):
        raise InputError(
            f"{raw!r} contains characters that are not hex digits",
            hint="an address is 0x followed by 40 characters 0-9 / a-f",
        )
    if len(body) != 40:
        raise InputError(
            f"{raw!r} has {len(body)} hex characters, an address has 40", hint="copy the whole address again"
        )
    checksummed = _eip55(body)
    if body != body.lower() and body != body.upper() and "0x" + body != checksummed:
        raise InputError(
            f"address {raw} has an invalid EIP-55 checksum (mixed case that does not match)",
            hint=f"check for a typo and copy it again; if you are sure, write it all lower-case: 0x{body.lower()}",
        )
    return checksummed


def _eip55(body: str) -> str:
    """EIP-55: a hex letter is upper-case where the keccak-256 of the lower-case hex has a nibble >= 8. Written
    here (safe-pysha3's keccak, a dependency) rather than taken from eth_utils, whose import (eth_typing, toolz,
    cffi) cost a parse with an address more than the whole parse; a test compares it with eth_utils."""
    from sha3 import keccak_256

    lower = body.lower()
    digest = keccak_256(lower.encode("ascii")).hexdigest()
    return "0x" + "".join(
        ch.upper() if int(nibble, 16) >= 8 else ch for ch, nibble in zip(lower, digest[:40], strict=True)
    )


def find_addresses(text: str, *, strict: bool = True) -> list[AddressMatch]:
    """Every 20-byte hex address in ``text``, checksummed. ``strict``: a bad checksum raises ``InputError``
    (otherwise such addresses are skipped)."""
    out: list[AddressMatch] = []
    for m in _ADDR.finditer(text):
        try:
            addr = validate_address(m.group(0))
        except InputError:
            if strict:
                raise
            continue
        out.append(AddressMatch(addr, m.start(), m.end(), m.group(0)))
    return out


def find_bad_hex(text: str) -> list[str]:
    """0x-strings that look like an attempt at an address but have the wrong length (for clear errors)."""
    return [m.group(0) for m in _HEXISH.finditer(text) if len(m.group(0)) not in (42, 66)]
