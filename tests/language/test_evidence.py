"""Every value grounded in the user's words; names and roles in both languages; nothing unread or read twice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.errors import InputError


def _words(result, param: str) -> str:  # type: ignore[no-untyped-def]
    ev = result.evidence[param]
    assert ev.source == "text", (param, ev)
    for span in ev.spans:  # the offsets point at exactly those words
        assert result_text[0][span.start : span.end] == span.words
    return ev.words


result_text: list[str] = [""]


def _parse(text: str):  # type: ignore[no-untyped-def]
    result_text[0] = text
    return parse(text)


def test_every_stated_value_cites_its_words_and_defaults_say_so() -> None:
    r = _parse("Loan 1000 USDC to Bob for 6 months at 5% annual interest, monthly repayments")
    assert _words(r, "principal") == "1000" and _words(r, "token") == "USDC" and _words(r, "borrower") == "Bob"
    assert _words(r, "term_months") == "6 months" and _words(r, "annual_rate_pct") == "5%"
    r = _parse("escrow 2 ETH for Nina, 7 days")
    assert r.evidence["token"].source == "text"
    r = _parse("crowdfund 20 for the film, 45 days")
    assert r.evidence["token"].source == "default" and "ETH" in r.evidence["token"].rule


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("put 1500 usdc in escrow for Maria, Dave is the arbiter, 14 day deadline", "arbiter", "Dave"),
        ("托管 5000 USDT 给卖家小张，李律师担任仲裁人，期限 20 天", "arbiter", "李律师"),
        ("escrow 2 ETH for the contractor (Ravi), refund to me after 30 days", "payee", "Ravi"),
        (
            "escrow 800 DAI to Hart & Sons for the roof repair, arbiter Lee, refund after 3 weeks",
            "payee",
            "Hart & Sons",
        ),
        ("set up an escrow: 1200 USDT for Omar, 21 days, arbiter: Globex Corp.", "arbiter", "Globex Corp."),
        ("托管 1 万 DAI 给装修队 刘师傅，由张律师仲裁，60 天期限", "arbiter", "张律师"),
        ("给技术总监老周的 20 万 ABC 代币，分 3 年释放，头两个月不解锁", "beneficiary", "老周"),
        ("vest 500k ZEN to our CTO Priya over four years, one-year cliff", "beneficiary", "Priya"),
        ("Lender: myself. Borrower: Dana. 1500 USDC, 9 months, 6.5% annual", "lender", "me"),
        ("借钱给张三 1000 DAI，三个月，不要利息", "borrower", "张三"),
    ],
)
def test_names_and_roles(text: str, role: str, name: str) -> None:
    r = _parse(text)
    assert r.params[role] == name
    assert r.questions == [], [q.text for q in r.questions]


def test_borrowing_from_and_lending_to_set_opposite_roles() -> None:
    frm = parse("向老王借 2 个以太坊，一年后还，年息 3%")
    to = parse("借给老王 2 个以太坊，一年后还，年息 3%")
    assert frm.params["lender"] == "老王" and frm.params["borrower"] == "me"
    assert to.params["borrower"] == "老王" and to.params["lender"] != "老王"


def test_thresholds_and_cliffs_in_words() -> None:
    assert parse("a majority of the 7 board members must approve every payment").params["threshold"] == 4
    r = parse("三个人共管的钱包，三个人都得同意才能转账")
    assert (r.params["owners_count"], r.params["threshold"]) == (3, 3) and r.questions == []
    r = parse("2-of-3 multisig between me, Kai and Lina")
    assert r.params["owners"] == ["me", "Kai", "Lina"] and r.params["threshold"] == 2
    assert parse("给技术总监老周的 20 万 ABC 代币，分 3 年释放，头两个月不解锁").params["cliff_months"] == 2
    assert parse("锁仓 50 万 XYZ 给顾问小李，悬崖期半年，两年释放完").params["cliff_months"] == 6


def test_token_names_lose_particles_and_keep_digits() -> None:
    assert parse("发行一个代币，名字叫做星火，代号 SPARK，总量一亿枚").params["name"] == "星火"
    r = parse("ERC-20 token named Q1 with symbol QONE and supply 500000")
    assert r.params["name"] == "Q1" and r.params["initial_supply"] == Decimal(500000)
    assert any(i.words == "ERC-20" and "standard" in i.reason for i in r.ignored)
    r = parse("i need an ERC-20 token Sunflower, SUN, 1,000,000,000 supply")
    assert r.params["initial_supply"] == Decimal(1000000000)  # never the 20 of ERC-20


def test_calendar_deadlines_count_from_the_recorded_reference_date() -> None:
    r = parse("crowdfund 10 ETH for the festival until 2027-06-30", today="2026-12-01")
    assert r.params["deadline_days"] == Decimal(211) and r.today == "2026-12-01"
    assert r.evidence["deadline_days"].words == "until 2027-06-30" and r.questions == []
    later = parse("crowdfund 10 ETH for the festival until 2027-06-30", today="2027-01-01")
    assert later.params["deadline_days"] == Decimal(180)
    zh = parse("托管 1000 USDT 给小吴，2027年2月28日前未确认就退款", today="2026-12-01")
    assert zh.params["deadline_days"] == Decimal(89) and zh.params["payee"] == "小吴"


def test_unread_words_become_questions_in_the_users_language() -> None:
    r = parse("escrow 100 DAI for Quinn, refund in 10 days, 2027-06-30 is the handover", today="2026-12-01")
    assert r.params["deadline_days"] == Decimal(10)  # the duration; the date is left over, so it is asked about
    assert any(q.words.endswith("2027-06-30") and "deadline_days" in q.fields for q in r.questions)
    zh = parse("托管 3 万 USDC 给小张，期限 30 天，老周负责验收", today="2026-12-01")
    assert zh.params["deadline_days"] == Decimal(30) and "您提到了“老周”" in zh.questions[0].text
    # a kind without parties has nobody to bind a name to: listed as ignored, with the reason
    film = parse("crowdfund 40,000 USDC for Lily's surgery within 30 days")
    assert film.questions == [] and any(i.words == "Lily" for i in film.ignored)
    who = parse("escrow 500 USDC for Nina, 10 days, Oscar will check the work")
    assert any("Oscar" in q.text and "arbiter" in q.fields for q in who.questions)
    odd = parse("crowdfund 1,5 ETH for the film, 30 days")
    assert odd.params["goal"] is None and "1,5" in odd.questions[0].text  # never 5, never 15: asked


def test_create_refuses_while_a_question_is_open_and_set_settles_it() -> None:
    from ledgerlm.contracts import pipeline

    plan = pipeline.plan_from_text("escrow 500 USDC for Nina, 10 days, Oscar will check the work")
    assert plan.questions
    with pytest.raises(InputError) as exc:
        pipeline.create_contract(plan, chain="memory", confirm=lambda p: True)
    assert "Oscar" in exc.value.message and "--set" in (exc.value.hint or "")
    settled = pipeline.plan_from_text(
        "escrow 500 USDC for Nina, 10 days, Oscar will check the work", {"arbiter": "Oscar"}
    )
    assert settled.questions == [] and settled.evidence["arbiter"].source == "override"


def test_terminal_escapes_never_reach_a_value_or_a_name() -> None:
    from ledgerlm.contracts.request import parse

    result = parse("token called Moon\x1b[2J Coin\x07, 1.5 million supply")
    assert result.params["name"] == "Moon Coin"
    assert result.params["initial_supply"] == 1_500_000
    assert "\x1b" not in result.model_dump_json()
