"""Token reading of round 6, second pass: company suffixes are not tickers, a spelled count or "go for" makes a
lower-case ticker word the coin, and lower-case ``aave`` after a Chinese place word (从 / 在 / 到) is the protocol."""

from __future__ import annotations

import pytest

from ledgerlm.language.tokens import find_tokens


def _symbols(text: str) -> list[str]:
    return [t.symbol for t in find_tokens(text, colloquial=True)]


@pytest.mark.parametrize("text", ["pay Harbor Lane Studios LLC", "Acme LTD", "Foo INC", "Meridian GMBH"])
def test_company_suffix_is_no_ticker(text: str) -> None:
    assert _symbols(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("could you get me twelve sol", ["SOL"]),
        ("a couple of link", ["LINK"]),
        ("what's a doge go for", ["DOGE"]),
        ("the sol of my shoe", []),
    ],
)
def test_lower_case_ticker_in_context(text: str, want: list[str]) -> None:
    assert _symbols(text) == want


@pytest.mark.parametrize(("text", "want"), [("从 aave 提 800 DAI", ["DAI"]), ("存到 aave", []), ("买 aave", ["AAVE"])])
def test_aave_after_a_chinese_place_word(text: str, want: list[str]) -> None:
    assert _symbols(text) == want
