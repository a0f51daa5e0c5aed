"""Sentence-level intent rules of round 5 (``intents/reading.py`` and the how-to rule of ``intents/spec.py``): a
negated sell holds, money put into a token buys it, a message opening with a transfer verb to a named recipient
is a transfer, a risk word about a named token asks about risk, and a how-to is answered even with an amount."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.intents import reading, understand
from ledgerlm.assistant.intents.spec import as_question


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("sell", "hold on to my link, do not sell", "hold"),
        ("sell", "先别卖 ETH", "hold"),
        ("sell", "sell 2 eth", "sell"),
        ("deposit", "put 300 dai into sol", "buy"),
        ("deposit", "put 300 dai into the sol pool", "deposit"),  # a pool is named: a deposit
        ("buy", "wire 40 usdc to Ravi Menon please", "transfer"),
        ("buy", "send 40 usdc for eth", "buy"),  # no recipient: not turned into a transfer
        ("info", "is shib a scam?", "risk"),
        ("explain", "这个 SOL 靠谱吗", "risk"),
        ("info", "what is a rug pull", "info"),  # a definition, no token
        ("info", "how do I keep my ETH safe", "info"),  # a how-to
    ],
)
def test_reconsider(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.5, text) == want


def test_a_confident_order_with_a_recipient_is_left_alone() -> None:
    assert reading.reconsider("buy", 0.95, "send 40 usdc to bob") == "buy"


@pytest.mark.parametrize(
    ("intent", "text", "question"),
    [
        ("transfer", "how to send 5 usdc to bob?", True),
        ("transfer", "怎么给老王转 100 USDT", True),
        ("deposit", "is there a way to deposit 50 dai?", True),
        ("sell", "how would i go about selling 3 sol", True),
        ("create_contract", "how do you deploy a token contract?", True),
        ("create_contract", "deploy a token called Sun with 1000 supply", False),
        ("transfer", "send 5 usdc to bob", False),
        ("buy", "can you buy 2 eth", False),
    ],
)
def test_how_to(intent: str, text: str, question: bool) -> None:
    assert as_question(intent, text) is question


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("put 2k usdc into avax", "buy", {"token": "AVAX", "counter_token": "USDC", "counter_amount": 2000}),
        (
            "wire 900 usdt to Kessler & Co. today",
            "transfer",
            {"token": "USDT", "amount": 900, "recipient": "Kessler & Co."},
        ),
        ("how to send 5 usdc to bob?", "info", {"token": "USDC"}),
        ("pay back my entire usdt loan", "repay", {"token": "USDT", "amount": "all"}),
    ],
)
def test_understand(text: str, intent: str, slots: dict) -> None:
    u = understand(text)
    got = {k: (str(v) if k in ("amount", "counter_amount") and v != "all" else v) for k, v in u.slots.items()}
    want = {k: (str(v) if k in ("amount", "counter_amount") and v != "all" else v) for k, v in slots.items()}
    assert (u.intent, got) == (intent, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("pull my 3 eth out of the vault", "withdraw"),
        ("把 ETH 从池子里拿出来", "withdraw"),
        ("put 3 eth in the vault", "deposit"),
    ],
)
def test_money_taken_out_is_a_withdrawal(text: str, want: str) -> None:
    assert reading.reconsider("deposit", 0.5, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [("what's my sol worth", "balance"), ("我的 BTC 现在值多少钱", "balance"), ("what is sol worth", "price")],
)
def test_the_worth_of_my_holding_is_a_balance(text: str, want: str) -> None:
    assert reading.reconsider("price", 0.6, text) == want


@pytest.mark.parametrize(
    ("text", "collateral", "token"),
    [("抵押 3 个 ETH 借 5000 USDC", "ETH", "USDC"), ("borrow 800 dai with 1 eth as collateral", "ETH", "DAI")],
)
def test_collateral_written_with_its_amount(text: str, collateral: str, token: str) -> None:
    u = understand(text)
    assert (u.slots["collateral"], u.slots["token"]) == (collateral, token)
