"""Slot readings added in round 5 (issue 8, intents): money put *into* a token, a dollar value "worth of" a token,
a number that points back at its token or follows the verb, recipients written as a field, after a kin word or a
filler, capitals, the user's own tickers in a dividend question, and "whole"/清仓 as the whole balance."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.language.slots import extract_slots, recipient_of, swap_direction


@pytest.mark.parametrize(
    ("text", "given", "got"),
    [
        ("spend 400 dai on uni", "DAI", "UNI"),
        ("put 2k usdc into avax", "USDC", "AVAX"),
        ("throw 50 usdt at doge", "USDT", "DOGE"),
        ("buy 300 usdc worth of btc", "USDC", "BTC"),
        ("花 800U 买 ETH", "USDT", "ETH"),
        ("拿 200 DAI 换成 LINK", "DAI", "LINK"),
    ],
)
def test_money_into_a_token(text: str, given: str, got: str) -> None:
    assert swap_direction(text) == (given, got)


def test_worth_of_needs_a_dollar_value() -> None:
    # "2 eth worth of sol" is no dollar value: not read as a swap out of ETH by the "worth of" rule
    assert swap_direction("buy 2 eth worth of SOL") is None


def test_spend_into_reads_the_counter_side() -> None:
    slots = extract_slots("spend 400 dai on uni", "buy")
    assert slots == {"token": "UNI", "counter_token": "DAI"}  # the 400 is DAI: no amount of UNI


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("get me some doge, say 5 thousand of them, paid in usdc", "buy", Decimal(5000)),
        ("LINK 我有 300 个，卖 120", "sell", Decimal(120)),
    ],
)
def test_loose_amounts(text: str, intent: str, amount: Decimal) -> None:
    assert extract_slots(text, intent)["amount"] == amount


def test_two_loose_numbers_are_no_amount() -> None:
    assert "amount" not in extract_slots("ETH: had 3, have 2, sell maybe", "sell")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("to: maria | amount: 10 | token: usdc", "maria"),
        ("收款人：老赵，100 USDT", "老赵"),
        ("send my cousin Priya 25 usdc", "Priya"),
        ("pay tom about 15 usdc", "tom"),
        ("wire 900 usdt to Kessler & Co. today", "Kessler & Co."),
    ],
)
def test_recipients(text: str, recipient: str) -> None:
    assert recipient_of(text) == recipient


def test_capitals_are_not_tickers() -> None:
    assert extract_slots("BUY 3 SOL RIGHT NOW PLS", "buy") == {"token": "SOL", "amount": Decimal(3)}
    assert extract_slots("BUY 300 PROJ TODAY", "buy")["token"] == "PROJ"  # a number makes it a ticker


@pytest.mark.parametrize(
    ("text", "token"),
    [("claim the payout of my RWA tokens", "RWA"), ("领一下 GLD 的分红", "GLD"), ("any news for ONDO holders", "ONDO")],
)
def test_dividend_reads_the_users_own_ticker(text: str, token: str) -> None:
    assert extract_slots(text, "dividend") == {"token": token}


def test_dividend_ignores_shouted_words() -> None:
    assert extract_slots("CLAIM MY REWARDS NOW", "dividend") == {}
