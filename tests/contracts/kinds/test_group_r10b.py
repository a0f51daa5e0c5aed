"""Round 10 (second pass), dao and splitter: the classes fixed, each checked on the parse itself, with a twin that
must stay a question.

Splitter: a pasted header as the parser restructures it ("recipient pct: …"), "divide payments between", a
company's legal form the shared reader stops before (OÜ, Kft.), Cantonese 佢, a ratio's part said by its size ("I
keep the bigger part", "in my favour"), a platform word that is no person ("my Etsy income"), a heading closed by a
colon that is no list, a chat log's clock that is no ratio, contract labels 甲方/乙方 defined or not, a family word
that names nobody. DAO: an all-caps word of a name beside the cued ticker, the supply said before the ticker again,
a value only wondered about in a question."""

from __future__ import annotations

from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.language.separators import role_only

TODAY = "2026-12-02"
DAO_REST = "1M supply, voting 5 days, timelock 2 days"
DAO_WANT = {"supply": 1000000, "voting_period_days": 5, "timelock_delay_days": 2}


def _parse(text: str) -> Any:
    return parse(text, today=TODAY)


def _ok(text: str, kind: str, params: dict[str, Any]) -> None:
    verdict = judge(_parse(text), {"kind": kind, "params": params})
    assert verdict.correct, (text, verdict)


def _asked(text: str, field: str) -> None:
    result = _parse(text)
    assert result.params.get(field) is None, (text, result.params)
    fields = {f for q in result.questions for f in q.fields} | set(result.missing)
    assert field in fields, (text, result.questions)


# -- the list grammar ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["甲方", "丙方", "表哥", "经纪人"])
def test_a_role_or_family_word_alone_names_nobody(name: str) -> None:
    assert role_only(name)


@pytest.mark.parametrize("name", ["张明", "阿明", "Ana", "me"])
def test_a_name_is_no_role(name: str) -> None:
    assert not role_only(name)


# -- splitter: the kind is told ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("recipient,pct\nAyumi Sato,70\nme,30", {"payees": ["Ayumi Sato", "me"], "shares": [70, 30]}),
        ("name;percent\nKlara Novak;40\nme;60", {"payees": ["Klara Novak", "me"], "shares": [40, 60]}),
        ("divide payments between sunil rao and me equally", {"payees": ["sunil rao", "me"], "shares": [1, 1]}),
    ],
)
def test_headers_and_divide_are_a_splitter(text: str, params: dict[str, Any]) -> None:
    _ok(text, "splitter", params)


def test_a_lower_case_first_name_like_a_job_word_is_asked_never_cut() -> None:
    _asked("divide payments between dev anand and me equally", "payees")


# -- splitter: names -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "payees"),
    [
        ("split the fee 50/50 between Tallinn Soft OÜ and me", ["Tallinn Soft OÜ", "me"]),
        ("split royalties 60/40 between Duna Szoft Kft. and Brno Dev s.r.o.", ["Duna Szoft Kft.", "Brno Dev s.r.o."]),
    ],
)
def test_a_company_keeps_its_legal_form(text: str, payees: list[str]) -> None:
    result = _parse(text)
    assert result.params["payees"] == payees


def test_cantonese_pronoun_takes_the_other_part() -> None:
    _ok("我同阿欣三七分，我七佢三", "splitter", {"payees": ["me", "阿欣"], "shares": [7, 3]})


@pytest.mark.parametrize(
    "text",
    [
        "split every payment 65/35 with my cousin, I keep the bigger part — her name is Ana Ruiz",
        "Split my Etsy income with my cousin.\nEDIT: she's called Ana Ruiz, and it's 65/35 in my favour",
    ],
)
def test_a_part_said_by_its_size_has_its_owner(text: str) -> None:
    _ok(text, "splitter", {"payees": ["me", "Ana Ruiz"], "shares": [65, 35]})


def test_a_part_by_size_with_nobody_named_stays_asked() -> None:
    _asked("split my YouTube income 70/30 with my editor, I keep the bigger part", "payees")


def test_a_heading_closed_by_a_colon_is_no_list() -> None:
    _ok(
        "Minutes, Nyeri Dairy Co-op: resolved that sales be shared 50% to Njeri, 30% to Kamau and 20% to Wambui",
        "splitter",
        {"payees": ["Njeri", "Kamau", "Wambui"], "shares": [50, 30, 20]},
    )


def test_a_chat_clock_is_no_ratio() -> None:
    _ok(
        "[09:05] customer: need a splitter\n[09:06] customer: me 55, my partner Olek 45",
        "splitter",
        {"payees": ["me", "Olek"], "shares": [55, 45]},
    )


def test_contract_labels_defined_are_the_payees() -> None:
    _ok("甲方、乙方按7:3比例分配收益，甲方为周杰，乙方为本人", "splitter", {"payees": ["周杰", "me"], "shares": [7, 3]})


@pytest.mark.parametrize("text", ["收益分配：甲方占60%，乙方占40%", "分账：我拿六成，剩下的给表哥"])
def test_a_label_or_family_word_undefined_is_asked(text: str) -> None:
    _asked(text, "payees")


# -- dao ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (f"DAO for the SK Council, token SKC, quorum 5%, {DAO_REST}", "SKC"),
        (f"NGO DAO, token AID, quorum 5%, {DAO_REST}", "AID"),
    ],
)
def test_an_all_caps_word_of_a_name_is_no_second_ticker(text: str, symbol: str) -> None:
    assert _parse(text).params["symbol"] == symbol


def test_an_uncued_second_ticker_after_the_token_still_conflicts() -> None:
    _asked(f"DAO, token SKC, KSC, quorum 5%, {DAO_REST}", "symbol")


def test_the_supply_before_the_ticker_said_again() -> None:
    _ok(
        "launch REED DAO with 3,000,000 REED, quorum 4%, voting 7 days, timelock 2 days",
        "dao",
        {"symbol": "REED", "supply": 3000000, "quorum_pct": 4, "voting_period_days": 7, "timelock_delay_days": 2},
    )


@pytest.mark.parametrize(
    "text",
    [
        f"DAO with token KORU, {DAO_REST}. Would a 10% quorum be too low?",
        f"DAO with token KORU, {DAO_REST}, what about quorum 10%?",
        "DAO 代币 KORU 总量 100 万，投票期 5 天，时间锁 2 天，法定人数 10% 够吗？",
    ],
)
def test_a_quorum_only_wondered_about_is_asked(text: str) -> None:
    _asked(text, "quorum_pct")


def test_a_request_written_as_a_question_still_sets_its_values() -> None:
    _ok(
        f"Could you make a DAO, token KORU, quorum 10%, {DAO_REST}?",
        "dao",
        {"symbol": "KORU", "quorum_pct": 10, **DAO_WANT},
    )
