"""Which asset a spec's ``token`` means on a chain: moved to the chain layer (:mod:`ledgerlm.chain.assets`), since
prices, governance and the pipeline all resolve symbols; this module re-exports it so existing imports keep
working."""

from __future__ import annotations

from ledgerlm.chain.assets import NATIVE, Asset, register_token, resolve_asset, token_book

__all__ = ["NATIVE", "Asset", "register_token", "resolve_asset", "token_book"]
