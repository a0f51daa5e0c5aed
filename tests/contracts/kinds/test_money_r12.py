"""Round 12: who is who in the money kinds (loan, escrow, vesting, splitter), on the classes the round-11 blind set
and the round-12 hand-written set (tests/language/data/heldout_money_r12.jsonl) found.

- a contract's party letter (甲方/乙方/丙方) before a name is a label: its 方 is never a surname
  ("丙方冯律师" is 冯律师, "甲方本人" and "甲方我" are the user); a share written in words ("百分之二十五") never
  ends a name;
- a title written after a full Chinese name is kept, as after a surname ("李国强先生", "陈美华女士");
- a direction the request leaves open ("whether he pays me or I pay him is not settled", "谁借给谁还没定", Cantonese
  "佢俾我定係我俾佢未decide") asks both roles, never reads one cue's direction;
- dictated Chinese: a two-character surname and its given name with a blank between ("上官 燕", "公孙 医生"), a verb
  the blanks were closed up to ("宇文静设 归属"), "平分" after the last name;
- role words before a name: 组长/队长/鼓手/经纪人, a dictation blank inside "公司 同事", English band and team words
  ("our bassist", "new hire", "team member"), "Coach" before a full name ("Coach Maria Fernanda Lopes"; "Coach Ray"
  and "Nurse Ama Owusu" stay, as the sets label them);
- loan: "X has offered / wishes to lend me"; the quoted "me" of "> X wrote: can you lend me" is X; "@Name";
- escrow: "她付给我" (the user is paid), "甲方（本人）支付", "me pay to"; a speaker's label is no lower-case name;
- vesting: a line headed with the person ("Intern Kai Müller: 2,000 USDC …");
- splitter: a Traditional request read on its simplified copy, a part in tenths before "the rest", fillers ("uh")
  in a list, a "(ratio)" note after "name number" pairs.
Each case is written with other words than the rows that found it. The kind is forced unless the kind is tested."""

from __future__ import annotations

from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.parties import open_direction, read_name

TODAY = "2026-12-03"


def _parse(text: str, kind: str) -> Any:
    return parse(text, kind=kind, today=TODAY)


@pytest.mark.parametrize(
    ("text", "pos", "name"),
    [
        ("丙方何律师做仲裁", 1, None),  # the 方 of the label starts no name
        ("丙方何律师做仲裁", 2, "何律师"),
        ("乙方方小红占三成", 2, "方小红"),  # a real 方 surname after the label is still read
        ("向张志强先生借钱", 1, "张志强先生"),
        ("给刘美玲女士，", 1, "刘美玲女士"),
        ("受益人 上官 燕，", 4, "上官燕"),
        ("授权 公孙 医生 查看", 3, "公孙医生"),
        ("给同事宇文静设 归属", 1, "宇文静"),
        ("剩下由周杰和孙丽平分", 6, "孙丽"),
        ("乙方周杰百分之二十五", 2, "周杰"),
        ("给 公司 同事 赵建国，", 1, "赵建国"),
        ("给组长慕容复做 vesting", 1, "慕容复"),
        ("lend it to @Amara Obi, 5%", 11, "Amara Obi"),
    ],
)
def test_names_read_at(text: str, pos: int, name: str | None) -> None:
    hit = read_name(text, pos)
    assert (hit.name if hit is not None else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coach Ana Paula Reis gets", "Ana Paula Reis"),
        ("Nurse Grace Mensah,", "Nurse Grace Mensah"),  # the sets keep Nurse and Judge with a full name
        ("Coach Ray,", "Coach Ray"),  # one word after the title: how the person is called
        ("Dr. Lena Vogel,", "Dr. Lena Vogel"),  # an honorific always stays
    ],
)
def test_a_job_before_a_full_name_is_no_part_of_it(text: str, name: str) -> None:
    hit = read_name(text, 0)
    assert hit is not None and hit.name == name


@pytest.mark.parametrize(
    "text",
    [
        "whether she pays me or I pay her is not decided",
        "I lend to Omar or Omar lends to me, we'll see",
        "谁借给谁还没定",
        "谁 付 谁 仍 待定",
        "他给我还是我给他还没想好",
        "我 借给 阿强 还是 阿强 借给 我",
        "lend 2 ETH to Pia or she lends to me",
        "I pay Bo or the other way round",
        "who pays whom isn't settled yet",
    ],
)
def test_open_direction_found(text: str) -> None:
    assert open_direction(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "she pays me 2 ETH",
        "who pays whom: I pay her",
        "谁付给谁：我付给他",
        "I pay him or her, whoever wins",
        "pay Ana 2 ETH, or she pays me back in March",
        "老王付我 2 ETH，我付他的是另一笔",
    ],
)
def test_open_direction_not_found(text: str) -> None:
    assert open_direction(text) is None


def test_escrow_direction_left_open_asks_both_sides() -> None:
    r = _parse("escrow 3 ETH with Lukas Berg, 12 days; not decided yet whether he pays me or I pay him", "escrow")
    assert r.params["payer"] is None and r.params["payee"] is None
    assert r.params["amount"] == 3 and r.params["deadline_days"] == 12
    assert any("payer" in q.fields for q in r.questions)


def test_cantonese_escrow_direction_left_open() -> None:
    r = _parse("我同 阿Sam 做 escrow，2 ETH，十日，佢 俾 我 定係 我 俾 佢 仲未 傾", "escrow")
    assert r.params["payer"] is None and r.params["payee"] is None


def test_loan_direction_left_open_asks_both_sides() -> None:
    r = _parse("跟 刘洋 做个 借款，3 万 USDT，半年，年息 4%，谁借给谁 还没 定", "loan")
    assert r.params["lender"] is None and r.params["borrower"] is None
    assert r.params["principal"] == 30000 and r.params["term_months"] == 6


def test_loan_title_after_full_name_kept() -> None:
    r = _parse("我向王建华先生借 1 万 USDC，年利率 5%，期限一年", "loan")
    assert r.params["lender"] == "王建华先生" and r.params["borrower"] == "me"


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        ("my uncle Ivan Petrov has offered to lend me 2 ETH for 8 months at 3% a year", "Ivan Petrov"),
        ("my neighbour Aoife Walsh wishes to lend me 900 USDC over 10 months at 2% a year", "Aoife Walsh"),
    ],
)
def test_loan_lender_who_offers_to_lend_me(text: str, lender: str) -> None:
    r = _parse(text, "loan")
    assert r.params["lender"] == lender and r.params["borrower"] == "me"


def test_loan_quoted_request_to_lend_me_is_the_writer_borrowing() -> None:
    text = (
        "> On Wed, Dec 2, Nadia Hassan wrote:\n> could you lend me 400 DAI?\n\n"
        "Fine: 400 DAI, 6% a year, 5 months, repay to me. Draft it please"
    )
    r = _parse(text, "loan")
    assert r.params["borrower"] == "Nadia Hassan" and r.params["lender"] == "me"


def test_loan_dictated_colleague_with_blank() -> None:
    r = _parse("我借 三千 USDT 给 公司 同事 赵建国，年化 5 %，四个月", "loan")
    assert r.params["lender"] == "me" and r.params["borrower"] == "赵建国"


def test_escrow_party_letters_and_the_user_by_label() -> None:
    r = _parse("托管：丙方何律师仲裁，甲方（本人）支付 6000 USDT 给 乙方 周杰，期限 25 天", "escrow")
    assert r.params["arbiter"] == "何律师"
    assert r.params["payer"] == "me" and r.params["payee"] == "周杰"


def test_escrow_arbiter_after_its_party_letter() -> None:
    r = _parse("托管：仲裁人 丙方孙律师，我付 4000 USDC 给 乙方 吴敏，期限 15 天", "escrow")
    assert r.params["arbiter"] == "孙律师" and r.params["payee"] == "吴敏" and r.params["payer"] == "me"


def test_escrow_pronoun_pays_the_user() -> None:
    r = _parse("房客 赵敏 的 押金 1500 USDT 放 托管，她 付 给 我，四十 天", "escrow")
    assert r.params["payer"] == "赵敏" and r.params["payee"] == "me"


def test_escrow_me_pay_to() -> None:
    r = _parse("pls escrow 250 USDT, me pay to Rhea Cruz po, 3 days", "escrow")
    assert r.params["payer"] == "me" and r.params["payee"] == "Rhea Cruz"


def test_escrow_speaker_label_is_no_name() -> None:
    r = _parse("> Seller: money goes into escrow\nok: 900 USDC from me to Mr. Tariq Aziz, 15 days", "escrow")
    assert r.params["payee"] == "Mr. Tariq Aziz" and r.params["payer"] == "me"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("vesting for our guitarist Marco Bianchi, 6,000 USDC over 24 months", "Marco Bianchi"),
        ("vesting for new hire Ifeoma Okafor, 12,000 OP, 36 months", "Ifeoma Okafor"),
        ("Contractor Lena Schmidt: 3,000 USDC vesting over 18 months", "Lena Schmidt"),
        ("给 队长 欧阳锋 做 vesting，五千 ARB，十二个月", "欧阳锋"),
        ("归属：受益人 司马 懿，2000 OP，期限 10 个月", "司马懿"),
        ("Coach Ana Paula Reis gets 8 ETH vested over 24 months", "Ana Paula Reis"),
    ],
)
def test_vesting_beneficiary(text: str, who: str) -> None:
    assert _parse(text, "vesting").params["beneficiary"] == who


@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        ("分账：甲方我百分之五十，乙方孙丽百分之三十，丙方何会计百分之二十", ["me", "孙丽", "何会计"], [50, 30, 20]),
        ("分账：乙方周杰百分之四十，甲方本人百分之六十", ["周杰", "me"], [40, 60]),
        ("分账：我 拿 七成，剩下 由 周杰 和 孙丽 平分", ["me", "周杰", "孙丽"], [70, 15, 15]),
        ("拆帳：我 拿 一半，剩下 由 陳志強 同 黃美玲 平分", ["me", "陳志強", "黃美玲"], [50, 25, 25]),
        ("split the gig money like sixty forty between me and uh Jonas Berg", ["me", "Jonas Berg"], [60, 40]),
        ("Splitter: Hoang Nam 3, Thu Ha 1 (ratio), token USDC", ["Hoang Nam", "Thu Ha"], [3, 1]),
        ("版税：主唱 夏侯惇 60%，鼓手 本人 40%", ["夏侯惇", "me"], [60, 40]),
    ],
)
def test_splitter_payees_and_shares(text: str, payees: list[str], shares: list[int]) -> None:
    r = _parse(text, "splitter")
    assert r.params["payees"] == payees
    got = [float(x) for x in r.params["shares"]]
    assert [g / sum(got) for g in got] == pytest.approx([x / sum(shares) for x in shares])
