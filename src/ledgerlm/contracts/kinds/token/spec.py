"""ERC-20 token spec with optional mint, burn, pause and cap features."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator, model_validator

from ledgerlm.contracts.spec import ContractSpec, non_negative, positive

_SYMBOL = re.compile(r"^[A-Za-z0-9]{1,11}$")


class TokenSpec(ContractSpec):
    kind: ClassVar[str] = "token"
    required: ClassVar[tuple[str, ...]] = ("name", "symbol", "initial_supply")

    name: str | None = None
    symbol: str | None = None
    initial_supply: Decimal | None = None
    decimals: int = 18
    mintable: bool = False
    burnable: bool = False
    pausable: bool = False
    cap: Decimal | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        if v is not None and not (1 <= len(v.strip()) <= 64):
            raise ValueError("must be 1 to 64 characters")
        return v.strip() if v else v

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, v: str | None) -> str | None:
        if v is not None and not _SYMBOL.match(v):
            raise ValueError(f"{v!r} must be 1 to 11 letters or digits")
        return v

    @field_validator("initial_supply")
    @classmethod
    def _supply(cls, v: Decimal | None) -> Decimal | None:
        return non_negative(v)

    @field_validator("cap")
    @classmethod
    def _cap(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        return positive(info.field_name or "cap", v)

    @field_validator("decimals")
    @classmethod
    def _decimals(cls, v: int) -> int:
        if not 0 <= v <= 36:
            raise ValueError(f"must be between 0 and 36 (got {v})")
        return v

    @model_validator(mode="after")
    def _cap_covers_supply(self) -> TokenSpec:
        if self.cap is not None and self.initial_supply is not None and self.cap < self.initial_supply:
            raise ValueError(f"cap ({self.cap}) is below initial_supply ({self.initial_supply})")
        if self.initial_supply is not None:
            base = self.initial_supply * (Decimal(10) ** self.decimals)
            if base != base.to_integral_value():
                raise ValueError(f"initial_supply has more than {self.decimals} decimal places")
        return self


SPEC = TokenSpec
