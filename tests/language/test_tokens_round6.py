"""Token readings added in round 6: widely held tickers (WIF, BONK, PENDLE, CAKE, SUSHI, SUI), the word-like ones
only in capitals, and a lower-case ticker word read from a price idiom after it or a stance before it."""

from __future__ import annotations

import pytest

from ledgerlm.language.tokens import find_tokens


def _symbols(text: str) -> list[str]:
    return [t.symbol for t in find_tokens(text, colloquial=True)]


@pytest.mark.parametrize(
    ("text", "symbol"), [("is wif pumping", "WIF"), ("buy 3 PENDLE", "PENDLE"), ("CAKE 涨了", "CAKE")]
)
def test_known_tickers(text: str, symbol: str) -> None:
    assert symbol in _symbols(text)


@pytest.mark.parametrize("text", ["a piece of cake", "sushi for dinner?"])
def test_word_like_tickers_stay_words_in_lower_case(text: str) -> None:
    assert _symbols(text) == []


@pytest.mark.parametrize(
    "text", ["what is link going for today", "diamond hands on sol", "bullish on op", "is uni mooning"]
)
def test_lower_case_ticker_from_its_context(text: str) -> None:
    assert len(_symbols(text)) == 1


def test_article_still_blocks() -> None:
    assert _symbols("hands on the link") == []


@pytest.mark.parametrize("text", ["how do loans on aave work", "pull my usdc from aave"])
def test_protocol_named_like_its_token_is_a_place(text: str) -> None:
    assert "AAVE" not in _symbols(text)


@pytest.mark.parametrize("text", ["buy 2 aave", "is AAVE on sale"])
def test_the_token_itself(text: str) -> None:
    assert "AAVE" in _symbols(text)
