"""Vesting spec: tokens released linearly to a beneficiary after a cliff (OpenZeppelin VestingWalletCliff)."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, non_negative, positive


class VestingSpec(ContractSpec):
    kind: ClassVar[str] = "vesting"
    required: ClassVar[tuple[str, ...]] = ("amount", "duration_months")

    beneficiary: str | None = None
    amount: Decimal | None = None
    token: str = "ETH"
    cliff_months: Decimal | None = None
    duration_months: Decimal | None = None
    start_delay_months: Decimal | None = None

    @field_validator("amount", "duration_months")
    @classmethod
    def _positive(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        return positive(info.field_name or "", v)

    @field_validator("cliff_months", "start_delay_months")
    @classmethod
    def _non_negative(cls, v: Decimal | None) -> Decimal | None:
        return non_negative(v)

    @field_validator("beneficiary")
    @classmethod
    def _party(cls, v: str | None) -> str | None:
        return normalize_party(v)

    @model_validator(mode="after")
    def _cliff_within_duration(self) -> VestingSpec:
        if (
            self.cliff_months is not None
            and self.duration_months is not None
            and self.cliff_months > self.duration_months
        ):
            raise ValueError(
                f"cliff_months ({self.cliff_months}) is longer than duration_months ({self.duration_months})"
            )
        return self


SPEC = VestingSpec
