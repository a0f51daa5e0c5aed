"""DAO spec: the votes token (name, symbol, supply, initial holders), the governor's rules (quorum, voting delay
and period, proposal threshold) and the timelock's delay. Durations are days (Decimal), amounts whole tokens.

``None`` means "not stated": required values are asked; ``name`` defaults to "<SYMBOL> DAO", ``voting_delay_days``
to one day, ``proposal_threshold`` to 0 and the holders to the deployer alone, each said as an assumption when the
contract is built (never silently chosen at parse time)."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, non_negative, positive

DAY = 86400
#: the governor stores the voting period as uint32 seconds and the delay as uint48
MAX_PERIOD_DAYS = Decimal(2**32 - 1) / DAY
DEFAULT_VOTING_DELAY_DAYS = Decimal(1)


class DaoKindSpec(ContractSpec):
    kind: ClassVar[str] = "dao"
    required: ClassVar[tuple[str, ...]] = (
        "symbol",
        "supply",
        "quorum_pct",
        "voting_period_days",
        "timelock_delay_days",
    )

    #: DAO / token name ("Harbor Guild"); None = "<SYMBOL> DAO".
    name: str | None = None
    #: Governance token symbol (GUILD).
    symbol: str | None = None
    #: Total supply of votes, whole tokens; all minted at deployment, nothing can be minted later.
    supply: Decimal | None = None
    #: Percent of the total supply (at the snapshot) that must vote For or Abstain.
    quorum_pct: Decimal | None = None
    #: Days voting stays open.
    voting_period_days: Decimal | None = None
    #: Days between a proposal and its vote snapshot; None = 1 day.
    voting_delay_days: Decimal | None = None
    #: Days a passed proposal waits in the timelock before it can execute.
    timelock_delay_days: Decimal | None = None
    #: Votes needed to make a proposal, whole tokens; None = anyone with tokens (0).
    proposal_threshold: Decimal | None = None
    #: Initial holders (addresses or names, "me" = you); None = the whole supply to you.
    holders: list[str] | None = None
    #: Each holder's percent of the supply, in the order of ``holders``; they add up to 100.
    holder_shares: list[Decimal] | None = None

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip().lstrip("$")
        if not v.isascii() or not v.isalnum() or not 1 <= len(v) <= 11:
            raise ValueError(f"{v!r} is not a token symbol (1-11 letters or digits)")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = " ".join(v.split())
        if not v or len(v) > 64:
            raise ValueError("must be 1-64 characters")
        return v

    @field_validator("supply")
    @classmethod
    def _supply(cls, v: Decimal | None) -> Decimal | None:
        return positive("supply", v)

    @field_validator("proposal_threshold")
    @classmethod
    def _threshold(cls, v: Decimal | None) -> Decimal | None:
        return non_negative(v)

    @field_validator("quorum_pct")
    @classmethod
    def _quorum(cls, v: Decimal | None) -> Decimal | None:
        if v is None:
            return None
        if not Decimal(0) < v <= 100 or v != v.to_integral_value():
            # GovernorVotesQuorumFraction counts in whole percent (denominator 100): 2.5% cannot be held exactly
            raise ValueError(f"must be a whole percent from 1 to 100 (got {v})")
        return v

    @field_validator("voting_period_days", "voting_delay_days", "timelock_delay_days")
    @classmethod
    def _days(cls, v: Decimal | None) -> Decimal | None:
        if v is None:
            return None
        if v < 0:
            raise ValueError(f"must not be negative (got {v})")
        if v > MAX_PERIOD_DAYS:
            raise ValueError(f"is longer than the governor can store ({v} days)")
        if v * DAY != (v * DAY).to_integral_value():
            raise ValueError(f"{v} days is not a whole number of seconds")
        return v

    @field_validator("holders")
    @classmethod
    def _holders(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        normalized = [p for p in (normalize_party(o) for o in v) if p is not None]
        if len(set(normalized)) != len(normalized):
            raise ValueError("holders must be distinct")
        return normalized or None

    @field_validator("holder_shares")
    @classmethod
    def _shares(cls, v: list[Decimal] | None) -> list[Decimal] | None:
        if not v:
            return None
        for share in v:
            positive("holder_shares", share)
        return v

    @model_validator(mode="after")
    def _rules(self) -> DaoKindSpec:
        if self.voting_period_days is not None and self.voting_period_days * DAY < 60:
            raise ValueError("voting_period_days must keep voting open at least a minute")
        if self.holder_shares is not None:
            total = sum(self.holder_shares, Decimal(0))
            if total != 100:
                raise ValueError(f"holder_shares add up to {total}%, not 100%")
            if self.holders is not None and len(self.holders) != len(self.holder_shares):
                raise ValueError(
                    f"holder_shares gives {len(self.holder_shares)} shares for {len(self.holders)} holders; "
                    "give one share per holder"
                )
        if self.supply is not None and self.proposal_threshold is not None and self.proposal_threshold > self.supply:
            raise ValueError("proposal_threshold is more than the whole supply: nobody could ever propose")
        return self

    def missing(self) -> list[str]:
        absent = super().missing()
        if self.holders is not None and len(self.holders) > 1 and self.holder_shares is None:
            absent.append("holder_shares")  # several holders, no split stated: asked, never split evenly by guess
        return absent

    @property
    def holders_count(self) -> int | None:
        """How many holders the pipeline binds (the shares say it when the names do not)."""
        if self.holder_shares is not None:
            return len(self.holder_shares)
        return len(self.holders) if self.holders else None

    def token_name(self) -> str:
        return self.name or f"{self.symbol} DAO"

    def voting_delay(self) -> Decimal:
        return DEFAULT_VOTING_DELAY_DAYS if self.voting_delay_days is None else self.voting_delay_days


SPEC = DaoKindSpec
