"""NFT spec: an ERC-721 collection with a max supply, an ETH mint price, a per-wallet limit, optional allow-list
(Merkle root), ERC-2981 royalties and a base URI; the deployer owns it and withdraws the mint revenue."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

from pydantic import ValidationInfo, field_validator, model_validator

from ledgerlm.contracts.parties import normalize_party
from ledgerlm.contracts.spec import ContractSpec, non_negative, positive


class NftSpec(ContractSpec):
    kind: ClassVar[str] = "nft"
    required: ClassVar[tuple[str, ...]] = ("name", "symbol", "max_supply", "mint_price")

    name: str | None = None
    symbol: str | None = None
    max_supply: int | None = None
    #: Price of one token in ETH (0 = free mint).
    mint_price: Decimal | None = None
    #: Most tokens one address may mint; None = no limit other than the max supply.
    max_per_wallet: int | None = None
    #: ERC-2981 royalty on secondary sales, in percent (None = no royalty).
    royalty_pct: Decimal | None = None
    royalty_receiver: str | None = None
    base_uri: str | None = None
    #: The request asks for an allow-list: only addresses under ``allowlist_root`` may mint.
    allowlist: bool = False
    allowlist_root: str | None = None

    @field_validator("name", "symbol", "base_uri")
    @classmethod
    def _text(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None:
            return None
        v = v.strip()
        if not v:
            return None
        if any(ord(c) < 32 for c in v):
            raise ValueError("must not contain control characters")
        if info.field_name == "symbol" and not re.fullmatch(r"[A-Za-z0-9$_\-]{1,11}", v):
            raise ValueError(f"{v!r} is not a token symbol (1-11 letters or digits)")
        if info.field_name == "name" and len(v) > 64:
            raise ValueError("must be at most 64 characters")
        return v

    @field_validator("max_supply", "max_per_wallet")
    @classmethod
    def _count(cls, v: int | None, info: ValidationInfo) -> int | None:
        if v is not None and v < 1:
            raise ValueError(f"must be at least 1 (got {v})")
        if v is not None and v > 10**9:
            raise ValueError(f"must be at most 1,000,000,000 (got {v})")
        return v

    @field_validator("mint_price")
    @classmethod
    def _price(cls, v: Decimal | None) -> Decimal | None:
        return non_negative(v)

    @field_validator("royalty_pct")
    @classmethod
    def _royalty(cls, v: Decimal | None) -> Decimal | None:
        positive("royalty_pct", v)
        if v is not None and v > 100:
            raise ValueError(f"must be at most 100 (got {v})")
        return v

    @field_validator("royalty_receiver")
    @classmethod
    def _party(cls, v: str | None) -> str | None:
        return normalize_party(v)

    @field_validator("allowlist_root")
    @classmethod
    def _root(cls, v: str | None) -> str | None:
        if v is None:
            return None
        if not re.fullmatch(r"0x[0-9a-fA-F]{64}", v.strip()):
            raise ValueError("must be a 32-byte hex Merkle root (0x + 64 hex digits)")
        return v.strip().lower()

    @model_validator(mode="after")
    def _limits(self) -> NftSpec:
        if self.max_per_wallet is not None and self.max_supply is not None and self.max_per_wallet > self.max_supply:
            raise ValueError(f"max_per_wallet ({self.max_per_wallet}) is greater than max_supply ({self.max_supply})")
        if self.allowlist_root is not None:
            self.allowlist = True
        return self

    def missing(self) -> list[str]:
        """An allow-list that was asked for needs its Merkle root (it is never invented)."""
        out = super().missing()
        if self.allowlist and self.allowlist_root is None:
            out.append("allowlist_root")
        return out


SPEC = NftSpec
