"""Data-access spec: a registry of off-chain data sets (by hash) owned by the deployer, who grants readers access
with an expiry and revokes it; every grant and every access is an on-chain event."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

from pydantic import field_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, positive

_DID_PKH = re.compile(r"did:pkh:eip155:\d+:(0x[0-9a-fA-F]{40})")


def did_to_address(value: str) -> str:
    """``did:pkh:eip155:<chain>:0x…`` names an account: its address is the last part."""
    m = _DID_PKH.fullmatch(value.strip())
    return m.group(1) if m else value


class DataAccessSpec(ContractSpec):
    kind: ClassVar[str] = "data_access"
    required: ClassVar[tuple[str, ...]] = ()

    #: What the data sets are ("medical records", "病历"): for the explanation only.
    data: str | None = None
    #: A reader to grant access to (address, did:pkh DID or a name); None = grants are made later.
    reader: str | None = None
    #: How long a grant lasts, in days.
    access_days: Decimal | None = None

    @field_validator("reader")
    @classmethod
    def _reader(cls, v: str | None) -> str | None:
        if v is None:
            return None
        if v.strip().lower().startswith("did:") and not _DID_PKH.fullmatch(v.strip()):
            raise ValueError(f"{v!r} is not a did:pkh:eip155 DID; only account DIDs can hold access")
        return normalize_party(did_to_address(v))

    @field_validator("access_days")
    @classmethod
    def _days(cls, v: Decimal | None) -> Decimal | None:
        positive("access_days", v)
        if v is not None and v > 36500:
            raise ValueError(f"must be at most 36500 days (got {v})")
        return v

    def missing(self) -> list[str]:
        """A reader named without a duration: the expiry is asked, never assumed."""
        return ["access_days"] if self.reader is not None and self.access_days is None else []


SPEC = DataAccessSpec
