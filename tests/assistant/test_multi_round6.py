"""Splitting added in round 6 (issue 10 item 5): a part that opens with its amount borrows the verb before it, 还有
before 多少/几 is "still have" (no joint), a token-less risk/price/"what's left" question asks about the token of the
part before, an onward transfer after 取完/卖完, an order paid "with it" / "with the rest" takes what the part before
produced, and "show me"/"查一下" shape a side question."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.multi import split_requests


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("buy 3 op and 40 arb", ["buy 3 op", "buy 40 arb"]),
        ("卖 2 个 ETH，再买 1 个 BTC", ["卖 2 个 ETH", "买 1 个 BTC"]),
        ("看下 SOL 多少钱，顺便说说风险", ["看下 SOL 多少钱", "说说风险 (SOL)"]),
        ("swap 2 eth to usdc, then buy arb with it", ["swap 2 eth to usdc", "buy arb with it (USDC)"]),
        # the sale's proceeds are USDT in an amount nobody wrote (round 8: this pinned "… 1 BTC", the coins sold)
        ("卖掉 1 个 BTC 换成 USDT，卖完直接转给阿明", ["卖掉 1 个 BTC 换成 USDT", "卖完直接转给阿明 (USDT)"]),
        ("pay lena 20 dai, then check what's left", ["pay lena 20 dai", "check what's left (DAI)"]),
    ],
)
def test_splits(text: str, parts: list[str]) -> None:
    assert split_requests(text) == parts


@pytest.mark.parametrize("text", ["我账户里还有多少 USDT", "还有几个 SOL 没卖", "buy and hold 2 eth"])
def test_stays_one(text: str) -> None:
    assert split_requests(text) == [text]
