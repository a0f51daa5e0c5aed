"""Round 11: how a message is written (quoted replies, mention markup, word-spaced Chinese) and declined orders."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.intents.corrections import only_negated
from ledgerlm.assistant.intents.surface import despaced, newest_part, unmentioned, word_spaced
from ledgerlm.assistant.multi import split_requests


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("给 小 李 转 一百 U", True),
        ("我 想 看 一下 比特币 现在 多少 钱", True),
        ("给 alice 转 20 USDC", False),
        ("老王 小李", False),
        ("给小李转一百U", False),
    ],
)
def test_word_spaced(text: str, spaced: bool) -> None:
    assert word_spaced(text) is spaced


def test_despaced_maps_offsets() -> None:
    read, offsets = despaced("给 小 李 转")
    assert read == "给小李转"
    assert [("给 小 李 转")[i] for i in offsets] == list(read)
    assert despaced("buy 2 ETH") == ("buy 2 ETH", ())


def test_newest_part_blanks_quote_and_signature() -> None:
    mail = "Please buy 2 ETH.\n\n> On Mon, Bob wrote:\n> sell 5 ETH"
    out = newest_part(mail)
    assert len(out) == len(mail) and "sell" not in out and "buy 2 ETH" in out
    sig = "Send 200 USDC to Acme Ltd please.\n--\nJohn | +1 555 0100"
    assert "555" not in newest_part(sig)
    assert newest_part("> sell 5 ETH\n> ok") == "> sell 5 ETH\n> ok"  # nothing of the user's own: read whole


def test_unmentioned() -> None:
    assert unmentioned("<@U02AB3CD> sell 50 link").strip() == "sell 50 link"
    assert unmentioned("send 5 usdc to @maria") == "send 5 usdc to @maria"


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("先别买 SOL 了", True),
        ("别转给老王了", True),
        ("don't send anything to bob", True),
        ("don't forget to send 5 usdc to bob", False),
        ("分别转 50 U 给老王和小李", False),
        ("为什么不要买 SOL", False),
        ("我不想买太多，帮我买 0.1 个 BTC", False),
    ],
)
def test_only_negated(text: str, negated: bool) -> None:
    assert only_negated(text) is negated


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("给 小 李 转 一百 U", "transfer", {"token": "USDT", "amount": Decimal(100), "recipient": "小李"}),
        ("帮 我 buy 一 点 ETH", "buy", {"token": "ETH"}),
        ("还 清 我 的 DAI 贷款", "repay", {"token": "DAI", "amount": "all"}),
        ("先别买 SOL 了", "other", {}),
        ("别 转 给 老王 了", "other", {}),
        ("<@U02AB3CD> yo sell 50 link", "sell", {"token": "LINK", "amount": Decimal(50)}),
    ],
)
def test_understand_r11(text: str, intent: str, slots: dict) -> None:
    u = understand(text)
    assert (u.intent, u.slots) == (intent, slots)


def test_spaced_evidence_is_the_users_words() -> None:
    ev = understand("给 小 李 转 一百 U").to_dict()["evidence"]
    assert ev["recipient"]["spans"][0]["words"] == "小 李"


def test_quoted_reply_not_split_or_read() -> None:
    text = "yes please go ahead and buy 1 sol\n\nOn Tue, 1 Dec 2026, LedgerLM wrote:\n> Would you like me to buy 2 SOL?"
    parts = split_requests(text)
    assert len(parts) == 1
    assert understand(parts[0]).slots == {"token": "SOL", "amount": Decimal(1)}


def test_declined_then_question_carries_token() -> None:
    u = understand("no need to buy btc today, just show me its price")
    assert (u.intent, u.slots) == ("price", {"token": "BTC"})
