"""Loan spec: lender funds, borrower draws, repays principal plus interest on the outstanding balance."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, non_negative, positive


class LoanSpec(ContractSpec):
    kind: ClassVar[str] = "loan"
    required: ClassVar[tuple[str, ...]] = ("principal", "annual_rate_pct", "term_months")

    principal: Decimal | None = None
    token: str = "ETH"
    annual_rate_pct: Decimal | None = None
    term_months: Decimal | None = None
    #: Share of the original principal due each period; None = interest-only, principal at maturity.
    installment_pct: Decimal | None = None
    #: Months between payments (1 = monthly, 3 = quarterly); None = a single payment at maturity.
    period_months: Decimal | None = None
    lender: str | None = None
    borrower: str | None = None

    @field_validator("principal", "term_months", "period_months")
    @classmethod
    def _positive(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        return positive(info.field_name or "", v)

    @field_validator("annual_rate_pct")
    @classmethod
    def _rate(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        non_negative(v)
        allow = bool((info.context or {}).get("allow_high_rate"))
        if v is not None and v > 100 and not allow:
            raise ValueError(f"{v}% a year is above 100%; pass --allow-high-rate if this is intended")
        return v

    @field_validator("installment_pct")
    @classmethod
    def _installment(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and not (0 < v <= 100):
            raise ValueError(f"must be more than 0 and at most 100 percent of the principal (got {v})")
        return v

    @field_validator("lender", "borrower")
    @classmethod
    def _party(cls, v: str | None) -> str | None:
        return normalize_party(v)

    @model_validator(mode="after")
    def _period_within_term(self) -> LoanSpec:
        if self.period_months is not None and self.term_months is not None and self.period_months > self.term_months:
            raise ValueError(f"period_months ({self.period_months}) is longer than term_months ({self.term_months})")
        if self.lender is not None and self.lender == self.borrower:
            raise ValueError("lender and borrower must be different parties")
        return self


SPEC = LoanSpec
