"""Ranges, vague amounts, approximations and per-person amounts (``ledgerlm.language.ranges``) and what the parser
does with a value read from one (``ledgerlm.language.guard``): never one end of a range, never a per-person amount
as the total, an approximation kept but asked to confirm."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.extract import scan
from ledgerlm.language.ranges import find_hedges

TODAY = "2026-12-01"


@pytest.mark.parametrize(
    ("text", "sort", "words"),
    [
        ("escrow for the car, around 3 or 4 ETH, seller is Marcus", "range", "3 or 4 ETH"),
        ("Goal somewhere between 20 and 25 ETH, 30 days", "range", "between 20 and 25 ETH"),
        ("we need like 15-20 ETH", "range", "15-20 ETH"),
        ("term 3 to 5 months", "range", "3 to 5 months"),
        ("2 ETH, maybe 2.5, at 5%", "range", "2 ETH, maybe 2.5"),
        ("借给表哥三四万 USDT", "range", "三四万"),
        ("目标二三十个 ETH", "range", "二三十"),
        ("法定人数百分之五到百分之十", "range", "百分之五到百分之十"),
        ("年化5%还是6%", "range", "5%还是6%"),
        ("要十来个", "vague", "十来个"),
        ("目标小一万 USDT", "vague", "小一万"),
        ("期限一个来月", "vague", "一个来月"),
        ("锁仓大半年", "vague", "大半年"),
        ("三百多个", "vague", "三百多个"),
        ("a couple hundred thousand supply", "vague", "a couple hundred thousand"),
        ("about 100k tokens", "approx", "about 100k"),
        ("大概十万个左右", "approx", "大概十万个左右"),
        ("~3 ETH", "approx", "~3 ETH"),
        ("each puts in 0.2 ETH; if we don't reach 2.4 ETH", "per_unit", "each puts in 0.2 ETH"),
        ("每人出 200 USDT，凑够 4000 USDT", "per_unit", "每人出 200 USDT"),
        ("0.1 ETH apiece from 20 people", "per_unit", "0.1 ETH apiece"),
    ],
)
def test_hedges_found(text: str, sort: str, words: str) -> None:
    hedges = find_hedges(text, scan(text).numbers)
    assert [(h.sort, h.words) for h in hedges][:1] == [(sort, words)]


@pytest.mark.parametrize(
    "text",
    [
        "2-of-3 safe",
        "split 60/40",
        "最多两个",
        "多签 3 个人",
        "一共 100 万 ORB",
        "5 ETH to 3 people",
        "loan 5 ETH and 3 months",
    ],
)
def test_no_hedge(text: str) -> None:
    assert find_hedges(text, scan(text).numbers) == []


@pytest.mark.parametrize(
    ("kind", "text", "param"),
    [
        ("escrow", "escrow for the car, around 3 or 4 ETH, seller is Marcus, I'm buying, 2 weeks", "amount"),
        ("crowdfund", "Goal somewhere between 20 and 25 ETH, 30 days, it's for the legal wrapper of our club", "goal"),
        ("vesting", "vest 24,000 ZEN to Olga over 3 to 4 years with a 1 year cliff", "duration_months"),
        ("loan", "借款合约：出借人我，借款人老郑，本金 5000 USDC，年利率 10%，期限 3 到 6 个月", "term_months"),
        ("crowdfund", "筹款：目标二三十个 ETH，三十天", "goal"),
        ("crowdfund", "众筹修路，目标小一万 USDT，一个月", "goal"),
        ("token", "Create token 'Drift' DRFT with a couple hundred thousand supply", "initial_supply"),
        ("dao", "governance DAO, token VOTE, 1M supply, voting period 3-5 days, quorum 5%", "voting_period_days"),
        ("multisig", "multisig with 4 or 5 owners, haven't decided, 3 must sign", "owners_count"),
    ],
)
def test_a_range_or_vague_amount_is_asked_never_one_end(kind: str, text: str, param: str) -> None:
    r = parse(text, kind=kind, today=TODAY)
    assert r.params[param] is None
    assert any(param in q.fields and q.reason == "unsure" for q in r.questions)


def test_an_approximation_is_kept_and_asked_to_confirm() -> None:
    r = parse("Raise ~3 ETH for new jerseys by Dec 24", kind="crowdfund", today=TODAY)
    assert r.params["goal"] == Decimal(3)
    assert any("goal" in q.fields and "~3" in q.words for q in r.questions)
    zh = parse("帮我建个托管，买家是我，卖家是阿明，金额大概 3 个 ETH 左右，两周内确认", kind="escrow", today=TODAY)
    assert zh.params["amount"] == Decimal(3)
    assert any("amount" in q.fields and "确切" in q.text for q in zh.questions)


def test_a_total_after_a_per_person_amount_wins() -> None:
    r = parse(
        "Pool money from the 12 of us for the ski trip, each puts in 0.2 ETH; if we don't reach 2.4 ETH by Dec 15, "
        "refund everyone",
        kind="crowdfund",
        today=TODAY,
    )
    assert r.params["goal"] == Decimal("2.4")
    assert any(i.words.startswith("each puts in 0.2") and "per person" in i.reason for i in r.ignored)
    zh = parse("众筹给社区图书馆买书，每人出 200 USDT，凑够 4000 USDT 就行，期限一个月", kind="crowdfund", today=TODAY)
    assert zh.params["goal"] == Decimal(4000)


def test_a_per_person_amount_without_a_total_is_asked() -> None:
    r = parse(
        "token: name=Oakleaf, symbol=OAK, supply=500000 each, decimals=6 (ref Q4 budget, line 17)",
        kind="token",
        today=TODAY,
    )
    assert r.params["initial_supply"] is None
    assert any("initial_supply" in q.fields for q in r.questions)


def test_a_price_per_piece_is_no_total() -> None:
    r = parse(
        "NFT drop 'Rust Owls', symbol ROWL, 3000 pieces, 0.02 ETH each, max 4 per wallet, royalties 5%",
        kind="nft",
        today=TODAY,
    )
    assert r.params["mint_price"] == Decimal("0.02") and r.params["max_supply"] == 3000
