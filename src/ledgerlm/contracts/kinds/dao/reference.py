"""The DAO's Python reference: what OpenZeppelin's Governor (CountingSimple, VotesQuorumFraction, TimelockControl)
and ERC20Votes compute, integer for integer. The self-test and the property tests compare the chain with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ledgerlm.errors import SpecError

DAY = 86400


def allocation(supply_base: int, shares_pct: Sequence[Decimal]) -> list[int]:
    """Base units minted to each holder: exactly ``supply × share / 100``; a split that is not exact in base units
    is refused (never rounded, so the supply is exactly what was asked)."""
    out = []
    for share in shares_pct:
        exact = Decimal(supply_base) * Decimal(share) / 100
        if exact != exact.to_integral_value():
            raise SpecError("holder_shares", f"{share}% of the supply is not a whole number of base units")
        out.append(int(exact))
    if sum(out) != supply_base:
        raise SpecError("holder_shares", "the holders' amounts do not add up to the supply")
    return out


def quorum(total_supply_at_snapshot: int, quorum_pct: int) -> int:
    """GovernorVotesQuorumFraction: supply × numerator / 100, floored."""
    return total_supply_at_snapshot * quorum_pct // 100


def outcome(votes_for: int, against: int, abstain: int, quorum_votes: int) -> str:
    """GovernorCountingSimple once voting ended: quorum counts For + Abstain; success needs For > Against too."""
    if votes_for + abstain >= quorum_votes and votes_for > against:
        return "Succeeded"
    return "Defeated"


def voting_power(balances: Mapping[str, int], delegates: Mapping[str, str | None]) -> dict[str, int]:
    """ERC20Votes: a delegate's votes are the balances of everyone who delegated to it; undelegated tokens have no
    votes (not even their holder's own)."""
    power: dict[str, int] = {}
    for holder, balance in balances.items():
        to = delegates.get(holder)
        if to:
            power[to] = power.get(to, 0) + balance
    return power


def executable_at(queued_at: int, timelock_delay_s: int) -> int:
    """TimelockController: an operation scheduled at ``queued_at`` is ready at ``queued_at + minDelay``."""
    return queued_at + timelock_delay_s


def seconds(days: Decimal) -> int:
    value = Decimal(days) * DAY
    if value != value.to_integral_value():
        raise SpecError("days", f"{days} days is not a whole number of seconds")
    return int(value)
