"""Crowdfund spec: contributions until a deadline; the creator claims if the goal is met, else refunds."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator

from ledgerlm.contracts.spec import ContractSpec, positive


class CrowdfundSpec(ContractSpec):
    kind: ClassVar[str] = "crowdfund"
    required: ClassVar[tuple[str, ...]] = ("goal", "deadline_days")

    goal: Decimal | None = None
    token: str = "ETH"
    deadline_days: Decimal | None = None

    @field_validator("goal", "deadline_days")
    @classmethod
    def _positive(cls, v: Decimal | None, info: ValidationInfo) -> Decimal | None:
        return positive(info.field_name or "", v)


SPEC = CrowdfundSpec
