"""Splitting added in round 5 (issue 10): a full stop before the next sentence, "btw", a side request that needs
no token (a balance, a claim of rewards), an order of "all" of a token, two different questions without an order,
and "it" carried to the next question. One question read two ways stays one; a title's full stop is no joint."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.multi import split_requests


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("buy 2 link. btw how risky is doge?", ["buy 2 link", "how risky is doge?"]),
        ("deposit 5 sol and claim my rewards", ["deposit 5 sol", "claim my rewards"]),
        ("把所有 SHIB 卖掉，然后查下余额", ["把所有 SHIB 卖掉", "查下余额"]),
        ("what's my dai balance and the btc price", ["what's my dai balance", "the btc price"]),
        ("is sol risky? and what is it anyway", ["is sol risky?", "what is it anyway (SOL)"]),
        # round 6: a part that opens with its amount takes the verb before it (alone, "5 usdc to bob" reads as a buy)
        ("send 5 usdc to Dr. Patel and 5 usdc to bob", ["send 5 usdc to Dr. Patel", "send 5 usdc to bob"]),
        ("eth price and btc price", ["eth price", "btc price"]),
    ],
)
def test_splits(text: str, parts: list[str]) -> None:
    assert split_requests(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "what is ETH and how does it work",
        "pay Dr. Nguyen 0.1 eth",
        "sell all my eth and btc",
        "eth price and eth price",
    ],
)
def test_stays_whole(text: str) -> None:
    assert split_requests(text) == [text]


def test_an_order_without_amount_after_an_order_is_split_off() -> None:
    assert split_requests("sell 2 sol, then buy link with the usdc") == ["sell 2 sol", "buy link with the usdc"]


def test_a_pledge_is_no_request_of_its_own() -> None:
    assert split_requests("用 2 个 ETH 抵押，借 3000 USDC") == ["用 2 个 ETH 抵押，借 3000 USDC"]
