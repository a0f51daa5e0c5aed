"""Colloquial token reading for the assistant (``find_tokens(..., colloquial=True)``): lower-case ticker words
read as tokens only where the words around them say so, and ``U`` after 多少 as USDT. Contract text keeps the
strict reading (the default)."""

from __future__ import annotations

import pytest

from ledgerlm.language.tokens import find_tokens


def _symbols(text: str, **kw: bool) -> list[str]:
    return [t.symbol for t in find_tokens(text, **kw)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("sell 3 sol", ["SOL"]),  # a number right before it
        ("买两千五个 doge", ["DOGE"]),
        ("buy 1.5k uni", ["UNI"]),
        ("how much sol do i have", ["SOL"]),  # a quantity word before it
        ("dump half my link", ["LINK"]),  # a possessive
        ("keep holding sol?", ["SOL"]),  # a trading verb
        ("what's the sol price", ["SOL"]),  # a market noun after it wins over the article
        ("link 什么价", ["LINK"]),  # a Chinese sentence around it
        ("我还有多少U", ["USDT"]),  # U after a quantity word
        ("send me the link", []),  # an article: the word, not the token
        ("link my wallet please", []),
        ("how do i link my wallet", []),  # a verb after "to"/"i": no token
        ("buy one sol", ["SOL"]),  # a number word before it
        ("a ton of work", []),
        ("stake eth on lido", ["ETH"]),  # protocol names stay strict
    ],
)
def test_colloquial_reading(text: str, want: list[str]) -> None:
    assert _symbols(text, colloquial=True) == want


def test_strict_reading_is_unchanged_by_default() -> None:
    """Contract parsing and the other callers keep the cased rule, but for a ticker word counted by digits right
    before it (round 10: "vest 5000 op to Lukas" took the default ETH silently); a noun after it keeps it a word."""
    assert _symbols("sell 3 sol") == ["SOL"]
    assert _symbols("we have 2 uni students") == []
    assert _symbols("sell sol") == []
    assert _symbols("我还有多少U") == []
    assert _symbols("sell 3 SOL") == ["SOL"]
