"""Round 12 of the shared number / duration / date / correction layer: vague amounts in every script, regional
scales, dictated halves of a length, corrections that name their token, choices among offers, and the multisig
thresholds said as "三人两签" or "more than two thirds"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.dates import find_dates
from ledgerlm.language.durations import find_durations
from ledgerlm.language.numbers import find_numbers
from ledgerlm.language.spaced import despace
from ledgerlm.language.tokens import find_tokens

TODAY = "2026-12-03"  # a Thursday


def _parse(text: str, kind: str | None = None) -> Any:
    return parse(text, today=TODAY, kind=kind)


def _asked(r: Any) -> set[str]:
    """Params the result leaves missing or asks about."""
    out = set(r.missing)
    for q in r.questions:
        out.update(q.fields)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "眾籌 大約 幾千 USDT 買波衫，一個月",
        "眾籌 差唔多 好幾百 DAI 幫 流浪狗，兩個禮拜",
        "众筹 一两万 USDT 修路，30天",
        "众筹 三五千 USDT 给社区，30天",
        "众筹 千把 USDT 给社区，30天",
        "众筹 上千 USDT 给社区，30天",
        "众筹 10来万 USDT 给社区，30天",
        "crowdfund a hundred-odd USDC for the choir, 30 days",
        "crowdfund a few grand USDC for the roof, 30 days",
    ],
)
def test_a_vague_goal_is_asked_in_every_script(text: str) -> None:
    r = _parse(text, kind="crowdfund")
    assert r.params["goal"] is None and "goal" in _asked(r)
    assert r.params["deadline_days"] is not None


@pytest.mark.parametrize(
    ("text", "days"), [("众筹 5000 USDT，一年半载 内", None), ("托管 500 USDC 给 小李，十天半个月 交货", None)]
)
def test_a_spoken_span_of_time_is_no_deadline(text: str, days: int | None) -> None:
    kind = "crowdfund" if "众筹" in text else "escrow"
    r = _parse(text, kind=kind)
    assert r.params["deadline_days"] is days and "deadline_days" in _asked(r)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("75 ribu USDT", "75000"),
        ("2 juta", "2000000"),
        ("75rb", "75000"),
        ("2jt USDT", "2000000"),
        ("1.5 miliar", "1500000000"),
        ("5 triệu", "5000000"),
        ("2 lakh", "200000"),
    ],
)
def test_regional_scales_after_digits(text: str, value: str) -> None:
    [n] = find_numbers(text)
    assert n.value == Decimal(value)


def test_an_indonesian_goal_keeps_its_scale() -> None:
    r = _parse("tolong buat crowdfund 150 ribu USDT untuk sekolah, deadline 30 days")
    assert r.params["goal"] == 150000 and r.params["token"] == "USDT"


@pytest.mark.parametrize(
    ("text", "months"),
    [("两年 半", "30"), ("一年 半 释放", "18"), ("两 年 半", "30"), ("三 个 半 月", "3.5"), ("半個月", "0.5")],
)
def test_the_half_of_a_dictated_length(text: str, months: str) -> None:
    [d] = find_durations(text)
    assert d.months == Decimal(months)


@pytest.mark.parametrize("text", ["一年 半价", "两年 半数 签名"])
def test_a_word_starting_with_half_is_no_half_year(text: str) -> None:
    assert [d.months for d in find_durations(text)] == [Decimal(12) if "一年" in text else Decimal(24)]


def test_dictation_joins_the_half_to_its_length() -> None:
    joined = despace("归属 给 小 李 八百 ETH 分 两年 半 释放")
    assert joined is not None and "两年半释放" in joined.text
    r = _parse("vesting 给 小林 一万 USDT，分 两年 半 释放，没有 cliff")
    assert r.params["duration_months"] == 30 and r.params["cliff_months"] == 0


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("vest 900 ETH to Tomás over 36 months?? no wait 30 ETH, cliff 6 months", 30),
        ("vest 1500 ETH to Bob over 36 months, make that 2000 ETH", 2000),
        ("vest 500 ETH to Kim over 24 months, I mean 2000 ETH", 2000),
    ],
)
def test_an_amount_corrected_past_a_length_names_its_token(text: str, amount: int) -> None:
    r = _parse(text)
    assert r.params["amount"] == amount and r.params["duration_months"] in (24, 36)


def test_a_correction_in_another_token_is_asked() -> None:
    r = _parse("loan 500 USDC to Ken for 6 months at 5%, no wait, 800 DAI")
    assert "principal" in _asked(r)


@pytest.mark.parametrize("text", ["众筹 5000 USDT，30天，不对，8000", "crowdfund 1000 USDC, 30 days, make that 1500"])
def test_a_bare_number_far_from_the_length_before_it_is_asked(text: str) -> None:
    r = _parse(text)
    assert r.params["deadline_days"] == 30  # never 8000 or 1500 days
    assert {"goal", "deadline_days"} <= _asked(r)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("crowdfund 5 ETH goal pls. thread: @Siddharth says 40 days, @Mei says 30 — go with 30", "deadline_days", 30),
        ("crowdfund 800 DAI for the class trip, some people say 20 days, others 40 — go with 25", "deadline_days", 25),
        ("众筹 5000 USDT，有人说 20 天，有人说 40 天，最后定 30 天", "deadline_days", 30),
        ("loan 1000 USDC to Ken for a year, Ana says 5%, Bo says 7%, let's go with 6%", "annual_rate_pct", 6),
    ],
)
def test_a_choice_among_offers_takes_the_chosen_value(text: str, field: str, value: int) -> None:
    r = _parse(text)
    assert r.params[field] == value and field not in _asked(r)


@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        ("多签 钱包 三人 两签：本人，皇甫医生，阿强", 3, 2),
        ("多签 四人 三签：本人、王律师、李会计、赵 一鸣", 4, 3),
        ("多签 五 个 人，超过 三分之二 签 才 行", 5, 4),
        ("multisig 6 owners, more than two thirds must sign", 6, 5),
        ("multisig 6 owners, two thirds must sign", 6, 4),
    ],
)
def test_multisig_thresholds(text: str, count: int, threshold: int) -> None:
    r = _parse(text)
    assert r.kind == "multisig"
    assert r.params["owners_count"] == count and r.params["threshold"] == threshold


def test_the_owners_of_a_compact_threshold_are_read() -> None:
    r = _parse("多签 四人 三签：本人、王律师、李会计、赵 一鸣")
    assert r.params["owners"] == ["me", "王律师", "李会计", "赵一鸣"]


@pytest.mark.parametrize("text", ["3万 SAKU", "众筹 5万 TAKO 给 社区 厨房，三十 天"])
def test_the_k_of_a_ticker_is_no_thousand(text: str) -> None:
    symbols = [t.symbol for t in find_tokens(text)]
    assert "USDT" not in symbols


def test_a_ticker_ending_in_ku_is_the_goal_token() -> None:
    r = _parse("众筹 5万 TAKO 给 社区 厨房，三十 天")
    assert r.params["goal"] == 50000 and r.params["token"] == "TAKO"


@pytest.mark.parametrize(("text", "usdt"), [("1.5k U", True), ("500U", True), ("三千U", True), ("30K U", True)])
def test_u_after_an_amount_is_still_usdt(text: str, usdt: bool) -> None:
    assert ("USDT" in [t.symbol for t in find_tokens(text)]) is usdt


@pytest.mark.parametrize("text", ["四三", "三七", "五五"])
def test_two_numerals_side_by_side_are_no_number(text: str) -> None:
    assert find_numbers(text) == []
    [n] = find_numbers(text, include_flagged=True)
    assert n.error


@pytest.mark.parametrize(("text", "value"), [("二零二六", 2026), ("八五折", 85), ("一万五", 15000)])
def test_numerals_that_still_read(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [("point five ETH", "0.5"), ("point zero two ETH", "0.02")])
def test_point_five_is_asked_never_five(text: str, value: str) -> None:
    assert find_numbers(text) == []
    [n] = find_numbers(text, include_flagged=True)
    assert n.value == Decimal(value) and n.error


def test_the_noun_point_is_no_decimal() -> None:
    assert [n.value for n in find_numbers("at this point two of us")] == [2]


def test_point_five_eth_is_asked() -> None:
    r = _parse("nft called Tide Pools, symbol TIDE, 500 pieces, mint price point zero two ETH")
    assert r.params["mint_price"] is None and "mint_price" in _asked(r)


def test_a_lease_is_no_approximation() -> None:
    r = _parse("俾黃太睇我嘅租約一個禮拜", kind="data_access")
    assert r.params["access_days"] == 7 and "access_days" not in _asked(r)


def test_weekdays_from_a_thursday() -> None:
    assert _parse("crowdfund 2 ETH for Ana's surgery, deadline Friday").params["deadline_days"] == 1
    r = _parse("escrow 300 USDC for Jo, I'm paying, deadline next friday")
    assert r.params["deadline_days"] is None and "deadline_days" in _asked(r)


def test_half_a_month_in_traditional_characters() -> None:
    r = _parse("募資 給 台中 動物 收容所，目標 一萬 USDC，時間 是 半個月", kind="crowdfund")
    assert r.params["deadline_days"] == 15 and r.params["goal"] == 10000


@pytest.mark.parametrize(
    ("text", "days"),
    [("下個月底", 59), ("下個禮拜五", 8), ("今個禮拜五", 1), ("週五前", 1), ("本週五", 1), ("聖誕節前", 22)],
)
def test_traditional_and_cantonese_calendar_words(text: str, days: int) -> None:
    [d] = find_dates(text, date(2026, 12, 3))
    assert d.days == days and d.text == text


@pytest.mark.parametrize("text", ["给伍师傅", "陆医生"])
def test_a_numeral_surname_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "value"), [("伍佰元", 500), ("陆个月", 6), ("伍仟", 5000)])
def test_financial_numerals_still_count(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


def test_a_ratio_of_two_numerals_still_reads_for_the_splitter() -> None:
    r = _parse("分账 合约 我 和 表弟 赵磊 七 三 分 不对 六 四 分")
    assert r.params["payees"] == ["me", "赵磊"] and r.params["shares"] == [6, 4]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("crowdfund one fifty USDC for the party, 10 days", "goal"),
        ("escrow two-fifty USDC for Jo, I pay, 5 days", "amount"),
        ("vest 1 1/2 ETH to Bob over 12 months", "amount"),
        ("crowdfund 1/2 ETH for the party, 10 days", "goal"),
        ("vest 500 dollars worth of ETH to Bob over 12 months", "amount"),
        ("crowdfund €2000 in USDC, 30 days", "goal"),
    ],
)
def test_spoken_and_priced_amounts_are_asked(text: str, field: str) -> None:
    r = _parse(text)
    assert r.params[field] is None and field in _asked(r)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("vest 2 point 5 ETH to Bob over 12 months", "amount", "2.5"),
        ("loan 1000 USDC to Ken at 3 point 5 percent for 6 months", "annual_rate_pct", "3.5"),
        ("crowdfund $500 in USDC, 30 days", "goal", "500"),
        ("crowdfund 500 bucks worth of usdt, 30 days", "goal", "500"),
        ("众筹 1.2w U 三周", "goal", "12000"),
    ],
)
def test_dictated_and_dollar_amounts_that_read(text: str, field: str, value: str) -> None:
    assert _parse(text).params[field] == Decimal(value)


def test_a_slash_between_counts_is_still_m_of_n() -> None:
    r = _parse("multisig 2/3 with me, Ana and Bo")
    assert (r.params["owners_count"], r.params["threshold"]) == (3, 2)
    assert _parse("众筹 1.2w U 三周").params["token"] == "USDT"


@pytest.mark.parametrize(
    ("text", "joined"),
    [("众 筹 目 标 五 万 U 下 周 五 截 止", "下周五截止"), ("星期 三 前 交 货 托 管 五 百 U", "星期三前")],
)
def test_dictation_joins_the_day_to_its_week(text: str, joined: str) -> None:
    out = despace(text)
    assert out is not None and joined in out.text


def test_how_often_is_no_day_of_the_week() -> None:
    out = despace("每周 三次 付 款")
    assert out is not None and "每周 三次" in out.text


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("vesting 1000 ETH 俾 阿May，唔係 兩年 係 三年，cliff 六個月", 36),
        ("vesting 1000 ETH 给 阿May，不是 两年 是 三年", 36),
    ],
)
def test_cantonese_not_but_corrects_the_length(text: str, months: int) -> None:
    assert _parse(text).params["duration_months"] == months


def test_a_bare_not_between_pauses_corrects() -> None:
    assert _parse("借 给 小陈 3000 USDT，年利率 5%，不是，4%，一年").params["annual_rate_pct"] == 4


def test_a_bare_no_after_a_question_mark_corrects() -> None:
    r = _parse("Team member Björn Lindqvist: 500 ETH? no, 5 ETH, vest 10 months, 2 months cliff")
    assert r.params["amount"] == 5 and r.params["duration_months"] == 10


@pytest.mark.parametrize(
    ("text", "joined"), [("多签：我、阿 Ken、小 Sam", "阿Ken、小Sam"), ("老 Wang said hi", "老Wang")]
)
def test_a_name_prefix_joins_the_latin_name_after_it(text: str, joined: str) -> None:
    out = despace(text)
    assert out is not None and joined in out.text


def test_a_prefix_is_never_joined_to_a_ticker() -> None:
    assert despace("小 ETH") is None


@pytest.mark.parametrize(
    ("text", "days"), [("a week and a half", "10.5"), ("a month and a half", "45"), ("a day and a half", "1.5")]
)
def test_a_unit_and_a_half(text: str, days: str) -> None:
    [d] = find_durations(text)
    assert d.days == Decimal(days)


@pytest.mark.parametrize("text", ["众筹 5000 USDT，一年 半 载 内", "众筹 5000 USDT，一年半载 内"])
def test_a_year_or_so_is_asked_spaced_or_not(text: str) -> None:
    r = _parse(text)
    assert r.params["deadline_days"] is None and "deadline_days" in _asked(r)
