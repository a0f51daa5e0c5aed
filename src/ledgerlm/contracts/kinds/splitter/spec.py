"""Splitter spec: payees and their shares; every payment (ETH or any ERC-20) is split pro rata, pulled by payees."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, positive


class SplitterSpec(ContractSpec):
    kind: ClassVar[str] = "splitter"
    required: ClassVar[tuple[str, ...]] = ("payees", "shares")

    #: Payee addresses or placeholder names ("me" = you), in the order of ``shares``.
    payees: list[str] | None = None
    #: Each payee's share (60/40, 5:3:2, 33.3%...): only the ratios matter.
    shares: list[Decimal] | None = None
    #: The asset the income is expected in (for the explanation and the self-test); every asset is split anyway.
    token: str = "ETH"

    @field_validator("payees")
    @classmethod
    def _payees(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        normalized = [p for p in (normalize_party(o) for o in v) if p is not None]
        if len(set(normalized)) != len(normalized):
            raise ValueError("payees must be distinct")
        return normalized or None

    @field_validator("shares")
    @classmethod
    def _shares(cls, v: list[Decimal] | None) -> list[Decimal] | None:
        if v is None:
            return None
        if not v:
            return None
        for share in v:
            positive("shares", share)
        return v

    @model_validator(mode="after")
    def _same_length(self) -> SplitterSpec:
        if self.payees is not None and self.shares is not None and len(self.payees) != len(self.shares):
            raise ValueError(
                f"shares: {len(self.shares)} shares given for {len(self.payees)} payees; give one share per payee"
            )
        return self

    @property
    def payees_count(self) -> int | None:
        """How many payees the contract has (the pipeline binds this many parties)."""
        if self.shares is not None:
            return len(self.shares)
        return len(self.payees) if self.payees else None


def integer_shares(shares: list[Decimal]) -> list[int]:
    """Shares as the contract's integers, exactly: 33.3/33.3/33.4 become 333/333/334 (all scaled by the same power
    of ten), never rounded."""
    scale = 0
    for share in shares:
        exponent = share.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            scale = max(scale, -exponent)
    if scale > 18:
        from ledgerlm.errors import SpecError

        raise SpecError("shares", "have more than 18 decimal places")
    return [int(share * (10**scale)) for share in shares]


SPEC = SplitterSpec
