"""Round 8: the classes of misreading found on blind7 and on ``intents_heldout14.jsonl`` (written before any round-8
change: 70/77 = 90.9%, 4 silent values on the round-7 code), each as a general rule with its counter-cases.

The phrasings here are new ones for each class, not the rows of the sets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant.intents import reading, spec, understand
from ledgerlm.assistant.intents.classifier import unfilled
from ledgerlm.assistant.intents.corrections import withdrawn_later
from ledgerlm.language.hant import simplified
from ledgerlm.language.slots import chat_tokens, extract_slots

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


# -- the side of a trade: the verb says it, whatever the head guessed ------------------------------------------------
@pytest.mark.parametrize(
    ("head", "text", "want"),
    [
        ("buy", "抛掉 300 个 DOGE", "sell"),
        ("buy", "幫我沽 10 粒 ETH", "sell"),  # Cantonese 沽 = sell
        ("buy", "take profit on 2 eth", "sell"),
        ("buy", "liquidate 40 avax", "sell"),
        ("sell", "冲 500 U 的 PEPE", "buy"),
        ("sell", "scoop 3 sol for me", "buy"),
        ("sell", "load up on 200 link", "buy"),
        ("sell", "拿 2 个 SOL 换 AVAX", "buy"),  # 拿/用/花 marks the side spent: AVAX is bought
        ("sell", "purchase 5 UNI for me, paying with eth", "buy"),
        ("buy", "swap 2 sol for avax", "sell"),  # two tokens, no verb of either side: "swap X for Y" sells X
        ("buy", "把 3 个 SOL 换成 AVAX", "sell"),
        ("sell", "swap 500 usdc into link", "buy"),  # out of a stablecoin: a buy of the other token
    ],
)
def test_the_verb_decides_the_side(head: str, text: str, want: str) -> None:
    assert reading.reconsider(head, 0.5, text) == want


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("sell", "卖 ETH 买 SOL"),  # both sides named: the head's reading stands
        ("buy", "转 1 个 ETH 换成 USDC"),  # into a stablecoin: selling ETH and buying USDC with it are one trade
        ("sell", "convert 2 eth into usdc"),
        ("sell", "don't sell my eth, buy more"),
    ],
)
def test_no_side_is_forced_where_the_words_give_none(head: str, text: str) -> None:
    assert reading.reconsider(head, 0.5, text) in (head, "hold")


def test_a_swap_reads_token_and_counter_token_by_the_convention() -> None:
    u = understand("swap 2 sol for avax")
    assert (u.intent, u.slots) == ("sell", {"token": "SOL", "counter_token": "AVAX", "amount": Decimal(2)})
    u = understand("swap 500 usdc into link")
    assert u.intent == "buy"
    assert u.slots == {"token": "LINK", "counter_token": "USDC", "counter_amount": Decimal(500)}


def test_a_side_written_as_a_field() -> None:
    assert reading.reconsider("transfer", 0.6, "order: side=sell token=SOL amt=3") == "sell"
    assert reading.reconsider("deposit", 0.6, "type=buy asset=ARB qty=20") == "buy"


@pytest.mark.parametrize(
    "text", ["The fund wishes to acquire 300 ARB against USDC.", "I'd like to purchase forty LINK using my usdc"]
)
def test_an_unsure_head_and_a_verb_of_buying_with_an_amount(text: str) -> None:
    assert reading.reconsider("withdraw", 0.3, text) == "buy"
    assert reading.reconsider("withdraw", 0.9, text) == "withdraw"  # a confident head is left alone


# -- withdrawals that the head read as sales --------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["withdrw 20 usdc", "widthdraw 3 eth", "take my 50 dai out", "pull 2 eth out"])
def test_a_misspelt_or_phrasal_withdrawal(text: str) -> None:
    assert reading.reconsider("sell", 0.4, text) == "withdraw"


@pytest.mark.parametrize("text", ["get out of eth, sell 2", "cash out 2 eth", "take out a loan of 500 usdc"])
def test_out_that_is_no_withdrawal(text: str) -> None:
    assert reading.reconsider("sell", 0.4, text) != "withdraw"


# -- a sum and a payee without a verb ---------------------------------------------------------------------------------
def test_a_sum_to_a_payee_is_a_transfer() -> None:
    assert reading.reconsider("buy", 0.6, "200 usdc to maria thx") == "transfer"
    assert reading.reconsider("buy", 0.95, "200 usdc to maria thx") == "buy"  # a confident head stands
    assert reading.reconsider("buy", 0.6, "put 200 usdc into eth") == "buy"  # a token, no payee


# -- how-to questions in more shapes ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["could you tell me how i can stake 10 sol", "show me how i send usdt to my dad", "點樣轉 USDT 俾朋友"],
)
def test_how_to_questions_are_answered(text: str) -> None:
    u = understand(text)
    assert u.intent == "info"
    assert "amount" not in u.slots and "recipient" not in u.slots


def test_tell_me_how_much_is_no_how_to() -> None:
    assert understand("tell me how much eth i have").intent == "balance"
    assert not spec.as_question("transfer", "send 2 eth to bob and tell me how it works")
    assert not spec.as_question("transfer", "send 2 eth to bob and show me how many i have left")


# -- withdrawn later in the message -----------------------------------------------------------------------------------
def test_an_order_withdrawn_later_reads_what_follows() -> None:
    assert withdrawn_later("sell 3 eth. actually forget it, what's my eth balance") == "what's my eth balance"
    u = understand("sell 3 eth. actually forget it, what's my eth balance")
    assert (u.intent, u.slots) == ("balance", {"token": "ETH"})


@pytest.mark.parametrize(
    "text", ["帮我买 2 个 ETH，算了不用了", "send 5 usdc to kim... nvm", "stake 2 sol, cancel that"]
)
def test_an_order_withdrawn_entirely_is_no_order(text: str) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == ("other", {})


@pytest.mark.parametrize("text", ["卖掉 2 个 ETH……算了还是卖 1 个吧", "buy 2 eth, nah forget it, 3", "what's sol at?"])
def test_a_correction_is_no_withdrawal(text: str) -> None:
    assert withdrawn_later(text) is None


def test_the_figure_before_forget_it_is_not_kept() -> None:
    u = understand("buy 2 eth, nah forget it, 3")
    assert u.slots.get("amount") != Decimal(2)


# -- spoken fillers ---------------------------------------------------------------------------------------------------
def test_fillers_are_blanked_and_offsets_kept() -> None:
    text = "send, uh, 40 usdc to, um, Carlos"
    out = unfilled(text)
    assert len(out) == len(text) and "uh" not in out and "um" not in out and out.endswith("Carlos")
    assert unfilled("把金额改成 5") == "把金额改成 5"  # 额 of 金额 is no filler
    u = understand(text)
    assert u.slots == {"token": "USDC", "amount": Decimal(40), "recipient": "Carlos"}
    assert u.evidence()["recipient"].to_dict()["spans"][0]["words"] == "Carlos"


def test_hedges_are_no_payee() -> None:
    assert extract_slots("transfer like 100 dai to priya", "transfer")["recipient"] == "priya"


# -- recipients: Cantonese, traditional characters, a correction ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "who"), [("轉 50 U 俾阿強", "阿強"), ("給小美轉 20 USDC", "小美"), ("打 0.1 ETH 畀 Kelvin", "Kelvin")]
)
def test_cantonese_and_traditional_recipients(text: str, who: str) -> None:
    assert extract_slots(text, "transfer").get("recipient") == who


def test_the_payee_after_a_correction_counts() -> None:
    assert extract_slots("send 30 usdc to dan, no wait, to eve", "transfer")["recipient"] == "eve"
    slots = extract_slots("send 0.2 eth to kim, no wait, 0.25", "transfer")
    assert (slots["recipient"], slots["amount"]) == ("kim", Decimal("0.25"))


# -- traditional characters and Cantonese ----------------------------------------------------------------------------
def test_simplified_keeps_every_offset() -> None:
    for text in ("給我媽轉 100 USDT", "幫我將 2 粒 ETH 換做 USDT", "我仲有幾多 USDT？", "send 2 eth"):
        assert len(simplified(text)) == len(text)
    assert simplified("幫我將 2 粒 ETH 換做 USDT") == "帮我将 2 个 ETH 换成 USDT"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("給我爸轉 50 USDC", "transfer", {"token": "USDC", "amount": Decimal(50), "recipient": "我爸"}),
        ("幫我將 3 粒 SOL 換做 USDT", "sell", {"token": "SOL", "amount": Decimal(3), "counter_token": "USDT"}),
        ("我仲有幾多 ETH", "balance", {"token": "ETH"}),
        ("轉 20 U 俾阿強", "transfer", {"token": "USDT", "amount": Decimal(20), "recipient": "阿強"}),
    ],
)
def test_traditional_and_cantonese_requests(text: str, intent: str, slots: dict[str, object]) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)
    for ev in u.evidence().values():  # the evidence quotes the user's own characters
        assert all(text[sp.start : sp.end] == sp.words for sp in ev.spans)


# -- the cost of an order is a question -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "how much would it cost to send 5 usdc to jo",
        "what's the gas fee for sending 1 eth",
        "转 100 U 给老王手续费多少",
    ],
)
def test_the_cost_of_an_order_is_asked_not_ordered(text: str) -> None:
    u = understand(text)
    assert u.intent == "info"
    assert "amount" not in u.slots and "recipient" not in u.slots


# -- amounts ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("sell asset=SOL qty=3", "sell", 3),
        ("borrow token=USDC amount: 900", "borrow", 900),
        ("please sell 200 of my uni holdings", "sell", 200),
    ],
)
def test_amounts_written_as_fields_or_of_my(text: str, intent: str, amount: int) -> None:
    assert extract_slots(text, intent)["amount"] == Decimal(amount)


def test_what_i_owe_is_the_whole_debt() -> None:
    assert understand("repay what i owe in usdc").slots == {"token": "USDC", "amount": "all"}
    assert understand("repay 50 usdc of what i owe").slots == {"token": "USDC", "amount": Decimal(50)}


# -- chat's U in Chinese ----------------------------------------------------------------------------------------------
def test_a_lone_u_in_chinese_is_usdt() -> None:
    assert [t.symbol for t in chat_tokens("把 ETH 换成 U")] == ["ETH", "USDT"]
    assert [t.symbol for t in chat_tokens("我的U盘坏了")] == []
    assert chat_tokens("can u buy eth") == chat_tokens("can u buy eth")  # no U read in English
    assert "USDT" not in {t.symbol for t in chat_tokens("can u buy eth")}
    assert understand("我钱包 U 还有多少").slots == {"token": "USDT"}
    assert understand("怎么用 U 买 ETH").slots == {"token": "ETH"}  # U is what is paid with


# -- out of scope, contracts about loans, Cantonese prices ------------------------------------------------------------
@pytest.mark.parametrize("text", ["can you order me a pizza for 2", "帮我订两张电影票", "我的U盘坏了"])
def test_no_word_of_the_domain_is_out_of_scope(text: str) -> None:
    assert understand(text).intent == "other"


def test_a_short_request_of_the_domain_is_not_out_of_scope() -> None:
    assert reading.reconsider("borrow", 0.3, "lend me 200") == "borrow"
    assert reading.reconsider("transfer", 0.3, "转 200 给他") == "transfer"


def test_a_loan_contract_is_a_contract() -> None:
    assert reading.reconsider("borrow", 0.4, "write me a loan agreement between me and Sam") == "create_contract"
    assert reading.reconsider("borrow", 0.4, "帮我做一个借贷合约") == "create_contract"
    assert reading.reconsider("borrow", 0.4, "borrow 500 usdc") == "borrow"


@pytest.mark.parametrize("text", ["SOL 而家幾錢", "比特幣幾多錢"])
def test_cantonese_price_questions(text: str) -> None:
    assert reading.reconsider("buy", 0.3, text) == "price"


# -- the round-8 set --------------------------------------------------------------------------------------------------
def test_heldout14_floor() -> None:
    """``intents_heldout14.jsonl`` (77 messages), written before the round-8 changes; tuned on since (a seen floor).
    Its two misses are splits of ``assistant/multi.py`` (not an intent reading), neither a value."""
    rows, correct, silent, misses = score_messages(DATA / "intents_heldout14.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, misses


@pytest.mark.parametrize(
    ("text", "who"), [("send my bro 50 usdt", "bro"), ("send 50 usdt to my sis for her bday", "sis")]
)
def test_short_kin_words_are_the_payee(text: str, who: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == who


def test_a_withdrawal_after_an_interjection() -> None:
    u = understand("nah don't send anything, just show my usdc")
    assert (u.intent, u.slots) == ("balance", {"token": "USDC"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("send half of 0.004 ETH to kim", "transfer"),
        ("sell a third of 900 usdc worth of link", "sell"),
        ("sell 25% of 8 sol", "sell"),
        ("把 1 个 ETH 的一半转给小王", "transfer"),
        ("1000 U 的三分之一拿去买 ETH", "buy"),
    ],
)
def test_a_share_of_a_figure_is_no_amount(text: str, intent: str) -> None:
    slots = extract_slots(text, intent)
    assert "amount" not in slots and "counter_amount" not in slots
    read = understand(text).slots  # the spent side of a swap too ("use half of 1000 usdc to buy eth")
    assert "amount" not in read and "counter_amount" not in read


def test_the_spent_side_of_a_swap_is_no_share() -> None:
    assert "counter_amount" not in understand("use half of 1000 usdc to buy eth").slots
    assert understand("use 1000 usdc to buy eth").slots["counter_amount"] == Decimal(1000)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("transfer 1 eth worth of usdt to dan", {"token": "USDT", "recipient": "dan"}),
        ("deposit 300 usdc worth of eth", {"token": "ETH"}),
        ("buy 3 sol worth of link", {"token": "LINK", "counter_token": "SOL", "counter_amount": Decimal(3)}),
    ],
)
def test_a_figure_worth_of_another_token_is_a_value(text: str, slots: dict[str, object]) -> None:
    """The figure is a value in the first token, never a count of it (that sent 1 ETH where USDT was meant)."""
    assert understand(text).slots == slots


def test_a_decimal_in_words_is_never_read_without_its_point() -> None:
    """ "point five" is read as 5 by the number grammar; the amount is asked, never ten times the figure."""
    assert "amount" not in understand("pls buy me point five eth").slots
    assert understand("send two point five sol to jake").slots["amount"] == Decimal("2.5")


@pytest.mark.parametrize(
    ("text", "who"), [("sending 15 usdc to my landlord rn", "landlord"), ("send 9 dai to tom rn", "tom")]
)
def test_chat_words_after_the_payee_are_no_name(text: str, who: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == who


def test_ba_dou_with_ge_is_all() -> None:
    assert understand("把 SOL 都割了").slots == {"token": "SOL", "amount": "all"}
