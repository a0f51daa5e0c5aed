"""Round 10 of assistant intents: conditional orders, firms' legal forms, HK names, stories before an order, and the
confusions the round-10 held-out set showed (heldout17: 116/138 untouched, 9 silent)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from ledgerlm.assistant.intents import spec, understand
from ledgerlm.assistant.intents.catalog import _handlers
from ledgerlm.assistant.multi import split_requests
from ledgerlm.language.slots import extract_slots, legal_form, recipient_of

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


# -- an order that waits for a price is no order: answered, never planned ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "when btc hits 100k sell half",
        "if sol goes above 300 sell 5 for me",
        "buy 2 eth once it dips to 2500",
        "ETH 跌到 2000 就买 1 个",
        "等 BTC 到 12 万再卖 0.1 个",
        "doge 涨破 1 块的时候全卖了",
        "buy 1 eth at 3000 or lower",
        "SOL 跌到 100 再买 3 个",  # 再 is a joint: split there, the order would run now
    ],
)
def test_a_conditional_order_is_answered_without_an_amount(text: str) -> None:
    assert spec.conditional(text)
    parts = split_requests(text)
    assert len(parts) == 1, parts
    u = understand(text)
    assert u.intent == "info", (text, u)
    assert "amount" not in u.slots and "recipient" not in u.slots


@pytest.mark.parametrize(
    "text",
    [
        "if i have more than 5 sol left sell 2",  # the user's balance, no price move
        "回到家就给老王转 100 U",  # 回到 is coming home, no price
        "等我到了公司再转 50 U 给小李",
        "send 5 usdc to bob once he replies",
    ],
)
def test_a_condition_without_a_price_move_is_no_conditional_order(text: str) -> None:
    assert not spec.conditional(text)


def test_the_answer_to_a_conditional_order_says_it_is_not_supported() -> None:
    bot = SimpleNamespace(answer_knowledge=lambda *a: pytest.fail("the knowledge base is not asked"))
    reply = _handlers.answer_knowledge(bot, "info", {"token": "ETH"}, "en", "if eth drops below 2000 buy 1")
    assert "conditional" in reply.text and reply.kind == "answer"
    zh = _handlers.answer_knowledge(bot, "info", {}, "zh", "跌到 2000 就买")
    assert "条件单" in zh.text


# -- a firm's whole name, an apostrophe, a long address: never cut --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("send 300 USDT to Nowak & Partners Sp. z o.o.", "Nowak & Partners Sp. z o.o."),
        ("send 20 dai to Kowalczyk & Sons Sp. z o.o.", "Kowalczyk & Sons Sp. z o.o."),
        ("send 100 usdc to Kowalski Bros. Ltd.", "Kowalski Bros. Ltd."),
        ("send 10 usdc to Tan Brothers Sdn Bhd", "Tan Brothers Sdn Bhd"),
        ("wire 1500 USDC to NWOSU TRADING LTD", "NWOSU TRADING LTD"),
        ("send 200 usdc to ADEBAYO HOLDINGS LTD", "ADEBAYO HOLDINGS LTD"),
        ("send 15 dai to o'brien", "o'brien"),
        ("send 0.01 btc to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"),
        ("把 500 U 转给阿Ken", "阿Ken"),
        ("给阿May转 80 U", "阿May"),
        ("venmo jake 20 usdc lol", "jake"),
        ("transfer 60 usdt to Lena, invoice INV-2026-0045", "Lena"),
    ],
)
def test_the_whole_payee_is_read(text: str, payee: str) -> None:
    u = understand(text)
    assert u.intent == "transfer"
    assert u.slots.get("recipient") == payee, (text, u.slots, u.unsure)


def test_a_possessive_still_names_the_payee() -> None:
    assert recipient_of("send 5 usdc to bob's wallet") == "bob"


def test_legal_forms() -> None:
    assert legal_form(" Sp. z o.o.") and legal_form(", LLC") and legal_form(" Bros. Ltd.")
    assert not legal_form(" for rent") and not legal_form("")


# -- numbers that are no amount -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("先还一部分 DAI 借款", "repay", {"token": "DAI"}),  # 一部分 is "a part", no count of one
        ("卖一些 SOL", "sell", {"token": "SOL"}),
        ("transfer 60 usdt to Lena, invoice INV-2026-0045", "transfer", None),
    ],
)
def test_one_inside_a_word_and_a_code_are_no_amount(text: str, intent: str, want: dict[str, object] | None) -> None:
    parts = split_requests(text)
    assert len(parts) == 1, parts
    u = understand(text)
    assert u.intent == intent
    if want is not None:
        assert u.slots == want
    else:
        assert u.slots.get("amount") == Decimal("60")


# -- a past trade told before the order is the story, not the order -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("bought 3 eth yesterday at 3100, now sell 1", "sell", {"token": "ETH", "amount": Decimal("1")}),
        ("sold 2 eth last week, now buy 1 sol", "buy", {"token": "SOL", "amount": Decimal("1")}),
        ("昨天买了 3 个 ETH，现在卖 1 个", "sell", {"token": "ETH", "amount": Decimal("1")}),
    ],
)
def test_a_story_before_the_order(text: str, intent: str, want: dict[str, object]) -> None:
    parts = split_requests(text)
    assert len(parts) == 1, parts
    u = understand(text)
    assert (u.intent, u.slots) == (intent, want)


# -- confusions -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("by 3 sol", "buy"),
        ("USDC 派息到了没", "dividend"),
        ("can I borrow without collateral?", "info"),
        ("can i stake before doing kyc?", "info"),
        ("如果我想 set up 一个 DAO 合约，要几步？", "info"),
        ("what happens to my staked eth if the validator goes offline", "info"),
    ],
)
def test_confusions(text: str, intent: str) -> None:
    u = understand(text)
    assert u.intent == intent, (text, u)
    assert "amount" not in u.slots or intent == "buy"


def test_no_then_a_figure_corrects_the_amount() -> None:
    assert understand("sell 10 avax no 15").slots == {"token": "AVAX", "amount": Decimal("15")}
    assert extract_slots("sell 10 avax no 15", "sell")["amount"] == Decimal("15")


def test_two_requests_with_a_chinese_joint_and_a_name() -> None:
    parts = split_requests("卖 20 个 ARB 然后转 100 USDC 给老秦")
    assert len(parts) == 2, parts
    assert understand(parts[1]).slots == {"token": "USDC", "amount": Decimal("100"), "recipient": "老秦"}


def test_heldout17_floor() -> None:
    """The round's own set (written before the fixes): every row fully right but two, and nothing silent."""
    rows, correct, silent, _ = score_messages(DATA / "intents_heldout17.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, f"{correct}/{rows}"
