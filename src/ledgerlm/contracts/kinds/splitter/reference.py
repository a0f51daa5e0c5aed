"""The splitter's Python reference: what ``LedgerSplitter.releasable`` returns, integer for integer."""

from __future__ import annotations


def due(total_received: int, share: int, total_shares: int, already_released: int) -> int:
    """A payee's part of everything ever received, floored, minus what it was already paid."""
    return total_received * share // total_shares - already_released


def entitlements(total_received: int, shares: list[int]) -> list[int]:
    """Each payee's whole entitlement after ``total_received``; their sum never exceeds it (floors)."""
    total = sum(shares)
    return [total_received * share // total for share in shares]
