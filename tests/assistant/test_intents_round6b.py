"""Round 6, second pass (heldout10): money taken out of a named place is a withdrawal whatever verb carries it, a
risk question asked with an order's verb is a risk question, 囤 / "long term hold" without an amount is holding, a
trend word (走势 / 行情) asks a price, "what's a doge go for" asks a price, a message that is only an order's name
("转账") is that order with every slot asked, and a loan's collateral may carry its amount ("against 1 eth")."""

from __future__ import annotations

import pytest

from ledgerlm.assistant.intents import reading
from ledgerlm.assistant.intents.catalog import _rules


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("sell", "pull my 3 eth out of lido", "withdraw"),
        ("sell", "get my 50 usdc back from compound", "withdraw"),
        ("deposit", "从 aave 提 800 DAI", "withdraw"),
        ("sell", "need 2500 usdc, take it out of my eth", "sell"),  # out of the user's own token: a sale
        ("sell", "sell 2 eth on aave", "sell"),  # no "out of / from" a place
        ("buy", "could i get rugged on pepe", "risk"),
        ("buy", "is pepe a scam?", "risk"),
        ("buy", "buy 2 pepe, is it safe?", "buy"),  # an amount: the order stands (the splitter asks the rest)
        ("buy", "buy pepe before it rugs", "buy"),  # no question
        ("buy", "长期囤 LINK", "hold"),
        ("buy", "囤 10 个 LINK", "buy"),
        ("info", "以太坊最近走势怎么样", "price"),
        ("info", "what's a doge go for these days", "price"),
        ("other", "转账", "transfer"),
        ("other", "I want to borrow", "borrow"),
        ("other", "提币", "withdraw"),
        ("other", "transfer money laws in the eu", "other"),  # more than the bare order
    ],
)
def test_reconsider(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.9, text) == want


@pytest.mark.parametrize(
    ("text", "collateral"),
    [("borrow five hundred dai against 1 eth", "ETH"), ("borrow 500 dai against 2.5 wbtc", "WBTC")],
)
def test_collateral_with_its_amount(text: str, collateral: str) -> None:
    from decimal import Decimal

    out = _rules.collateral(text, {"token": "DAI", "amount": Decimal(500)})
    assert out["collateral"] == collateral
    assert out["token"] == "DAI" and out["amount"] == Decimal(500)


def test_spent_sum_after_its_dollar_sign() -> None:
    from decimal import Decimal

    out = _rules.swap_spend("buy like $200 of eth", {"token": "ETH", "counter_token": "USDC"})
    assert out["counter_amount"] == Decimal(200)


@pytest.mark.parametrize(
    ("text", "want"),
    [("put half a btc into compound", "deposit"), ("ape 2k usdc into pepe", "buy"), ("buy 2 eth", "buy")],
)
def test_money_put_into_a_place_is_a_deposit(text: str, want: str) -> None:
    assert reading.reconsider("buy", 0.9, text) == want


def test_money_sum_is_the_spent_side() -> None:
    from decimal import Decimal

    from ledgerlm.assistant.intents import understand

    u = understand("买一千块钱的 DOGE")
    assert u.intent == "buy" and u.slots == {"token": "DOGE", "counter_amount": Decimal(1000)}


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("deposit", "take out 3000 usdt loan with btc collateral", "borrow"),
        ("other", "i need a loan of 2 eth", "borrow"),
        ("repay", "pay back my loan", "repay"),
    ],
)
def test_taking_a_loan_is_borrowing(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.9, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [("给我爸转 100 U 买菜用", "transfer"), ("给老婆转 500 U 买咖啡用", "transfer"), ("用 100 U 买 ETH", "buy")],
)
def test_purchase_as_the_purpose_of_a_transfer(text: str, want: str) -> None:
    assert reading.reconsider("buy", 0.9, text) == want


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("sell", "把 0.1 BTC 转到我另一个钱包", "transfer"),
        ("deposit", "move 30 usdc to my cold wallet", "transfer"),
        ("buy", "i got 3 eth", "hold"),
        ("buy", "get me 3 eth", "buy"),
    ],
)
def test_own_wallet_and_holdings_told(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.9, text) == want


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [("buy", "我有 5 个 ETH", "hold"), ("buy", "帮我查下 SOL 和 AVAX 的价格", "price"), ("buy", "买 2 个 SOL", "buy")],
)
def test_holdings_told_and_prices_looked_up(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.9, text) == want


def test_collateral_alone_leaves_the_loan_to_ask() -> None:
    from decimal import Decimal

    out = _rules.collateral("borrow against my 5 eth", {"token": "ETH", "amount": Decimal(5)})
    assert out == {"collateral": "ETH"}


@pytest.mark.parametrize(
    ("text", "want"), [("转 0.1 个 ETH", "transfer"), ("帮我转账 500 U", "transfer"), ("转 1 个 ETH 换成 USDC", "buy")]
)
def test_zh_send_opening_with_an_amount(text: str, want: str) -> None:
    assert reading.reconsider("buy", 0.4, text) == want
