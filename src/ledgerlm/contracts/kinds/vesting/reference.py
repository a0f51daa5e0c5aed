"""The vesting curve of OpenZeppelin's VestingWalletCliff, in Python, to the wei.

vested(t) = 0 before start + cliff; total after start + duration; else total * (t - start) // duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ledgerlm import units


@dataclass(frozen=True)
class VestingTerms:
    start: int  # timestamp, seconds
    duration_seconds: int
    cliff_seconds: int

    @property
    def cliff_end(self) -> int:
        return self.start + self.cliff_seconds

    @property
    def end(self) -> int:
        return self.start + self.duration_seconds


def terms_from_spec(spec: Any, now: int) -> VestingTerms:
    delay = units.months_to_seconds(spec.start_delay_months or 0, field="start_delay_months")
    return VestingTerms(
        start=now + delay,
        duration_seconds=units.months_to_seconds(spec.duration_months, field="duration_months"),
        cliff_seconds=units.months_to_seconds(spec.cliff_months or 0, field="cliff_months"),
    )


def vested(total: int, terms: VestingTerms, timestamp: int) -> int:
    if timestamp < terms.cliff_end:
        return 0
    if timestamp >= terms.end:
        return total
    return total * (timestamp - terms.start) // terms.duration_seconds


def schedule_points(terms: VestingTerms, steps: int = 6) -> list[int]:
    """Timestamps worth showing: start, cliff, evenly spaced points, end."""
    points = {terms.start, terms.cliff_end, terms.end}
    points |= {terms.start + terms.duration_seconds * k // steps for k in range(1, steps)}
    return sorted(p for p in points if p >= terms.start)
