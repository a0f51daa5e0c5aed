"""Token readings added in round 5: tickers in their issuer's mixed case, USDe/FRAX by name, and lower-case ticker
words after an amount put "on"/"at" them or before "left"."""

from __future__ import annotations

import pytest

from ledgerlm.language.tokens import find_tokens


def _symbols(text: str) -> list[str]:
    return [t.symbol for t in find_tokens(text, colloquial=True)]


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("is USDe safe", ["USDE"]),
        ("swap my cbBTC for sDAI", ["CBBTC", "SDAI"]),
        ("some frax please", ["FRAX"]),
        ("spend 1k usdt on link", ["USDT", "LINK"]),
        ("do i have any sol left", ["SOL"]),
        ("how much sol is left", ["SOL"]),
    ],
)
def test_reads(text: str, symbols: list[str]) -> None:
    assert _symbols(text) == symbols


@pytest.mark.parametrize("text", ["works on iOS", "NFTs and APIs", "click on link", "the link left me"])
def test_does_not_read(text: str) -> None:
    assert _symbols(text) == []
