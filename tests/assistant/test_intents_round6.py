"""Sentence-level intent rules of round 6 (``intents/reading.py``): "what does the contract I deployed do" is
explained, paying a person back is a transfer, 用/拿/花 X 换 Y buys Y, a stablecoin sum taken "out of my <token>"
sells that token, losing money is a risk question, and a message opening with "pay <name>" is a transfer."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.intents import reading


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("info", "what does the splitter contract i made do", "explain"),
        ("other", "我刚部署的多签是干嘛的", "explain"),
        ("info", "what does a multisig do", "info"),  # a definition, not the user's own contract
        ("repay", "pay marco back 15 usdc", "transfer"),
        ("repay", "还给小陈 200 U", "transfer"),
        ("repay", "pay back my 300 dai loan", "repay"),
        ("repay", "还 300 DAI", "repay"),
        ("sell", "拿 3 个 SOL 换成 USDC", "buy"),
        ("sell", "把 3 个 SOL 换成 USDC", "sell"),
        ("withdraw", "need 900 dai, take it out of my btc", "sell"),
        ("withdraw", "take 900 dai out of my savings", "withdraw"),
        ("withdraw", "take 900 dai out of my aave", "withdraw"),  # a protocol named like its token
        ("hold", "can i lose my money holding shib", "risk"),
        ("deposit", "pay Dr. Osei 45 usdc", "transfer"),
        ("deposit", "pay off 45 usdc", "deposit"),  # no recipient, no transfer opening
        ("hold", "where's avax trading today", "price"),
        ("other", "so what's arb at rn?", "price"),
        ("hold", "SOL 现在啥价", "price"),
        ("buy", "diamond handing my link forever", "hold"),
        ("buy", "buy and hodl 3 sol", "buy"),  # an amount: the order stands
        ("sell", "先拿住 BTC", "hold"),
        ("price", "what is it exactly (OP)", "info"),
        ("price", "what is op at", "price"),
        ("info", "explain the contract at 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "explain"),
        ("info", "explain smart contracts", "info"),
        ("info", "pls explain deployment 12", "explain"),
        ("explain", "查一下 SOL 的价格", "price"),
        ("balance", "看看 BTC 多少钱", "price"),
        ("balance", "我的 BTC 值多少钱", "balance"),  # the worth of the user's own holding
        ("hold", "ARB 今天涨了还是跌了", "price"),
        ("other", "tell me about AVAX", "info"),
        ("info", "what's 2 sol in dollars", "price"),
        ("buy", "offload 40 link pls", "sell"),
        ("buy", "cash out 2 eth", "sell"),
    ],
)
def test_reconsider(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.5, text) == want


def test_counter_amount_in_money_words() -> None:
    from decimal import Decimal

    from ledgerlm.assistant.intents.catalog._rules import swap_spend

    slots = swap_spend("我想花三千块钱的USDC买点ETH", {"token": "ETH", "counter_token": "USDC"})
    assert slots["counter_amount"] == Decimal("3000")


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("what are my sol rewards so far", False),
        ("what's the yield on my staked eth", False),
        ("how do i claim my rewards", True),
    ],
)
def test_rewards_questions_stay_rewards(text: str, question: bool) -> None:
    from ledgerlm.assistant.intents.spec import as_question

    assert as_question("dividend", text) is question  # answered with the user's own figures, not as info


def test_explain_a_transaction_whatever_the_head_says() -> None:
    text = "pls explain tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
    assert reading.reconsider("transfer", 0.6, text) == "explain"


def test_collateral_named_after_its_noun() -> None:
    from ledgerlm.assistant.intents.catalog._rules import collateral

    assert collateral("借 800 DAI，抵押品用 ETH", {"token": "DAI"})["collateral"] == "ETH"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("i want to know how lending works before i lend my 300 usdc", True),
        ("wondering how bridging works, bridge 1 eth for me", True),
        ("send 2 eth to bob and tell me how it works", False),
    ],
)
def test_how_question_inside_a_sentence(text: str, question: bool) -> None:
    from ledgerlm.assistant.intents.spec import as_question

    assert as_question("deposit", text) is question
