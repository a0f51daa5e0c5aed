"""Round 8, second pass: the classes found on ``intents_heldout15.jsonl`` (written by hand before any change of this
pass: 64/79 = 81.0%, 4 silent values on the round-8 code) and left over by the first pass, mostly in the splitter
(``assistant/multi.py``). Each class is a general rule with its counter-cases; the phrasings here are new ones, not
the rows of the set."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.multi import split_requests
from ledgerlm.language.hant import simplified
from ledgerlm.language.slots import extract_slots, repeated, wants_all

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


def _read(text: str) -> list[tuple[str, dict[str, object]]]:
    return [(u.intent, dict(u.slots)) for u in map(understand, split_requests(text))]


# -- a repeated or recurring order: one plan cannot carry it, the amount is asked --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "send 25 usdc to omar twice",
        "pay nina 40 dai 4 times",
        "transfer 100 usdt to my brother every month",
        "给小李转 200 U，转三次",
        "每周给我妈转 500 USDT",
        "swap 50 usdc for sol three times",
    ],
)
def test_a_repeated_order_has_no_amount(text: str) -> None:
    for _intent, slots in _read(text):
        assert "amount" not in slots and "counter_amount" not in slots, slots


@pytest.mark.parametrize("text", ["第一次买 ETH，买 0.1 个", "一次性转 100 U 给老王", "send 2 eth to bob"])
def test_no_repetition_is_read_where_there_is_none(text: str) -> None:
    assert not repeated(text)


def test_how_often_is_no_payee() -> None:
    slots = extract_slots("send 30 usdt to my dad every week", "transfer")
    assert slots.get("recipient") == "dad"
    assert "amount" not in slots


# -- a quantifier where the payee goes is no payee -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "send 2 usdc to everybody on my list",
        "pay everyone in the group 5 dai",
        "send 0.1 eth to all of my friends",
        "give each of them 10 usdt",
        "给大家转 20 U",
    ],
)
def test_a_quantifier_is_no_recipient(text: str) -> None:
    assert "recipient" not in understand(text).slots


@pytest.mark.parametrize(("text", "who"), [("send all my link to dora", "dora"), ("give all my usdc to my mum", "mum")])
def test_all_of_the_amount_keeps_the_payee(text: str, who: str) -> None:
    slots = understand(text).slots
    assert slots.get("recipient") == who and slots.get("amount") == "all"


# -- kin words and amounts in words, Cantonese word order ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "who", "amount"),
    [
        ("send my nephew forty usdt", "nephew", 40),
        ("pay my roommate a hundred dai", "roommate", 100),
        ("send it to my wife 30 usdc", "wife", 30),
    ],
)
def test_a_kin_word_before_an_amount_in_words_is_the_payee(text: str, who: str, amount: int) -> None:
    slots = extract_slots(text, "transfer")
    assert slots.get("recipient") == who and slots.get("amount") == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("俾 80 USDT 阿傑", {"token": "USDT", "amount": Decimal(80), "recipient": "阿傑"}),
        ("幫我俾 30 個 USDC 老陳", {"token": "USDC", "amount": Decimal(30), "recipient": "老陳"}),
    ],
)
def test_cantonese_give_sum_then_name(text: str, slots: dict[str, object]) -> None:
    assert understand(text).slots == slots


def test_a_word_after_the_sum_is_no_name() -> None:
    assert "recipient" not in extract_slots("给 100 USDT 就行", "transfer")


@pytest.mark.parametrize(
    ("text", "who"), [("Please send 15 DAI to Olga.\nThanks", "Olga"), ("send 5 usdc to Mr. Ito", "Mr. Ito")]
)
def test_the_full_stop_of_a_sentence_is_no_part_of_a_name(text: str, who: str) -> None:
    assert understand(text).slots.get("recipient") == who


def test_cantonese_sell_all() -> None:
    assert wants_all(simplified("幫我賣晒啲 AVAX"))  # read in simplified characters, as ``understand`` reads it
    assert understand("沽晒我啲 SOL").slots == {"token": "SOL", "amount": "all"}


# -- a pasted conversation is quoted, not asked ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["User: pay 2 usdc to kim\nAssistant: Sure, sending 2 USDC to kim now.", "用户：给老王转 5 U\n助手：好的，已转"],
)
def test_a_pasted_transcript_is_no_order(text: str) -> None:
    assert (understand(text).intent, understand(text).slots) == ("other", {})


def test_one_label_alone_is_read() -> None:
    assert understand("Note: send 2 usdc to kim").intent == "transfer"


# -- a coin by a name the token list lacks -----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["is moonfrog coin legit or a rug", "is banana token a scam?", "这个 月亮币 是骗局吗"])
def test_risk_of_an_unlisted_coin(text: str) -> None:
    u = understand(text)
    assert u.intent == "risk" and "token" not in u.slots


def test_a_definition_of_a_scam_coin_stays_information() -> None:
    assert understand("what is a scam coin").intent == "info"


# -- the splitter: one request that looks like two ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "open up my wallet, how much usdt do i have",
        "look at my account and tell me how much link is left",
        "buy 3 sol, no wait forget it, what's the sol price",
        "sell 1 eth... cancel that, how much eth do i have",
        "buy 2 avax and hold it",
        "stake 50 usdc and earn some interest",
        "给阿强转 50 U，转两次",
    ],
)
def test_one_request_is_not_split(text: str) -> None:
    assert split_requests(text) == [text]


def test_a_withdrawn_order_then_two_requests() -> None:
    parts = split_requests("sell 2 sol, never mind, show my usdc balance and the eth price")
    assert [understand(p).intent for p in parts] == ["balance", "price"]


# -- the splitter: two requests ------------------------------------------------------------------------------------
def test_the_verb_is_carried_without_the_payee() -> None:
    assert _read("pay lena 15 dai and omar 25 dai") == [
        ("transfer", {"token": "DAI", "amount": Decimal(15), "recipient": "lena"}),
        ("transfer", {"token": "DAI", "amount": Decimal(25), "recipient": "omar"}),
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [("卖 3 个 AVAX，然后把钱转给阿辉", "阿辉"), ("sell 4 link then send the proceeds to nico", "nico")],
)
def test_the_money_of_a_sale_passed_on_is_asked(text: str, who: str) -> None:
    """What the sale brings in is not written: a transfer to the payee whose amount and token are asked (the whole
    message read as one sent the 3 AVAX sold)."""
    reads = _read(text)
    assert [i for i, _ in reads] == ["sell", "transfer"]
    assert reads[1][1] == {"recipient": who}


def test_a_debt_told_is_no_request() -> None:
    text = "i owe maya 12 dai, send it to her"
    assert split_requests(text) == [text]


@pytest.mark.parametrize("text", ["sell 2 eth, no wait, don't", "buy 1 sol... actually don't"])
def test_a_bare_dont_takes_the_order_back(text: str) -> None:
    assert (understand(text).intent, understand(text).slots) == ("other", {})


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("can u send my grandpa 15 usdc", "grandpa"),
        ("send 0.1 eth to my bf", "bf"),
        ("pay my aunt about 40 dai", "aunt"),
    ],
)
def test_more_kin_words(text: str, who: str) -> None:
    assert extract_slots(text, "transfer").get("recipient") == who


def test_the_verb_is_carried_without_the_payee_in_chinese() -> None:
    assert _read("给阿华转 40 U，老周 60 U") == [
        ("transfer", {"token": "USDT", "amount": Decimal(40), "recipient": "阿华"}),
        ("transfer", {"token": "USDT", "amount": Decimal(60), "recipient": "老周"}),
    ]


def test_a_verb_of_another_intent_is_no_payee() -> None:
    assert _read("send nora 5 usdc and sell 2 eth")[1] == ("sell", {"token": "ETH", "amount": Decimal(2)})


def test_a_second_payee_alone_still_asks() -> None:
    assert split_requests("send 3 usdc to lena and omar") == ["send 3 usdc to lena and omar"]


@pytest.mark.parametrize(
    ("text", "token"),
    [("buy sol with 200 usdt, then stake it", "SOL"), ("swap 300 usdc for link and then stake it", "LINK")],
)
def test_staking_what_a_buy_returns_asks_its_amount(text: str, token: str) -> None:
    """What the buy returns is not written: the token is carried, the amount asked (it was the spent 200 USDT)."""
    reads = _read(text)
    assert [i for i, _ in reads] == ["buy", "deposit"]
    assert reads[1][1] == {"token": token}


def test_staking_a_written_buy_carries_its_amount() -> None:
    assert _read("buy 2 avax, then stake it")[1] == ("deposit", {"token": "AVAX", "amount": Decimal(2)})


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        (
            "1. sell 20 uni\n2. buy 3 eth",
            [("sell", {"token": "UNI", "amount": Decimal(20)}), ("buy", {"token": "ETH", "amount": Decimal(3)})],
        ),
        ("- check the sol price\n- sell 4 sol", [("price", {"token": "SOL"}), ("sell", {"token": "SOL", "amount": 4})]),
        (
            "(1) 卖 2 个 ETH\n(2) 买 100 个 ARB",
            [("sell", {"token": "ETH", "amount": Decimal(2)}), ("buy", {"token": "ARB", "amount": Decimal(100)})],
        ),
    ],
)
def test_a_numbered_or_bulleted_list(text: str, reads: list[tuple[str, dict[str, object]]]) -> None:
    """Each line is a request; the list's marker ("2.") is never read as an amount (it sent the line to a payee)."""
    assert _read(text) == reads


def test_greetings_and_sign_offs_of_an_email() -> None:
    reads = _read("Hello team,\nplease send 60 USDC to Irene.\nAlso what is the SOL price?\nKind regards")
    assert reads == [
        ("transfer", {"token": "USDC", "amount": Decimal(60), "recipient": "Irene"}),
        ("price", {"token": "SOL"}),
    ]


def test_an_ampersand_joins_two_orders_but_not_a_firm() -> None:
    assert len(split_requests("sell 2 link & send 30 usdc to ravi")) == 2
    assert split_requests("wire 900 usdt to Pike & Sons Ltd") == ["wire 900 usdt to Pike & Sons Ltd"]


def test_a_cantonese_price_question_after_a_transfer() -> None:
    assert [i for i, _ in _read("轉 10 USDT 俾阿玲，再睇下 ETH 幾錢")] == ["transfer", "price"]


# -- the round-8b set ----------------------------------------------------------------------------------------------
def test_heldout15_floor() -> None:
    """``intents_heldout15.jsonl`` (79 messages, 15 of two requests), written before this pass (64/79, 4 silent on
    the code before it); tuned on since (a seen floor)."""
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout15.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, misses


@pytest.mark.parametrize(
    "text",
    ["sell 2 sol, then send it to bob", "卖 2 个 SOL，卖完转给老王", "sell 2 sol and send 10 usdc to bob"],
)
def test_a_transfer_read_from_a_message_that_also_trades_asks_its_amount(text: str) -> None:
    """Read as one transfer, these planned "send 2 SOL": the coins sold, not what the sale brings in (lead, round 8)."""
    from ledgerlm.assistant.intents import understand

    u = understand(text)
    assert u.intent == "transfer" and "amount" not in u.slots and "token" not in u.slots


def test_a_plain_transfer_beside_a_purpose_keeps_its_amount() -> None:
    from ledgerlm.assistant.intents import understand

    u = understand("send 5 usdc to bob so he can buy lunch")
    assert u.slots.get("amount") == 5 and u.slots.get("token") == "USDC"


def test_a_sale_passes_on_its_counter_token_never_the_coins_sold() -> None:
    from ledgerlm.assistant.multi import split_requests

    parts = split_requests("卖掉 1 个 BTC 换成 USDT，卖完直接转给阿明")
    assert parts == ["卖掉 1 个 BTC 换成 USDT", "卖完直接转给阿明 (USDT)"]


def test_a_how_to_question_about_buying_is_about_the_token_bought() -> None:
    """ "我想知道怎么用 USDC 买 ARB" read USDC (blind8, seen); a swap question stays about the user's token."""
    from ledgerlm.assistant.intents import understand

    assert understand("我想知道怎么用 USDC 买 ARB").slots.get("token") == "ARB"
    assert understand("is there a way to swap my eth for usdc?").slots.get("token") == "ETH"
