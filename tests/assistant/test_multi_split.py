"""Several requests in one message (issue 10 item 5): split at the joints of both languages, never inside one
request, and a later part inherits a token only when it names none."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.multi import split_requests


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("buy 2 sol and then send 1 sol to bob", ["buy 2 sol", "send 1 sol to bob"]),
        ("sell 1 eth, buy 10 sol and send 2 sol to dave", ["sell 1 eth", "buy 10 sol", "send 2 sol to dave"]),
        ("deposit 500 usdc; borrow 0.1 eth", ["deposit 500 usdc", "borrow 0.1 eth"]),
        ("卖掉 100 个 link，然后买 0.5 个 eth", ["卖掉 100 个 link", "买 0.5 个 eth"]),
        ("存 1000 USDC 进去顺便借 300 DAI", ["存 1000 USDC 进去", "借 300 DAI"]),
        ("repay 100 dai plus withdraw 2 eth", ["repay 100 dai", "withdraw 2 eth"]),
    ],
)
def test_splits_at_joints(text: str, want: list[str]) -> None:
    assert split_requests(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "buy and hold eth",  # one request: "hold" is how the user means to keep it, not a second order
        "swap 100 USDC for ETH",
        "send 1 ETH to bob and alice",  # one request with two recipients: asked, never split
        "send 1,000 usdc to bob",  # a thousands separator is no joint
        "buy 2 eth, please",
    ],
)
def test_one_request_stays_whole(text: str) -> None:
    assert split_requests(text) == [text]


def test_inherits_the_amounts_token_not_the_protocol() -> None:
    """ "withdraw my 50 usdc from aave and pay carol 20": the 20 is USDC (written with the amount), not AAVE."""
    assert split_requests("withdraw my 50 usdc from aave and pay carol 20") == [
        "withdraw my 50 usdc from aave",
        "pay carol 20 USDC",
    ]


def test_own_token_is_kept() -> None:
    assert split_requests("buy 1 ETH and then send 5 USDC to bob") == ["buy 1 ETH", "send 5 USDC to bob"]
