"""Round 9: the classes of misreading found on ``intents_heldout16.jsonl`` (written by hand before any round-9
change: 98/109 = 89.9%, 4 silent values), each as a general rule with its counter-cases.

The phrasings here are new ones for each class, not the rows of the set."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant.intents import spec, understand
from ledgerlm.assistant.multi import split_requests
from ledgerlm.language.slots import extract_slots

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


# -- a hypothetical about the user's own action is a question, never the order it imagines ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "what if i dumped all my doge right now",
        "what would happen if we unstaked 4 eth",
        "suppose i sold 3 avax yesterday",
        "imagine i had bought 2 btc in 2020",
        "if i were to borrow 500 dai, what would my health factor be",
        "how much would i have made on 10 sol since january",
        "假如我现在卖掉 2 个 ETH 会怎么样",
        "要是我把 500 U 全存进 aave 一年能赚多少",
        "我如果借 1000 USDC 每个月要还多少",
    ],
)
def test_a_hypothetical_is_information(text: str) -> None:
    assert spec.hypothetical(text)
    u = understand(text)
    assert u.intent == "info", (text, u)
    assert "amount" not in u.slots and "recipient" not in u.slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # round 10: an order on a price condition is no immediate order (conditional orders are not supported)
        ("如果 ETH 跌破 2000 就买 1 个", "info"),
        ("if eth dips below 3k, buy 1 eth", "info"),
        ("what if i lose all my money on pepe", "risk"),  # a word of risk: the risk question stands
        ("sell 2 eth", "sell"),
    ],
)
def test_a_condition_or_a_risk_is_no_hypothetical(text: str, intent: str) -> None:
    parts = split_requests(text)
    assert len(parts) == 1, parts
    assert understand(text).intent == intent


def test_a_hypothetical_is_one_message() -> None:
    """ "suppose i bought 5 sol, how much would i have now": the question after the comma belongs to the supposition."""
    assert split_requests("suppose i staked 8 eth last year, how much would i have now") == [
        "suppose i staked 8 eth last year, how much would i have now"
    ]


# -- what an order needs, asked before it, is a question -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "how much sol do i need to put up to borrow 300 usdc",
        "how many eth are required to open a vault",
        "借 500 USDC 需要抵押多少个 BTC",
        "存 DAI 最少要多少",
    ],
)
def test_a_requirement_question_is_information(text: str) -> None:
    u = understand(text)
    assert u.intent == "info", (text, u)
    assert "amount" not in u.slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I want to know how much SOL is in my wallet", "balance"),  # "know how much" is no how-to
        ("i'd like to know how to stake sol", "info"),
    ],
)
def test_knowing_how_much_is_no_how_to(text: str, intent: str) -> None:
    assert understand(text).intent == intent


# -- identifiers, dates, thresholds and rough counts are no amounts ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("ticket 40213 still open, sell 2 link", "sell", {"token": "LINK", "amount": Decimal("2")}),
        ("卖 3 个 SOL，单号 771203", "sell", {"token": "SOL", "amount": Decimal("3")}),
        ("buy some avax, call me on 13900001111", "buy", {"token": "AVAX"}),
        ("3月8号买的 SOL 卖掉 2 个", "sell", {"token": "SOL", "amount": Decimal("2")}),
        ("if i have more than 5 sol left sell 2", "sell", {"token": "SOL", "amount": Decimal("2")}),
        ("等 BTC 涨到 12 万就卖 0.2 个", "info", {"token": "BTC"}),  # round 10: a conditional order is info
        ("买几千个 DOGE", "buy", {"token": "DOGE"}),
        ("转一百多 U 给老周", "transfer", {"token": "USDT", "recipient": "老周"}),
        ("卖十几个 LINK", "sell", {"token": "LINK"}),
        ("grab like 300ish ada", "buy", {"token": "ADA"}),
    ],
)
def test_numbers_that_are_no_amount(text: str, intent: str, want: dict[str, object]) -> None:
    parts = split_requests(text)
    assert len(parts) == 1, parts
    u = understand(text)
    assert (u.intent, u.slots) == (intent, want)


def test_an_order_with_a_token_keeps_its_number() -> None:
    """ "order 5 sol": the number written with its token is the amount, whatever the word before it."""
    assert extract_slots("order 5 sol for me", "buy")["amount"] == Decimal("5")
    assert extract_slots("sell 100000000 shib", "sell")["amount"] == Decimal("100000000")


# -- a figure the user negates is not the amount ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("stake 30 sol, not 30, 20", "deposit", Decimal("20")),
        ("repay 800 dai not 80", "repay", Decimal("800")),
        ("给阿华转 60 U，不是 60，是 45", "transfer", Decimal("45")),
        ("sell 4 eth not 40", "sell", Decimal("4")),
    ],
)
def test_a_negated_figure_is_no_amount(text: str, intent: str, amount: Decimal) -> None:
    u = understand(text)
    assert u.intent == intent
    assert u.slots.get("amount") == amount, u


def test_a_bare_no_before_a_figure_corrects_it() -> None:
    """ "buy 2 eth no 3": never 2 (3, or asked)."""
    u = understand("buy 4 sol no 5")
    assert u.slots.get("amount") in (None, Decimal("5"))


def test_a_negation_keeps_the_payee() -> None:
    assert extract_slots("send 25 usdc to dana, not 52", "transfer") == {
        "token": "USDC",
        "amount": Decimal("25"),
        "recipient": "dana",
    }


# -- a past trade is told, the order is the other verb ----------------------------------------------------------------
def test_a_past_buy_is_no_side_of_the_order() -> None:
    u = understand("去年买的 AVAX 现在卖 5 个")
    assert (u.intent, u.slots) == ("sell", {"token": "AVAX", "amount": Decimal("5")})


# -- payees: titles, kin titles, honorifics, two-word relations, "give" ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("pay dr. okoro 90 usdc", "dr. okoro"),
        ("send auntie lin 15 usdt", "auntie lin"),
        ("send coach dan 20 usdc", "coach dan"),
        ("transfer 100 usdt to my cousin sister", "cousin sister"),
    ],
)
def test_titled_and_related_payees(text: str, who: str) -> None:
    assert extract_slots(text, "transfer").get("recipient") == who


@pytest.mark.parametrize(
    ("text", "who"), [("Please send 15 USDC to Suzuki-san.", "Suzuki-san"), ("send 40 usdt to Park-nim", "Park-nim")]
)
def test_an_honorific_is_part_of_the_name(text: str, who: str) -> None:
    u = understand(text)
    assert u.intent == "transfer"
    assert u.slots.get("recipient") == who, u


def test_give_opens_a_transfer() -> None:
    u = understand("give my sis 0.2 eth")
    assert (u.intent, u.slots.get("recipient")) == ("transfer", "sis")
    assert understand("give me 2 eth").intent != "transfer"


# -- two requests: a condition clause is no request of its own --------------------------------------------------------
def test_a_condition_is_not_split_off() -> None:
    assert len(split_requests("once sol hits 250, sell 5 sol")) == 1
    parts = split_requests("buy 1 eth and when it hits 5k sell it")
    assert len(parts) == 2
    assert understand(parts[1]).slots.get("amount") is None  # the 5k is the threshold, never the amount


def test_a_courtesy_is_no_condition() -> None:
    assert len(split_requests("sell 1 eth, then if you can check my balance")) == 2


# -- the round-9 sets -------------------------------------------------------------------------------------------------
def test_heldout16_floor() -> None:
    """``intents_heldout16.jsonl`` (109 messages), written before the round-9 changes (98/109, 4 silent); tuned on
    since (a seen floor)."""
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout16.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, misses


def test_thanks_after_the_payee_is_no_second_payee() -> None:
    assert extract_slots("send 12 usdc to Mori-san, thank you so much", "transfer").get("recipient") == "Mori-san"


@pytest.mark.parametrize("text", ["转 U", "帮我转点 SOL", "转些 USDC 吧"])
def test_zh_send_verb_and_token_is_a_transfer(text: str) -> None:
    u = understand(text)
    assert u.intent == "transfer"
    assert "amount" not in u.slots and "recipient" not in u.slots


def test_heldout16_after_floor() -> None:
    """``intents_heldout16_after.jsonl`` (54 messages), written after the round-9 changes and measured once
    untuned (53/54, 0 silent); its one miss (a payee dropped before "thank you") was fixed after that measure."""
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout16_after.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, misses
