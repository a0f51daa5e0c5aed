"""Round 12: the classes blind11 showed (a fraction word read as a ticker, payees with a compound surname or a title
after their role, "all" in Cantonese and as "fully", requests joined by a traditional 然後, payouts asked whether
they came, a decision to do nothing, a DAO set up for a club, a polite order) and the ones heldout19 left (a sum in
naira, a corrected figure beside two tokens, "hw much eth do i hv").

``intents_heldout20.jsonl`` (61 messages, 33 in Chinese) was written before any change of this round: 34/61, 3
silent values (the token ``HALF``); 58/61, none silent, after it (the three misses: a loan's collateral carried from
the deposit before it, which the pinned splits of ``test_multi_split`` leave to the chat). ``intents_heldout20_after
.jsonl`` (22, 12 in Chinese) was written after the changes and scored once: 20/22, none silent (left: "close my ETH
position on aave fully" read as a sale, "兑换 3 个 SOL 成 USDC" read as a buy).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant import multi
from ledgerlm.assistant.intents import corrections, understand
from ledgerlm.assistant.multi import split_requests
from ledgerlm.language.slots import extract_slots, wants_all

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("SELL HALF? no sell 2 ETH", "sell", {"token": "ETH", "amount": Decimal("2")}),
        ("sell HALF of my AVAX", "sell", {"token": "AVAX"}),
        ("SELL QUARTER OF MY BTC", "sell", {"token": "BTC"}),
        ("dump the REST of my PEPE", "sell", {"token": "PEPE"}),
        ("send HALF my usdc to bob", "transfer", {"token": "USDC", "recipient": "bob"}),
    ],
)
def test_a_word_of_quantity_is_never_a_ticker(text: str, intent: str, slots: dict[str, object]) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("给 欧阳娜娜 转 0.5 个 ETH", "欧阳娜娜"),
        ("给上官婉儿转 50 USDC", "上官婉儿"),
        ("转 0.2 个 BTC 给 慕容晓晓", "慕容晓晓"),
        ("给 令狐 冲 转 20 U", "令狐冲"),
        ("给欧阳锋转 1 个 ETH", "欧阳锋"),
    ],
)
def test_a_compound_surname_keeps_the_whole_name(text: str, recipient: str) -> None:
    assert understand(text).slots.get("recipient") == recipient


def test_a_compound_surname_never_takes_the_verb() -> None:
    # "给欧阳转 50 U": the surname alone (a nickname) or asked, never "欧阳转"
    assert extract_slots("给欧阳转 50 U", "transfer").get("recipient") == "欧阳"
    assert understand("给欧阳转 50 U").slots.get("recipient") in (None, "欧阳")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("pay the landlord Mr. Adebayo 900 usdc for rent (flat 3B)", "Mr. Adebayo"),
        ("pay my dentist Dr. Ferreira 120 usdc", "Dr. Ferreira"),
        ("wire 2000 USDC to our lawyer Mrs. Chen", "Mrs. Chen"),
        ("tip our barista Mr. Obi 5 usdc", "Mr. Obi"),
        ("send 1200 USDC to my property manager Lena", "Lena"),
        ("send 300 usdc to our tax advisor Okello", "Okello"),
    ],
)
def test_the_name_after_a_role_is_the_payee(text: str, recipient: str) -> None:
    u = understand(text)
    assert u.intent == "transfer" and u.slots.get("recipient") == recipient


def test_a_possessive_or_a_wallet_is_no_payee() -> None:
    assert "recipient" not in extract_slots("send 1 eth to my cold wallet Ledger", "transfer")
    assert extract_slots("send 20 usdc to our", "transfer").get("recipient") is None


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("settle my loan fully", True),
        ("fully repay the DAI i borrowed", True),
        ("提晒啲 USDC 出嚟", True),
        ("還 晒 DAI 貸款", True),
        ("攞晒啲 USDC 出嚟", True),
        ("I fully agree, sell 2 eth", False),
        ("多謝晒", False),
        ("晒太阳", False),
    ],
)
def test_fully_and_cantonese_all(text: str, whole: bool) -> None:
    assert wants_all(text) is whole


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("settle my loan fully", "repay", {"amount": "all"}),
        ("解除 质押 全部 SOL", "withdraw", {"token": "SOL", "amount": "all"}),
        ("提 晒 ETH", "withdraw", {"token": "ETH", "amount": "all"}),
        ("提 5 个 SOL", "withdraw", {"token": "SOL", "amount": Decimal("5")}),
        ("I fully agree, sell 2 eth", "sell", {"token": "ETH", "amount": Decimal("2")}),
    ],
)
def test_the_whole_of_it_is_read(text: str, intent: str, slots: dict[str, object]) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


def test_a_traditional_joint_splits_two_requests() -> None:
    parts = split_requests("還 晒 DAI 貸款 然後 提 晒 ETH")
    assert len(parts) == 2
    read = [(u.intent, u.slots) for u in map(understand, parts)]
    assert read == [("repay", {"token": "DAI", "amount": "all"}), ("withdraw", {"token": "ETH", "amount": "all"})]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("send 20 USDT to 小林 and tell me how much is left", "USDT"),
        ("send 30 USDC to Kemal and show me what remains", "USDC"),
        ("给 小周 转 100 U，然后 看看 还 剩 多少", "USDT"),
    ],
)
def test_what_is_left_asks_about_the_token_just_sent(text: str, token: str) -> None:
    parts = split_requests(text)
    assert len(parts) == 2
    u = understand(parts[1])
    assert (u.intent, u.slots) == ("balance", {"token": token})


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("can u explain what the approve call did", "explain", {}),
        ("could you tell me what the permit call did", "explain", {}),
        ("OP 嘅 airdrop 派咗 未", "dividend", {"token": "OP"}),
        ("ARB 的 空投 发 了 没", "dividend", {"token": "ARB"}),
        ("JUP 嘅 空投 派 咗 未 呀", "dividend", {"token": "JUP"}),
        ("do nothing with my portfolio this week", "hold", {}),
        ("这 周 先 别 动 我 的 仓位", "hold", {}),
        ("leave my coins alone this month", "hold", {}),
        ("整 個 DAO 俾 我哋 學會", "create_contract", {}),
        ("hypothetically, if i deposited all my USDC, could i still pay rent", "info", {"token": "USDC"}),
        ("如果 我 轉 BTC 俾 人 轉錯 地址 點算", "info", {"token": "BTC"}),
        ("萬一 我 打錯 SOL 地址 點算好", "info", {"token": "SOL"}),
        (
            "Dear assistant, I should like to purchase 1 ETH, if it is not too much trouble. Kind regards, Edith",
            "buy",
            {"token": "ETH", "amount": Decimal("1")},
        ),
        ("hw much eth do i hv", "balance", {"token": "ETH"}),
        ("please revert back with my BTC balance", "balance", {"token": "BTC"}),
        ("can or not buy btc lah", "info", {"token": "BTC"}),
    ],
)
def test_intent_confusions(text: str, intent: str, slots: dict[str, object]) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


def test_the_phrase_rules_leave_other_questions_alone() -> None:
    assert understand("how much eth do i need to stake").intent == "info"  # what is needed, not what is held
    assert understand("don't touch my eth, what's the price of btc").intent == "price"  # the price is asked
    assert understand("is it safe to leave my eth alone on binance").intent == "risk"  # a word of risk


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("keep the link for now", "LINK"),
        ("hang on to the link for a while", "LINK"),
        ("hold the sol till summer", "SOL"),
    ],
)
def test_a_kept_word_is_the_coin(text: str, token: str) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == ("hold", {"token": token})


def test_a_kept_word_with_more_after_it_is_no_coin() -> None:
    assert "token" not in extract_slots("keep the link I sent you", "hold")


def test_a_sum_in_another_currency_is_no_amount() -> None:
    assert extract_slots("abeg send 20k naira worth of usdt to Tunde", "transfer") == {
        "token": "USDT",
        "recipient": "Tunde",
    }
    assert "amount" not in extract_slots("send 50 euros in usdc to marie", "transfer")
    assert extract_slots("sell 2 eth for 6000 eur", "sell")["amount"] == Decimal("2")


def test_a_bare_corrected_figure_replaces_the_amount_of_the_token() -> None:
    slots = extract_slots("swap 2 sol to avax, actually make it 1.5", "sell")
    assert slots == {"token": "SOL", "counter_token": "AVAX", "amount": Decimal("1.5")}
    # the corrected figure with a token of its own is read by the usual rule; two tokens before it are asked
    assert extract_slots("sell 3 eth for usdc, no wait, 2", "sell")["amount"] == Decimal("2")


def test_one_list_of_order_verbs() -> None:
    assert vars(multi)["_ORDER_VERB"] is corrections.ORDER_VERB
    for word in ("unstake 5 sol", "沽 100 个 UNI", "取 100 U", "claim rewards", "cash out"):
        assert corrections.ORDER_VERB.search(word), word


def test_heldout20_floor() -> None:
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout20.jsonl")
    assert silent == [], silent
    # 58/61 after this round; the three misses are a loan's collateral carried from the deposit before it
    assert correct / rows >= 0.94, misses


def test_heldout20_after_floor() -> None:
    """Scored once, untuned: 20/22."""
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout20_after.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.9, misses


def test_the_new_rules_never_guess_a_payee_or_the_whole_balance() -> None:
    """The guards of this round's rules: a payment to a person is never "all" on "fully", a wallet is no payee, a
    negated trade is never moved to an order, a decision to keep one token leaves an order on another alone."""
    assert not wants_all("pay bob fully")
    assert "recipient" not in extract_slots("send 1 eth to my main Coinbase account", "transfer")
    assert understand("i would like to not sell 2 eth").intent == "hold"
    assert understand("don't touch my eth, sell the btc").intent == "sell"
    assert understand("提一下 ETH 的 价格").intent == "price"


def test_a_kept_word_is_cited_where_it_stands() -> None:
    evidence = understand("keep the link for now").to_dict()["evidence"]["token"]
    assert evidence["source"] == "text" and evidence["spans"][0]["words"] == "link"
