"""Round 7 slot rules: more self-correction markers (the last figure counts), a choice of two amounts is asked,
"2" before a verb is "to" (no amount), "every last" is all, the number accounting of ``accounted_numbers`` (the
second reading of an amount), a lone ``U`` after a Chinese verb is USDT, and a label before a colon ("TODO:") is no
ticker."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.language.slots import accounted_numbers, extract_slots, wants_all
from ledgerlm.language.tokens import find_tokens


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("stake 5 eth, scratch that, stake 3", "deposit", Decimal("3")),
        ("卖 50 个 SOL，哦不，卖 30 个就行", "sell", Decimal("30")),
        ("取出 500 DAI，啊不对，400", "withdraw", Decimal("400")),
        ("buy 2 btc i meant 0.2 btc", "buy", Decimal("0.2")),
        ("买 2 个还是 3 个 ETH？", "buy", None),
        ("how 2 sell sol", "sell", None),
        ("send 2 eth to bob", "transfer", Decimal("2")),
    ],
)
def test_corrected_and_non_amounts(text: str, intent: str, amount: Decimal | None) -> None:
    assert extract_slots(text, intent).get("amount") == amount


@pytest.mark.parametrize("text", ["dump every last doge i own", "get rid of every single pepe i have", "ARB 全抛了"])
def test_all_words(text: str) -> None:
    assert wants_all(text)


def test_accounted_numbers() -> None:
    acc = accounted_numbers(
        "send 20 usdc to Room 42 Studio", {"amount": Decimal("20"), "token": "USDC", "recipient": "Room 42 Studio"}
    )
    assert acc.attached and acc.loose == []
    acc = accounted_numbers("around 3000, put maybe 1000 of that into ETH", {"amount": Decimal("1000"), "token": "ETH"})
    assert not acc.attached and len(acc.loose) == 1
    acc = accounted_numbers("how 2 buy pepe", {"amount": Decimal("2"), "token": "PEPE"})
    assert acc.excluded


def test_lone_u_after_a_chinese_verb() -> None:
    assert [t.symbol for t in find_tokens("转 U 给朋友要怎么操作", colloquial=True)] == ["USDT"]
    assert [t.symbol for t in find_tokens("can u buy eth", colloquial=True)] == ["ETH"]


def test_label_before_colon_is_no_ticker() -> None:
    assert [t.symbol for t in find_tokens("// TODO(me): buy 0.1 eth")] == ["ETH"]
    assert [t.symbol for t in find_tokens("PENDLE: 5 please")] == ["PENDLE"]
