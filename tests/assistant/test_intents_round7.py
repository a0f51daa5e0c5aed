"""Round 7 (blind6 classes, heldout12): a withdrawn order is not read, a self-correction keeps the last figure, "how 2"
and "what are the steps if ..." are how-to questions, a loan's collateral is read from "using my", "pledging my",
"押着" and "collat", "every last" is all, risk words ("red flags", "what could go wrong", 有什么坑), a definition is
``info`` whatever verb it carries ("what's an AMM? keep it short"), two tokens asked about "each" are two questions,
and the second, independent reading of each slot (``intents.agreement``) drops a value it does not confirm."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.assistant.intents import reading, understand
from ledgerlm.assistant.intents.agreement import check
from ledgerlm.assistant.intents.catalog import _rules
from ledgerlm.assistant.intents.corrections import after_withdrawal
from ledgerlm.assistant.multi import split_requests


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("算了不买了，帮我看看 SOL 多少钱就行", "帮我看看 SOL 多少钱就行"),
        ("nvm dont buy anything, whats btc at", "whats btc at"),
        ("先别卖了，帮我看下 ETH 的风险", "帮我看下 ETH 的风险"),
        ("never mind, what is my balance", "what is my balance"),
        ("算了", None),  # nothing follows: read as written
        ("别卖我的 ETH", None),  # a negated order, not a withdrawal clause (reading.py holds it)
        ("buy 2 eth", None),
    ],
)
def test_after_withdrawal(text: str, rest: str | None) -> None:
    assert after_withdrawal(text) == rest


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("算了不买了，帮我看看 SOL 多少钱就行", "price", {"token": "SOL"}),
        ("nvm dont buy anything, whats btc at", "price", {"token": "BTC"}),
        ("买一个 ETH，好像有点贵……那就半个吧", "buy", {"token": "ETH", "amount": Decimal("0.5")}),
        ("stake 5 eth, scratch that, stake 3", "deposit", {"token": "ETH", "amount": Decimal("3")}),
        ("卖 50 个 SOL，哦不，卖 30 个就行", "sell", {"token": "SOL", "amount": Decimal("30")}),
        (
            "把 100 USDC 转给老陈……还是转 50 吧",
            "transfer",
            {"token": "USDC", "amount": Decimal("50"), "recipient": "老陈"},
        ),
        ("买 2 个还是 3 个 ETH？", "buy", {"token": "ETH"}),  # a choice of amounts: asked
        ("how 2 buy pepe lol", "info", {"token": "PEPE"}),
        ("what are the steps if i wanna send 20 usdt to my mom's wallet", "info", {"token": "USDT"}),
        ("转 U 给朋友要怎么操作", "info", {"token": "USDT"}),
        ("dump every last doge i own", "sell", {"token": "DOGE", "amount": "all"}),
        ("ARB 全抛了", "sell", {"token": "ARB", "amount": "all"}),
        ("any red flags with TURBO?", "risk", {"token": "TURBO"}),
        ("what could go wrong holding usde", "risk", {"token": "USDE"}),
        ("btw what's an AMM? keep it short", "info", {}),
        ("RWA 这个月的分红帮我领了", "dividend", {"token": "RWA"}),
        ("collect the divvies from my ond tokens", "dividend", {"token": "OND"}),
        ("b4 i buy, hw much is 1 sol", "price", {"token": "SOL"}),
        ("// TODO(me): buy 0.1 eth before friday", "buy", {"token": "ETH", "amount": Decimal("0.1")}),
    ],
)
def test_understand_round7(text: str, intent: str, slots: dict) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("borrow a grand in usdc using my sol", {"token": "USDC", "amount": Decimal("1000"), "collateral": "SOL"}),
        ("拿 BTC 押着借三万 USDT", {"token": "USDT", "amount": Decimal("30000"), "collateral": "BTC"}),
        ("need to borrow 300 usdc pledging my link", {"token": "USDC", "amount": Decimal("300"), "collateral": "LINK"}),
        ("borrow 1 eth w/ my wbtc as collat", {"token": "ETH", "amount": Decimal("1"), "collateral": "WBTC"}),
        ("抵押 3 个 ETH 借 USDC", {"token": "USDC", "collateral": "ETH"}),  # the 3 is pledged: the loan is asked
        ("borrow 500 usdc", {"token": "USDC", "amount": Decimal("500")}),
    ],
)
def test_collateral_forms(text: str, slots: dict) -> None:
    u = understand(text)
    assert u.intent == "borrow"
    assert u.slots == slots


def test_on_credit_is_borrowing() -> None:
    assert reading.reconsider("deposit", 0.5, "need 1 eth on credit, wbtc as collateral") == "borrow"
    assert _rules.collateral("need 1 eth on credit, wbtc as collateral", {"token": "ETH"})["collateral"] == "WBTC"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("给 Kevin 陈 转 0.8 个 SOL", "Kevin 陈"),
        ("转 100 USDC 给 Jason 王", "Jason 王"),
        ("给 Tony 老师转 300 U 学费", "Tony 老师"),
        ("转账：收款人 小蔡，金额 88 USDC", "小蔡"),
        ("给妹妹小雪打五十个 USDC 过去", "小雪"),
        ("给我表哥阿杰打 0.2 个 ETH", "阿杰"),
        ("给老板娘打 200 U", "老板娘"),
        ("can you send him 1,250 usdc, his name in my contacts is Mr. Albrecht", "Mr. Albrecht"),
        ("I want to sending 50 USDT for my friend Carlos", "Carlos"),
        ("给 Bob 转 5 USDC", "Bob"),  # 转 is no surname
        ("给我爸转 100 U", "我爸"),
    ],
)
def test_recipients_round7(text: str, recipient: str) -> None:
    assert understand(text).slots.get("recipient") == recipient


def test_two_tokens_each_are_two_questions() -> None:
    assert split_requests("查一下我 ETH 和 USDC 分别还有多少") == ["查一下我 ETH 还有多少", "查一下我 USDC 还有多少"]
    parts = split_requests("ETH 和 BTC 分别多少钱")
    assert [understand(p).slots["token"] for p in parts] == ["ETH", "BTC"]
    assert split_requests("what is ETH and BTC") == ["what is ETH and BTC"]  # no "each": one question


def test_a_correction_is_not_a_second_request() -> None:
    assert split_requests("buy 100 link... actually make it 150") == ["buy 100 link... actually make it 150"]
    assert understand("buy 100 link... actually make it 150").slots["amount"] == Decimal("150")


@pytest.mark.parametrize(
    ("text", "slots", "dropped"),
    [
        # a name the tagger reads whole, cut by the first reading: asked
        ("please send 1,250 USDC to Mr. Albrecht today", {"token": "USDC", "recipient": "Mr"}, "recipient"),
        ("send 0.5 eth to Li Wei", {"token": "ETH", "recipient": "Li"}, "recipient"),
        # a word taken for the payee while the tagger names someone else
        ("I want to sending 50 USDT for my friend Carlos", {"token": "USDT", "recipient": "sending"}, "recipient"),
        ("send my roommate Jake 25 usdc for pizza", {"token": "USDC", "recipient": "pizza"}, "recipient"),
        # an amount before a self-correction, a "2" for "to", a share, a number that is not written with its token
        ("buy 100 link... actually make it 150", {"token": "LINK", "amount": Decimal("100")}, "amount"),
        ("买一个 ETH，好像有点贵……那就半个吧", {"token": "ETH", "amount": Decimal("1")}, "amount"),
        ("how 2 buy pepe lol", {"token": "PEPE", "amount": Decimal("2")}, "amount"),
        ("sell 1/2 of my sol", {"token": "SOL", "amount": Decimal("1")}, "amount"),
        ("sell 1 of my 3 eth", {"token": "ETH", "amount": Decimal("3")}, "amount"),
        ("savings in USDC, around 3000, put maybe 1000 of that into ETH", {"amount": Decimal("1000")}, "amount"),
        # a token the message does not name
        ("send 20 to bob", {"token": "USDC", "amount": Decimal("20")}, "token"),
    ],
)
def test_second_reading_drops_what_it_does_not_confirm(text: str, slots: dict, dropped: str) -> None:
    kept, unsure = check(text, "transfer", slots)
    assert dropped not in kept
    assert unsure.get(dropped)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("send 75 usdc to coach miller", {"token": "USDC", "amount": Decimal("75"), "recipient": "coach miller"}),
        ("给 Tony 老师转 300 U 学费", {"token": "USDT", "amount": Decimal("300"), "recipient": "Tony 老师"}),
        ("sell 1 of my 3 eth", {"token": "ETH", "amount": Decimal("1")}),
        ("出掉一半的 ARB 吧，我有 800 个，卖 400", {"token": "ARB", "amount": Decimal("400")}),
        ("pay Sarah 40 dai, no wait, 45", {"token": "DAI", "amount": Decimal("45"), "recipient": "Sarah"}),
        ("send 1.5 eth to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", {"token": "ETH", "amount": Decimal("1.5")}),
    ],
)
def test_second_reading_keeps_what_agrees(text: str, slots: dict) -> None:
    assert check(text, "transfer", slots) == (slots, {})


def test_understanding_says_what_was_asked() -> None:
    u = understand("So I have some savings in USDC, around 3000, could you put maybe 1000 of that into ETH for me?")
    assert "amount" not in u.slots
    assert "amount" in u.unsure


@pytest.mark.parametrize(
    ("intent", "text", "want"),
    [
        ("transfer", "could you put maybe 1000 of that into ETH for me", "buy"),  # no verb of sending, no payee
        ("transfer", "send 1000 usdc into my savings", "transfer"),  # a transfer verb: left alone
        ("buy", "b4 i buy, hw much is 1 sol", "price"),
        ("buy", "buy 1 sol", "buy"),
        ("hold", "btw what's an AMM? keep it short", "info"),
        ("explain", "what's the deal with impermanent loss, explain like im 5", "info"),
        ("explain", "这笔交易是什么意思", "explain"),  # a transaction is explained
    ],
)
def test_reconsider_round7(intent: str, text: str, want: str) -> None:
    assert reading.reconsider(intent, 0.5, text) == want


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("i was gonna sell my sol but nah, what's it worth now?", "price", {"token": "SOL"}),
        ("walk me through selling 1 btc", "info", {"token": "BTC"}),
        ("what's the process of staking 10 sol", "info", {"token": "SOL"}),
        ("押 2 个 ETH 借 3000 USDC", "borrow", {"token": "USDC", "amount": Decimal("3000"), "collateral": "ETH"}),
        ("把 DOGE 一个不剩全卖了", "sell", {"token": "DOGE", "amount": "all"}),
        (
            "send 30 usdc to ken... sorry, 35",
            "transfer",
            {"token": "USDC", "amount": Decimal("35"), "recipient": "ken"},
        ),
        (
            "send Rahul Sharma 75 usdc",
            "transfer",
            {"token": "USDC", "amount": Decimal("75"), "recipient": "Rahul Sharma"},
        ),
        (
            "yo send sarah like 50 bucks in usdc",
            "transfer",
            {"token": "USDC", "amount": Decimal("50"), "recipient": "sarah"},
        ),
    ],
)
def test_probe12_classes(text: str, intent: str, slots: dict) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


def test_a_holding_told_first_is_no_request() -> None:
    assert split_requests("I have 5 sol. stake 3 of them") == ["I have 5 sol. stake 3 of them"]
    u = understand("my wallet has 1000 usdc, send 100 to jo")
    assert u.slots == {"token": "USDC", "amount": Decimal("100"), "recipient": "jo"}


def test_name_words_around_the_tagger_name() -> None:
    # lower-case words the parser added to the tagger's name are asked; titles and surnames are not
    assert "recipient" in check("send Sarah like 50 usdc", "transfer", {"recipient": "Sarah like"})[1]
    assert check("send 100 usdt to Sarah Connor asap", "transfer", {"recipient": "Sarah Connor"})[1] == {}
    assert check("send 20 usdc to amy, love from Mark", "transfer", {"recipient": "amy"})[1] == {}


@pytest.mark.parametrize(
    ("text", "amount", "before"),
    [
        ("buy 5 eth, oops 6 eth", Decimal("6"), Decimal("5")),  # markers of the shared grammar (language.corrections)
        ("send 20 usdc, my bad, 25 usdc to bob", Decimal("25"), Decimal("20")),
        ("买 3 个 SOL，说错了，5 个", Decimal("5"), Decimal("3")),
    ],
)
def test_shared_correction_grammar(text: str, amount: Decimal, before: Decimal) -> None:
    assert split_requests(text) == [text]
    assert understand(text).slots["amount"] == amount
    # the figure taken back, as a first reading, is dropped by the second
    assert "amount" in check(text, "buy", {"amount": before})[1]


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("withdraw 1k usdc — no, 1.5k", "withdraw", {"token": "USDC", "amount": Decimal("1500")}),
        ("sell 2 eth, no, 3 eth", "sell", {"token": "ETH", "amount": Decimal("3")}),
        ("I owe aave 500 dai, pay it back", "repay", {"token": "DAI", "amount": Decimal("500")}),  # aave: the place
    ],
)
def test_ad_hoc_probe_classes(text: str, intent: str, slots: dict) -> None:
    assert split_requests(text) == [text]
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)
