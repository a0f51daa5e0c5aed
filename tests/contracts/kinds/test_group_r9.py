"""Round 9, dao and splitter and the list grammar: the classes fixed this round, each checked on the parse itself.

Every case is a class, not a sentence: a table or CSV of payees, a key that names its unit, a part written before
its payee, a ratio in words, a year or a head count next to the supply, a lower-case name in a list; and each has a
twin that must stay a question."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.errors import AmbiguousRequest

TODAY = "2026-12-02"


def _parse(text: str) -> Any:
    return parse(text, today=TODAY)


def _ok(text: str, kind: str, params: dict[str, Any]) -> None:
    verdict = judge(_parse(text), {"kind": kind, "params": params})
    assert verdict.correct, (text, verdict)


def _not_silent(text: str, kind: str, params: dict[str, Any]) -> None:
    try:
        result = _parse(text)
    except AmbiguousRequest:  # "which kind?" is a question too (the round-10 head asks on some); the kind forced
        result = parse(text, today=TODAY, kind=kind)  # must still ask about the value, never fill it
    verdict = judge(result, {"kind": kind, "params": params})
    assert verdict.kind_ok and not verdict.silent, (text, verdict)
    assert not verdict.correct, (text, "expected a question")


# -- the list grammar: settings as a two-column table, keys that name their unit ---------------------------------


def test_two_column_table_is_a_settings_list() -> None:
    text = (
        "| setting | value |\n|---|---|\n| name | Kettle Row |\n| symbol | KTL |\n| supply | 90,000 |\n"
        "| quorum | 7% |\n| voting period | 3 days |\n| timelock | 1 day |"
    )
    r = _parse(text)
    assert r.kind == "dao"
    assert r.params["name"] == "Kettle Row"
    assert r.params["supply"] == 90000
    assert r.params["voting_period_days"] == 3 and r.params["timelock_delay_days"] == 1


def test_key_that_names_its_unit() -> None:
    r = _parse("dao symbol=OAK supply=20000 quorum_pct=9 voting_days=4 timelock_hours=36")
    assert r.params["voting_period_days"] == 4
    assert r.params["timelock_delay_days"] == Decimal("1.5")
    assert r.params["quorum_pct"] == 9


def test_bare_setting_without_unit_in_key_stays_asked() -> None:
    r = _parse("dao symbol=OAK supply=20000 quorum=9% voting=4 timelock=1d")
    assert r.params.get("voting_period_days") is None  # "voting=4": four what?


# -- dao ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since 2019 our 48-household co-op has shared a well. DAO token WELL, supply 4,800, quorum 20%, "
        "voting 5 days, timelock 2 days",
        "我们合作社成立于2018年，共有 48 户，想做 DAO：代币 WELL，总量 4800，法定人数 20%，投票 5 天，时间锁 2 天",
    ],
)
def test_years_and_households_are_not_the_supply(text: str) -> None:
    r = _parse(text)
    assert r.params["supply"] == 4800


def test_votes_open_for_is_the_period_not_the_delay() -> None:
    r = _parse("DAO token MOSS, 10k, quorum 10%, votes open for 6 days, timelock 1 day")
    assert r.params["voting_period_days"] == 6
    assert r.params.get("voting_delay_days") is None


def test_and_lasts_after_a_voting_cue() -> None:
    r = _parse("DAO token MOSS, 10k, quorum 10%, voting opens at once and lasts 4 days, timelock 1 day")
    assert r.params["voting_period_days"] == 4
    assert r.params["voting_delay_days"] == 0


def test_and_lasts_after_the_timelock_is_not_the_period() -> None:
    r = _parse("DAO token MOSS, 10k, quorum 10%, timelock starts after passing and lasts 2 days, voting 5 days")
    assert r.params["voting_period_days"] == 5  # the "2 days" is never the vote's


def test_execution_is_delayed_is_the_timelock() -> None:
    r = _parse("DAO token MOSS 10k, quorum 10%, voting 5 days, execution is delayed 2 days after a vote passes")
    assert r.params["timelock_delay_days"] == 2


def test_a_long_name_is_read_whole_or_not_at_all() -> None:
    r = _parse("create a DAO for Green Valley Senior Citizens Welfare Association, token GVS, 5000 tokens, quorum 10%")
    assert r.params["name"] == "Green Valley Senior Citizens Welfare Association"
    r = _parse(
        "create a DAO for Green Valley Senior Citizens Welfare Association Trust Fund Board, token GVS, 5000 "
        "tokens, quorum 10%"
    )
    assert r.params.get("name") in (None, "Green Valley Senior Citizens Welfare Association Trust Fund Board")


def test_holder_of_two_words_before_a_percent() -> None:
    r = _parse("DAO token LTS, 2 million, quorum 4%, voting 7 days, timelock 2 days, 代币我 70% 然后 Mei Ling 30%")
    assert dict(zip(r.params["holders"], r.params["holder_shares"], strict=True)) == {"me": 70, "Mei Ling": 30}


def test_lower_case_names_in_a_list() -> None:
    r = _parse("dao ROW 8000 q 10% voting 3d timelock 1d, tokens equally among me, kofi, lena and yuki")
    assert r.params["holders"] == ["me", "kofi", "lena", "yuki"]
    assert r.params["holder_shares"] == [25, 25, 25, 25]
    r = _parse("DAO token DUO, 1,000, quorum 50%, voting 2 days, timelock 1 day; half to me and half to ravi")
    assert r.params["holders"] == ["me", "ravi"]


# -- splitter ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        ("split 3/4 to me and a quarter to Ines", ["me", "Ines"], [3, 1]),
        ("Split the tips: I get double what each of Omar and Lu gets", ["me", "Omar", "Lu"], [2, 1, 1]),
        ("split it sixty-forty between me and Farida", ["me", "Farida"], [60, 40]),
        ("收益：我 40%，剩下的阿明和阿华平分", ["me", "阿明", "阿华"], [40, 30, 30]),
        ("the studio split, 70 percent to me and 30 to Goran", ["me", "Goran"], [70, 30]),
        ("分配如下：我方 60%，李娜 40%", ["me", "李娜"], [60, 40]),
        ("分账：小林拿的是我的三倍", ["小林", "me"], [3, 1]),
        ("splitter: Ada gets a quarter, Bo a quarter, I keep half", ["Ada", "Bo", "me"], [1, 1, 2]),
        ("name,percent\nme,60\nTariq,25\nHelga,15", ["me", "Tariq", "Helga"], [60, 25, 15]),
        ("splitter:\n  payees:\n    - me: 50\n    - Noor: 50", ["me", "Noor"], [1, 1]),
        ("shares → me:4, Ilse:3, Dov:1", ["me", "Ilse", "Dov"], [4, 3, 1]),
        ("| payee | shares |\n|---|---|\n| me | 3 |\n| Ravi | 1 |", ["me", "Ravi"], [3, 1]),
    ],
)
def test_splitter_parts(text: str, payees: list[str], shares: list[int]) -> None:
    _ok(text, "splitter", {"payees": payees, "shares": shares})


@pytest.mark.parametrize(
    ("text", "params"),
    [
        # a fraction for one payee, nobody said for the rest: never a 2:3 ratio
        ("split 2/3 to me, and Kim gets some", {"payees": ["me", "Kim"], "shares": [2, 1]}),
        # two tens that do not make the whole are no ratio in words
        ("split seventy forty with Ana", {"payees": ["me", "Ana"], "shares": [70, 40]}),
        # a CSV of percents that do not add up: asked
        ("name,percent\nme,30\nArash,30\nLeilani,20", {"payees": ["me", "Arash", "Leilani"], "shares": [3, 3, 2]}),
        # bare numbers, no shares key, not adding to 100: asked
        ("me:5, Olu:3, Zainab:2 split", {"payees": ["me", "Olu", "Zainab"], "shares": [5, 3, 2]}),
    ],
)
def test_splitter_asks(text: str, params: dict[str, Any]) -> None:
    _not_silent(text, "splitter", params)


def test_percents_over_the_whole_keep_the_payees_and_ask_the_shares() -> None:
    r = _parse("split: me 50%, Lior 30%, Dana 30%")
    assert r.params["payees"] == ["me", "Lior", "Dana"]
    assert r.params.get("shares") is None and "shares" in r.missing


@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        ("split among me, Sam and Priya, I get twice as much as each of the others", ["me", "Sam", "Priya"], [2, 1, 1]),
        ("split with Sam and Priya, I get double what each of them gets", ["me", "Sam", "Priya"], [2, 1, 1]),
        ("Divide the income: one third each for me, Pita and Sione", ["me", "Pita", "Sione"], [1, 1, 1]),
        ("splitter\nme - 50\nKwame - 30\nAbena - 20", ["me", "Kwame", "Abena"], [50, 30, 20]),
    ],
)
def test_splitter_parts_after(text: str, payees: list[str], shares: list[int]) -> None:
    _ok(text, "splitter", {"payees": payees, "shares": shares})


def test_with_list_then_i_opens_a_clause() -> None:
    r = _parse("split with Sam and Priya, I get more")
    assert r.params["payees"] == ["me", "Sam", "Priya"]
    assert r.params.get("shares") is None


def test_a_ratio_said_not_to_be_the_split_is_not_read() -> None:
    r = _parse("split with Tomás, not 50/50")
    assert r.params.get("shares") is None and "shares" in r.missing


def test_dao_name_after_jiu_jiao() -> None:
    r = _parse("搞个DAO，名字就叫青石社，币 QS 总量一万，法定人数 10%，投票 3 天，时间锁 1 天")
    assert r.params["name"] == "青石社"


def test_dao_delay_before_voting_key() -> None:
    r = _parse(
        "Token: SOLA. Supply: 300,000. Quorum: 4%. Voting period: 6 days. Delay before voting: 1 day. Timelock: 2 days."
    )
    assert r.params["voting_period_days"] == 6 and r.params["voting_delay_days"] == 1


def test_dao_name_with_a_code_word_is_never_cut() -> None:
    r = _parse("DAO, call it Block 7C Residents, token BLK, 700 tokens, quorum 50%, voting 2 days, timelock 1 day")
    assert r.params.get("name") in (None, "Block 7C Residents")


def test_dao_holders_key_with_lower_case_name() -> None:
    r = _parse("symbol: RAFT | supply: 75k | quorum: 15% | voting: 5d | timelock: 1d | holders: me 60%, joanna 40%")
    assert r.params["holders"] == ["me", "joanna"] and r.params["holder_shares"] == [60, 40]
