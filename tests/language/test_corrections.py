"""Self-corrections (``ledgerlm.language.corrections``): the corrected value wins, the earlier one is ignored with
the reason "corrected by the user", and a correction whose target is not clear is asked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.corrections import find_corrections, mask, retractions

TODAY = "2026-12-01"


def test_markers_and_regions() -> None:
    text = "I'll lend Priya 800 DAI at 4%... no wait, 4.5%, for 10 months"
    (c,) = find_corrections(text)
    assert (c.marker, c.strength) == ("no wait", "strong")
    assert text[c.before[0] : c.before[1]].startswith("I'll lend Priya")
    assert text[c.after[0] : c.after[1]] == "4.5%"


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("期限9个月——哦不，改成12个月吧", "哦不，改成"),
        ("每月还息——还是改成每季度还息吧", "还是改成"),
        ("60/40, actually make it 65/35", "actually make it"),
    ],
)
def test_glued_markers_are_one(text: str, marker: str) -> None:
    assert [c.marker for c in find_corrections(text)] == [marker]


@pytest.mark.parametrize(
    "text", ["年化5%还是6%", "sorry for the long message, lend Bob 5 ETH", "I actually need a loan"]
)
def test_not_corrections(text: str) -> None:
    values = [(m.start(), m.end(), "number") for m in __import__("re").finditer(r"\d+", text)]
    assert retractions(text, values) == []


def test_mask_keeps_offsets() -> None:
    assert mask("abc 12 def", [(4, 6)]) == "abc    def"


@pytest.mark.parametrize(
    ("kind", "text", "param", "value", "old"),
    [
        (
            "loan",
            "I'll lend Priya 800 DAI at 4%... no wait, 4.5%, for 10 months, she pays monthly",
            "annual_rate_pct",
            "4.5",
            "4%",
        ),
        (
            "loan",
            "小周找我借 1.2 个 ETH，年化 8%，期限9个月——哦不，改成12个月吧，每季度还一次利息",
            "term_months",
            "12",
            "9个月",
        ),
        (
            "token",
            "发个币叫星火，符号 XH，总量一千万，不对，是两千万，可以销毁",
            "initial_supply",
            "20000000",
            "一千万",
        ),
        (
            "escrow",
            "I'm paying the designer Yuki 0.8 ETH via escrow, actually make it 0.9 ETH, my sister Ana arbitrates, "
            "21 days",
            "amount",
            "0.9",
            "0.8",
        ),
        ("vesting", "Vest 8000 GLOW to Yara over 2 yrs, 6 mo cliff. I mean 3 mo cliff", "cliff_months", "3", "6 mo"),
        ("data_access", "把我的体检报告开放给平安保险看 30 天，不对，15 天", "access_days", "15", "30 天"),
    ],
)
def test_the_corrected_value_wins(kind: str, text: str, param: str, value: str, old: str) -> None:
    r = parse(text, kind=kind, today=TODAY)
    assert r.params[param] == Decimal(value)
    assert any(i.words == old and i.reason.startswith("corrected by the user") for i in r.ignored)
    ev = r.evidence[param]
    assert ev.spans and all(sp.start > text.index(old) for sp in ev.spans)  # cites the corrected words


def test_the_corrected_token_wins() -> None:
    r = parse(
        "Escrow please. Amount 0.05 BTC? no wait we're on ethereum, make it 1.6 WETH. Payer me, payee Olusegun Bello, "
        "refund after 10 days",
        kind="escrow",
        today=TODAY,
    )
    assert (r.params["amount"], r.params["token"]) == (Decimal("1.6"), "WETH")


def test_a_correction_whose_target_is_unclear_is_asked() -> None:
    text = (
        "NFT drop 'Rust Owls', symbol ROWL, 3000 pieces, 0.02 ETH each, max 4 per wallet, royalties 5%, "
        "no wait, make it 3001"
    )
    r = parse(text, kind="nft", today=TODAY)
    asked = {f for q in r.questions for f in q.fields}
    assert {"max_supply", "max_per_wallet"} <= asked


def test_words_taken_back_without_a_readable_replacement_leave_the_value_asked() -> None:
    """ "50/50, actually 55 for her and 45 for me": the 50/50 is taken back, never kept; the new shares are either
    read as said (55 for Selin, 45 for me) or, where the rules cannot read them, asked (blind7, seen)."""
    r = parse("split ETH with Selin 50/50, actually 55 for her and 45 for me", kind="splitter", today=TODAY)
    shares = r.params.get("shares")
    assert shares != [50, 50]
    if shares is None:
        assert "shares" in r.missing or any("actually" in q.words for q in r.questions)
    else:
        assert dict(zip(r.params["payees"], shares, strict=True)) == {"Selin": 55, "me": 45}


def test_make_that_corrects_like_make_it() -> None:
    """A weak marker like "make it": "hmm make that 1.4" replaces the 1.2 before it."""
    r = parse("escrow 1.2 eth to Priya, hmm make that 1.4, arbiter Tom, 20 days", kind="escrow", today=TODAY)
    assert r.params["amount"] == Decimal("1.4")
