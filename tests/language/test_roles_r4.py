"""Round 4 of issue 8: the general rules behind the six kinds' fixes, each proved on a request of its own.

The user by direction (lend X / borrow from X, with no third person as the subject), escrow sides said by verbs,
names (accents, family words, descriptions), schedules (cliffs, starts, shares of owners) and holiday deadlines.
Each inferred value says so in its evidence; a request the rules cannot settle stays a question.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.dates import find_dates

TODAY = "2026-12-01"


@pytest.mark.parametrize(
    ("text", "lender", "borrower"),
    [
        ("lend Omar 0.5 eth for three months, no interest", "me", "Omar"),
        ("need to borrow 40k USDT from Meridian Capital, 11% per annum, 30 months", "Meridian Capital", "me"),
        ("给朋友大刘放一笔贷款：1.5个以太，月息1%", "me", "大刘"),
        ("Kev needs 2.5k usdc, I'll lend it to him at 10% APR, he repays in 1 year", "me", "Kev"),
        ("borrowing a couple of ETH from Dad for six months at 1% annually", "Dad", "me"),
        ("我想向银行朋友老黄借两万 DAI，年利率 3.8%，借两年", "老黄", "me"),
    ],
)
def test_the_user_is_the_other_side_of_a_loan(text: str, lender: str, borrower: str) -> None:
    result = parse(text, today=TODAY)
    assert (result.params["lender"], result.params["borrower"]) == (lender, borrower)


def test_a_third_person_as_subject_is_asked_not_made_the_user() -> None:
    result = parse("Kim lends Bob 5 ETH for a year at 3%", today=TODAY)
    assert result.params.get("lender") is None and result.params.get("borrower") is None
    assert {"lender", "borrower"} <= set(result.missing)
    assert any("Kim" in q.text for q in result.questions)


def test_the_inferred_lender_says_how_it_was_inferred() -> None:
    result = parse("lend Omar 0.5 eth for three months, no interest", today=TODAY)
    ev = result.evidence["lender"]
    assert ev.source == "inferred" and "user" in ev.rule


@pytest.mark.parametrize(
    ("text", "payer", "payee", "arbiter"),
    [
        ("set up an escrow where Hannah pays me 3 ETH for my old laptop, 5 days to confirm", "Hannah", "me", None),
        ("托管合约，金额两千五百 USDC，由陈总付款给我，期限一个月", "陈总", "me", None),
        ("escrow deal: me -> Carlos, 900 USDC, arbiter Dana, until New Year's Day", "me", "Carlos", "Dana"),
        (
            "I'm paying Marco 2 ETH for a website, keep it in escrow till Jan 15, my friend Sam can arbitrate",
            "me",
            "Marco",
            "Sam",
        ),
        ("仲裁人：赵律师。买方：我。卖方：星光家具。金额：1.8万 USDC。期限：2027年1月31日", "me", "星光家具", "赵律师"),
        ("escrow w/ my landlord Priya Patel for the 2k usdc deposit, I pay, 6 months", "me", "Priya Patel", None),
    ],
)
def test_escrow_sides(text: str, payer: str, payee: str, arbiter: str | None) -> None:
    p = parse(text, today=TODAY).params
    assert (p["payer"], p["payee"], p.get("arbiter")) == (payer, payee, arbiter)


def test_a_name_in_two_scripts_keeps_its_chinese_prefix() -> None:
    assert parse("我给摄影师阿Ken付 800 USDT，先托管，两周后自动退回", today=TODAY).params["payee"] == "阿Ken"


def test_a_phrase_that_names_nobody_is_no_name() -> None:
    result = parse("托管 800 USDC 给小雨，仲裁人是谁待定，两周", today=TODAY)
    assert result.params.get("arbiter") is None


@pytest.mark.parametrize(
    ("text", "owners", "threshold"),
    [
        ("a shared multisig wallet between Mom, Dad and me where two signatures are required", ["Mom", "Dad", "me"], 2),
        ("家族基金多签：爷爷、爸爸、叔叔、我，需要全部同意", ["爷爷", "爸爸", "叔叔", "me"], 4),
        ("shared wallet w/ my wife Jenny, both of us have to approve every tx", ["me", "Jenny"], 2),
        ("我和老婆小芳的共同钱包做成多签，两个人都同意才能花钱", ["me", "小芳"], 2),
    ],
)
def test_owners_and_thresholds(text: str, owners: list[str], threshold: int) -> None:
    p = parse(text, today=TODAY).params
    assert (p["owners"], p["owners_count"], p["threshold"]) == (owners, len(owners), threshold)


def test_a_share_of_the_owners_is_at_least_that_share() -> None:
    result = parse("multisig for the board of 9, two-thirds must approve", today=TODAY)
    assert (result.params["owners_count"], result.params["threshold"]) == (9, 6)
    assert result.evidence["threshold"].source == "inferred" and not result.questions


@pytest.mark.parametrize(
    ("text", "key", "months"),
    [
        ("锁仓 6万 USDC 给我自己，一年半线性，三个月悬崖", "cliff_months", 3),
        ("Vesting for Ingrid: 20 ETH, 36 mo., 12 mo. cliff", "cliff_months", 12),
        ("vesting for Kofi, 6 ETH total, 12 month duration, half-year cliff", "cliff_months", 6),
        ("给合伙人阿杰 15万 USDT 的归属，三年，前六个月锁定", "cliff_months", 6),
        ("vesting for Teo, 30k ARB, over 3 years, first year nothing vests", "cliff_months", 12),
        ("给李雷归属 1000 个 UNI，总共 24 个月，半年后才开始", "start_delay_months", 6),
        ("员工激励：给老郑 五十万 个 CORE，48个月，悬崖期一年，下个季度开始", "start_delay_months", 3),
    ],
)
def test_cliffs_and_starts(text: str, key: str, months: int) -> None:
    assert parse(text, today=TODAY).params[key] == Decimal(months)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("by Christmas", 24),
        ("圣诞节前", 24),
        ("until New Year's Day", 31),
        ("元旦前", 31),
        ("before Christmas Eve", 23),
    ],
)
def test_holidays_are_deadlines_from_the_reference_date(text: str, days: int) -> None:
    (found,) = find_dates(text, date(2026, 12, 1))
    assert found.days == days and found.error is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lending 5 ETH to Tomás for a year", "Tomás"),
        ("Vesting schedule for Maria José O'Neill: 1.2M OP, duration 48 months, 12-month cliff", "Maria José O'Neill"),
    ],
)
def test_accented_and_long_names(text: str, name: str) -> None:
    assert name in parse(text, today=TODAY).params.values()


@pytest.mark.parametrize(
    ("text", "name", "supply"),
    [
        ("Token name Zenith 2027, symbol ZEN27, initial supply 900k", "Zenith 2027", 900000),
        ("做一个叫熊猫通证的代币 PNDA，初始量三百万，总量上限五百万，支持增发", "熊猫通证", 3000000),
        ("Make a pausable token, symbol GEM, called Gemstone, with a quarter million supply", "Gemstone", 250000),
        ("ERC20: name=Copper Ledger; symbol=CPL; supply=64,000,000; pausable=yes", "Copper Ledger", 64000000),
    ],
)
def test_token_names_and_supplies(text: str, name: str, supply: int) -> None:
    p = parse(text, today=TODAY).params
    assert (p["name"], p["initial_supply"]) == (name, Decimal(supply))
