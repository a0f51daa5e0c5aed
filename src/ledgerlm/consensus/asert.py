"""aserti3-2d, the absolutely scheduled exponentially rising targets rule of Bitcoin Cash (November 2020).

Source: "ASERT Difficulty Adjustment Algorithm (aserti3-2d)", spec v0.6.3 of 2020-08-17 (freetrader, J. Toomim,
C. Culianu, M. Lundeberg, T. Ruck), and ``CalculateASERT`` in Bitcoin Cash Node ``src/pow.cpp``. The integer
arithmetic below is the specification's, so every target of the published test vectors is reproduced exactly
(tests/consensus/test_asert_vectors.py). The simulator's float controller uses the same formula with ``2**x``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ledgerlm.consensus.compact import compact_to_target, target_to_compact
from ledgerlm.errors import InputError

RADIX_BITS = 16
RADIX = 1 << RADIX_BITS
POW_LIMIT_BITS = 0x1D00FFFF
IDEAL_BLOCK_TIME_S = 600
HALFLIFE_S = 2 * 24 * 3600


def _div_trunc(a: int, b: int) -> int:
    """C++ signed division (truncates toward zero); Python's // floors."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def next_target(
    anchor_target: int,
    time_diff_s: int,
    height_diff: int,
    *,
    pow_limit: int | None = None,
    ideal_block_time_s: int = IDEAL_BLOCK_TIME_S,
    halflife_s: int = HALFLIFE_S,
) -> int:
    """Target for the block after one that is ``height_diff`` above the anchor and whose timestamp is
    ``time_diff_s`` after the anchor's parent timestamp."""
    limit = compact_to_target(POW_LIMIT_BITS) if pow_limit is None else pow_limit
    if not 0 < anchor_target <= limit:
        raise InputError("ASERT anchor target out of range", hint="the anchor target must be in (0, pow_limit]")
    if height_diff < 0:
        raise InputError("ASERT height_diff must be >= 0", hint="the block must not be below the anchor")
    exponent = _div_trunc((time_diff_s - ideal_block_time_s * (height_diff + 1)) * RADIX, halflife_s)
    shifts = exponent >> RADIX_BITS  # arithmetic shift, floors like int64 >> in C++
    frac = exponent & 0xFFFF
    factor = RADIX + ((195766423245049 * frac + 971821376 * frac**2 + 5127 * frac**3 + (1 << 47)) >> 48)
    target = anchor_target * factor
    shifts -= RADIX_BITS
    target = target << shifts if shifts > 0 else target >> -shifts
    if target == 0:
        return 1
    return min(target, limit)


def next_bits(anchor_bits: int, time_diff_s: int, height_diff: int, **kwargs: int) -> int:
    """Compact-encoded version of :func:`next_target` (what a block header carries)."""
    return target_to_compact(next_target(compact_to_target(anchor_bits), time_diff_s, height_diff, **kwargs))


@dataclass(frozen=True)
class VectorRun:
    """One published run: an anchor and the expected nBits after each (height, time)."""

    name: str
    description: str
    anchor_height: int
    anchor_parent_time: int
    anchor_bits: int
    rows: tuple[tuple[int, int, int, int], ...]  # (iteration, height, time, expected nBits)


def load_vector_run(path: Path) -> VectorRun:
    """Parse a ``runNN`` file of the aserti3-2d test vectors (header lines start with ``##``)."""
    header: dict[str, str] = {}
    rows: list[tuple[int, int, int, int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("##"):
            key, _, value = line[2:].partition(":")
            header[key.strip()] = value.strip()
        elif line.strip() and not line.startswith("#"):
            it, height, time, bits = line.split()
            rows.append((int(it), int(height), int(time), int(bits, 16)))
    parent_key = next((k for k in header if k.startswith("anchor") and k.endswith("time")), None)
    if parent_key is None or "anchor height" not in header or "anchor nBits" not in header:
        raise InputError(f"{path} is not an aserti3-2d vector file", hint="expected '## anchor height: ...' headers")
    return VectorRun(
        name=path.name,
        description=header.get("description", ""),
        anchor_height=int(header["anchor height"]),
        anchor_parent_time=int(header[parent_key]),
        anchor_bits=int(header["anchor nBits"], 16),
        rows=tuple(rows),
    )
