"""Traceability spec: the ordered stages an item goes through, and (optionally) who records each stage."""

from __future__ import annotations

from typing import ClassVar

from pydantic import field_validator, model_validator

from ledgerlm.contracts.spec import ContractSpec

MAX_STAGES = 32


class TraceabilitySpec(ContractSpec):
    kind: ClassVar[str] = "traceability"
    required: ClassVar[tuple[str, ...]] = ("stages",)

    #: What is tracked ("coffee lots", "药品批次"): for the explanation only.
    item: str | None = None
    #: Stage names in order; each is recorded once per item, in this order.
    stages: list[str] | None = None
    #: Who records each stage, in the order of ``stages`` (None = not said; the admin grants the role later).
    stage_roles: list[str | None] | None = None

    @field_validator("stages")
    @classmethod
    def _stages(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        cleaned = [s.strip() for s in v if s and s.strip()]
        if not cleaned:
            return None
        if len(cleaned) > MAX_STAGES:
            raise ValueError(f"at most {MAX_STAGES} stages (got {len(cleaned)})")
        if len(set(cleaned)) != len(cleaned):
            raise ValueError("stage names must be distinct")
        for name in cleaned:
            if len(name) > 48 or any(ord(c) < 32 for c in name):
                raise ValueError(f"stage name {name[:20]!r} is longer than 48 characters or has control characters")
        return cleaned

    @model_validator(mode="after")
    def _roles(self) -> TraceabilitySpec:
        if self.stage_roles is not None and self.stages is not None and len(self.stage_roles) != len(self.stages):
            raise ValueError(f"stage_roles: {len(self.stage_roles)} given for {len(self.stages)} stages")
        return self


SPEC = TraceabilitySpec
