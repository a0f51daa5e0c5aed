"""Bitcoin's compact target encoding ("nBits"), exactly as ``arith_uint256::SetCompact/GetCompact`` in Bitcoin Core.

Why here: the ASERT and Bitcoin retarget rules are specified on 256-bit targets that blocks store in this lossy
32-bit form, so conformance with the published vectors depends on rounding exactly like the reference code.
"""

from __future__ import annotations

from ledgerlm.errors import InputError

MAX_TARGET_BITS = 256


def compact_to_target(nbits: int) -> int:
    """Decode nBits into a target. Negative or overflowing encodings are rejected (they are invalid in blocks)."""
    if not 0 <= nbits <= 0xFFFFFFFF:
        raise InputError(f"nBits {nbits:#x} is not a 32-bit value", hint="pass e.g. 0x1d00ffff")
    size = nbits >> 24
    word = nbits & 0x007FFFFF
    if word and nbits & 0x00800000:
        raise InputError(f"nBits {nbits:#010x} encodes a negative target", hint="the sign bit 0x00800000 must be 0")
    target = word >> 8 * (3 - size) if size <= 3 else word << 8 * (size - 3)
    if target.bit_length() > MAX_TARGET_BITS:
        raise InputError(f"nBits {nbits:#010x} overflows 256 bits", hint="use a smaller exponent byte")
    return target


def target_to_compact(target: int) -> int:
    """Encode a target as nBits, truncating to the 3 most significant bytes like GetCompact."""
    if target < 0:
        raise InputError("a target cannot be negative", hint="targets are unsigned 256-bit integers")
    size = (target.bit_length() + 7) // 8
    compact = target << 8 * (3 - size) if size <= 3 else target >> 8 * (size - 3)
    # The 0x00800000 bit is a sign bit: if set, shift one byte into the exponent instead.
    if compact & 0x00800000:
        compact >>= 8
        size += 1
    return compact | size << 24


def target_to_difficulty(target: int, pow_limit: int) -> float:
    """Bitcoin-style difficulty: how many times harder than the easiest allowed target."""
    return pow_limit / max(target, 1)
