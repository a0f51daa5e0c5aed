"""Round 10, second pass: the classes heldout18 and the first pass left (a Cantonese give before the payee, a stake
taken away, interest claimed, a name in capitals, an invoice code, tickers glued to their count, decimal commas,
a forum post's EDIT:, a pasted support chat, voice-to-text fillers, Malay order verbs)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.multi import split_requests, user_turns
from ledgerlm.language.slots import extract_slots, wants_all

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("畀 200 USDT 阿Mike", "transfer", {"token": "USDT", "amount": Decimal(200), "recipient": "阿Mike"}),
        ("send 40 USDC to KAREN", "transfer", {"token": "USDC", "amount": Decimal(40), "recipient": "KAREN"}),
        (
            "invoice INV-2026-0045 pay 30 dai to bob",
            "transfer",
            {"token": "DAI", "amount": Decimal(30), "recipient": "bob"},
        ),
        ("转USDT100给老王", "transfer", {"token": "USDT", "amount": Decimal(100), "recipient": "老王"}),
        ("买ETH2个", "buy", {"token": "ETH", "amount": Decimal(2)}),
        ("我要提走全部质押的 SOL", "withdraw", {"token": "SOL", "amount": "all"}),
        ("领取我的 DAI 利息", "dividend", {"token": "DAI"}),
        ("还清我的 USDC 借款", "repay", {"token": "USDC", "amount": "all"}),
        ("pls buy 0,5 eth", "buy", {"token": "ETH", "amount": Decimal("0.5")}),
        (
            "transfer 12,50 DAI to Jürgen",
            "transfer",
            {"token": "DAI", "amount": Decimal("12.5"), "recipient": "Jürgen"},
        ),
        ("tolong jual 200 ADA saya, thanks", "sell", {"token": "ADA", "amount": Decimal(200)}),
        (
            "send 10 sol to my guildmate xXSniperXx",
            "transfer",
            {"token": "SOL", "amount": Decimal(10), "recipient": "xXSniperXx"},
        ),
        ("嗯 就是说 转 300 U 给那个 小张", "transfer", {"token": "USDT", "amount": Decimal(300), "recipient": "小张"}),
    ],
)
def test_the_left_classes_read_fully(text: str, intent: str, slots: dict[str, object]) -> None:
    parts = split_requests(text)
    assert parts == [text]
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "sell 2,5 sol pls",  # 2.5 or a slip for 25: asked, as language.numbers reads it
        "sell 0,5 eth for 1,000 usdc",  # two conventions in one message: the decimal comma is not trusted
    ],
)
def test_a_decimal_comma_another_reading_fits_is_asked(text: str) -> None:
    assert extract_slots(text, "sell").get("amount") not in (Decimal("2.5"), Decimal("0.5"))


def test_a_filler_alone_is_never_the_payee() -> None:
    assert extract_slots("转 300 U 给那个", "transfer").get("recipient") is None


def test_a_known_ticker_after_to_stays_a_token() -> None:
    assert "recipient" not in extract_slots("swap 40 USDC to PEPE", "transfer")
    assert "recipient" not in extract_slots("send 40 usdc to SHIB", "transfer")


def test_a_forum_edit_corrects_the_order_and_is_no_second_one() -> None:
    text = "I want to sell 5 DOT. EDIT: make it 8"
    assert split_requests(text) == [text]
    assert understand(text).slots == {"token": "DOT", "amount": Decimal(8)}


def test_a_pasted_support_chat_is_read_from_the_users_turns() -> None:
    text = "Agent: how can I help? User: send 0.2 eth to Priya"
    assert user_turns(text) == "send 0.2 eth to Priya"
    assert user_turns("action: transfer\nto: Ingrid") is None
    assert user_turns("Customer: hi, I want to buy 3 SOL please") is None  # one speaker: read as written
    u = understand(split_requests(text)[0])
    assert (u.intent, u.slots) == ("transfer", {"token": "ETH", "amount": Decimal("0.2"), "recipient": "Priya"})


def test_a_debt_paid_off_is_all_of_it() -> None:
    assert wants_all("结清贷款") and wants_all("還清 DAI")
    assert not wants_all("清楚了吗")


def test_heldout18_is_read() -> None:
    rows, correct, silent, _ = score_messages(DATA / "intents_heldout18.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, f"{correct}/{rows}"
