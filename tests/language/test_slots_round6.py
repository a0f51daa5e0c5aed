"""Slot readings added in round 6 (issue 8, intents): "a quarter of an X", 都 in a 把 sentence as "all", a count
written after its token ("买入 LINK 二百个"), a dollar word measured in a named token ("30 bucks in dai"), unknown
tickers the words call a token or ask about, and recipients in capitals, after a title (also a Chinese surname), in
apposition, or pointed at by "her"/"him"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.language.slots import extract_slots, recipient_of, slot_evidence, wants_all


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("buy a quarter of an eth", Decimal("0.25")),
        ("send one quarter btc to bob", Decimal("0.25")),
    ],
)
def test_a_quarter_of_one_token(text: str, amount: Decimal) -> None:
    assert extract_slots(text, "buy" if text.startswith("buy") else "transfer")["amount"] == amount


def test_a_quarter_of_a_holding_is_no_amount() -> None:
    assert "amount" not in extract_slots("sell a quarter of my sol", "sell")  # a share of a holding: asked


@pytest.mark.parametrize("text", ["把 DOGE 都卖了", "把我质押的 SOL 都给我取出来", "把欠的 DAI 都还了"])
def test_ba_dou_is_all(text: str) -> None:
    assert wants_all(text)


@pytest.mark.parametrize("text", ["ETH 和 BTC 我都想买", "我都不知道该买什么"])
def test_dou_without_ba_is_not_all(text: str) -> None:
    assert not wants_all(text)


def test_all_evidence_cites_the_ba_dou_words() -> None:
    ev = slot_evidence("把 DOGE 都卖了", {"token": "DOGE", "amount": "all"})
    assert ev["amount"].spans[0].words.startswith("把")


def test_count_after_its_token() -> None:
    assert extract_slots("卖出 LINK 二百个", "sell") == {"token": "LINK", "amount": Decimal("200")}


def test_dollar_word_measured_in_a_token() -> None:
    assert extract_slots("send lena 30 bucks in dai", "transfer") == {
        "token": "DAI",
        "amount": Decimal("30"),
        "recipient": "lena",
    }


@pytest.mark.parametrize(
    ("text", "intent", "token"),
    [
        ("我的 JTO 收益呢", "dividend", "JTO"),
        ("next payout for RAY?", "dividend", "RAY"),
        ("what is JUPX", "info", "JUPX"),
        ("ZETA 是什么项目", "info", "ZETA"),
    ],
)
def test_unknown_tickers_the_words_name(text: str, intent: str, token: str) -> None:
    assert extract_slots(text, intent).get("token") == token


def test_info_does_not_take_any_capital_word() -> None:
    assert "token" not in extract_slots("WHAT IS A DAO", "info")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("SEND 40 USDC TO MARTA", "MARTA"),
        ("给 Prof. 王 转 88 U", "Prof. 王"),
        ("pay Mrs. Lindqvist 60 dai", "Mrs. Lindqvist"),
        ("wire my accountant, Priya Raman, 900 usdc", "Priya Raman"),
        ("my cousin Tomas is broke, send him 15 usdt", "Tomas"),
    ],
)
def test_recipients(text: str, who: str) -> None:
    assert recipient_of(text) == who


def test_pronoun_with_two_people_before_it_is_asked() -> None:
    assert recipient_of("my sister Ana and my brother Luis want money, send her 5 usdc") is None


def test_dollar_sum_of_a_volatile_token_stays_a_dollar_sum() -> None:
    assert extract_slots("buy 120 bucks of avax", "buy") == {"token": "AVAX", "counter_token": "USDC"}


def test_a_purpose_after_for_is_no_recipient() -> None:
    assert recipient_of("send my flatmate Ines 12 usdc for groceries") == "Ines"
    assert recipient_of("send 12 usdc for rent") is None


def test_ticker_as_a_field_value() -> None:
    assert extract_slots("action=buy token=link amount=4", "buy") == {"token": "LINK", "amount": Decimal("4")}
