"""Multisig spec: N owners, any ``threshold`` of whom must confirm a transaction before it executes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec


class MultisigSpec(ContractSpec):
    kind: ClassVar[str] = "multisig"
    required: ClassVar[tuple[str, ...]] = ("owners_count", "threshold")

    #: Owner addresses or placeholder names; may be shorter than owners_count until all are given.
    owners: list[str] | None = None
    owners_count: int | None = None
    threshold: int | None = None

    @field_validator("owners")
    @classmethod
    def _owners(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        normalized = [normalize_party(o) for o in v]
        if len(set(normalized)) != len(normalized):
            raise ValueError("owners must be distinct")
        return [o for o in normalized if o is not None]

    @model_validator(mode="after")
    def _threshold(self) -> MultisigSpec:
        if self.owners is not None and self.owners_count is None:
            self.owners_count = len(self.owners)
        if self.owners_count is not None and self.owners_count < 1:
            raise ValueError("owners_count must be at least 1")
        if self.threshold is not None and self.threshold < 1:
            raise ValueError("threshold must be at least 1")
        if self.owners_count is not None and self.threshold is not None and self.threshold > self.owners_count:
            raise ValueError(f"threshold ({self.threshold}) is greater than owners_count ({self.owners_count})")
        if self.owners is not None and self.owners_count is not None and len(self.owners) > self.owners_count:
            raise ValueError(f"{len(self.owners)} owners given but owners_count is {self.owners_count}")
        return self


SPEC = MultisigSpec
