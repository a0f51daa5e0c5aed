"""Escrow spec: the payer locks funds; payer or arbiter releases them to the payee; refund after the deadline."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, positive


class EscrowSpec(ContractSpec):
    kind: ClassVar[str] = "escrow"
    required: ClassVar[tuple[str, ...]] = ("amount", "deadline_days")

    amount: Decimal | None = None
    token: str = "ETH"
    payer: str | None = None
    payee: str | None = None
    arbiter: str | None = None
    deadline_days: Decimal | None = None

    @field_validator("amount", "deadline_days")
    @classmethod
    def _positive(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        return positive(info.field_name or "", v)

    @field_validator("payer", "payee", "arbiter")
    @classmethod
    def _party(cls, v: str | None) -> str | None:
        return normalize_party(v)

    @model_validator(mode="after")
    def _distinct(self) -> EscrowSpec:
        if self.payer is not None and self.payer == self.payee:
            raise ValueError("payer and payee must be different parties")
        return self


SPEC = EscrowSpec
