"""Readings that were silently wrong or dropped on unseen utterances (round 4): each case is a class, not a row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.multi import split_requests
from ledgerlm.language.numbers import find_numbers


@pytest.mark.parametrize("text", ["how does one withdraw dai from the vault", "which one is cheaper", "no one pays"])
def test_one_as_a_pronoun_is_no_amount(text: str) -> None:
    assert find_numbers(text) == []


def test_one_as_a_number_stays() -> None:
    assert [n.value for n in find_numbers("send one ETH and one hundred USDC")] == [Decimal(1), Decimal(100)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("wire 200 dai over to Dr. Patel", "Dr. Patel"),
        ("please transfer 1,000 USDT to Hart & Sons Ltd", "Hart & Sons Ltd"),
        ("send 300 usdc to Globex Corp.", "Globex Corp."),
    ],
)
def test_a_recipient_is_read_whole(text: str, recipient: str) -> None:
    assert understand(text).slots["recipient"] == recipient


@pytest.mark.parametrize("text", ["send 5 usdc to Dr.", "how to send 5 usdc"])
def test_no_cut_name_or_verb_becomes_a_recipient(text: str) -> None:
    assert "recipient" not in understand(text).slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [("sell all my SOL", "sell"), ("把手上的 SOL 全卖了", "sell"), ("把存的 USDC 全部取出来", "withdraw")],
)
def test_the_whole_balance_is_read_with_its_words(text: str, intent: str) -> None:
    u = understand(text)
    assert (u.intent, u.slots["amount"]) == (intent, "all")
    assert u.to_dict()["evidence"]["amount"]["rule"] == "the whole balance"


def test_safe_is_not_all() -> None:
    assert understand("安全地卖 2 ETH").slots["amount"] == Decimal(2)


def test_collateral_after_is_and_putting_up() -> None:
    assert understand("can I take a loan of 800 USDT, collateral is my SOL").slots["collateral"] == "SOL"
    assert understand("borrow 2k usdc, putting up my weth as collateral").slots["collateral"] == "WETH"
    assert "collateral" not in understand("borrow 100 usdc, collateral will be decided later").slots


def test_an_onward_transfer_takes_the_amount_before_it() -> None:
    parts = split_requests("withdraw 300 usdc，然后转给小陈")
    assert len(parts) == 2
    u = understand(parts[1])
    assert (u.intent, u.slots) == ("transfer", {"token": "USDC", "amount": Decimal(300), "recipient": "小陈"})


def test_a_side_question_after_an_order_is_kept() -> None:
    parts = split_requests("买 0.1 个 BTC，另外帮我看看 ETH 多少钱")
    assert [understand(p).intent for p in parts] == ["buy", "price"]


def test_an_escape_sequence_is_no_part_of_the_request() -> None:
    """Removing only the ESC left "[31m", read as 31 million: the whole sequence goes before anything is read."""
    u = understand("send \x1b[31m1e30 USDC to bob")
    assert u.slots["amount"] == Decimal("1e30") and "\x1b" not in u.text
