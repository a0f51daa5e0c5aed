"""Round 6 (issue 8): the classes the round-5 blind set and the round-6 hand-written set missed in loan, token,
escrow, vesting and crowdfund.

Each case is one CLASS (a general rule), in both languages: roles stated indirectly (who sells to the user, who is
paid, who decides a dispute, whose grant it is), chat spellings ("im lending"), key:value lengths ("cliff: 6m"),
tickers in mixed case, Chinese fractions and colloquial numbers, and the guards that turn an unclear phrase into a
question instead of a value (a length "after the cliff", a calendar point "两个月后"). The kind is forced: these
test extraction, not the classifier."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.numbers import find_numbers
from ledgerlm.language.parties import read_name

TODAY = "2026-12-01"


def _parse(text: str, kind: str) -> Any:
    return parse(text, kind=kind, today=TODAY)


def _params(text: str, kind: str) -> dict[str, Any]:
    return _parse(text, kind).params


@pytest.mark.parametrize(
    ("text", "lender", "borrower"),
    [
        # chat spelling of "I'm", and a pronoun that refers to the one person named before it
        ("my cousin Priya needs 3.5 ETH. im lending it to her at 6% a year for 9 months", "me", "Priya"),
        ("Im lending 1 ETH to my coworker Sanne for 3 months, no interest", "me", "Sanne"),
        ("I'm fronting my buddy Theo 600 USDC, 3% a year, 8 months", "me", "Theo"),
        # a lower-case name right after who the person is; "borrowing" opening the request is the user
        ("borrowing 0.75 eth off my flatmate jules, 12% a yr, due in 1 year", "jules", "me"),
        # the user sells on credit: the buyer borrows
        ("我想让朋友小邓分期买我的旧显卡，2 ETH，不要利息，分4个月付清", "me", "小邓"),
        ("Nico is buying my old car for 3 ETH in monthly installments over 6 months, 0 interest", "me", "Nico"),
        # the one who repays, by a pronoun; the one the user owes
        ("my mate Ollie asked for a loan — 0.8 eth, he'll pay me back in 3 months, 0%", "me", "Ollie"),
        # "he'll pay me back" alone names the borrower; the lender stays unstated, as the dev sets label it (u001)
        ("my buddy Sven wants to borow 1.5 eth, hes paying me back in 4 months, 0 intrest", None, "Sven"),
        ("I owe Rachel 2 ETH, she lent it to me at 2% for a year", "Rachel", "me"),
        ("我要向星河资本借一百万USDC，年利率六点五，期限三年", "星河资本", "me"),
    ],
)
def test_loan_roles_stated_indirectly(text: str, lender: str | None, borrower: str) -> None:
    p = _params(text, "loan")
    assert (p["lender"], p["borrower"]) == (lender, borrower)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("我想让朋友小邓分期买我的旧显卡，2 ETH，不要利息，分4个月付清，每个月付四分之一", Decimal(25)),
        ("Jonah is lending me 3k usdc, 0% interest, 5 months, I'll pay a fifth of it each month", Decimal(20)),
        ("Tobias will borrow 3 ETH from me for 2 years at 5%, he repays a quarter every 6 months", Decimal(25)),
    ],
)
def test_installment_written_as_a_fraction_of_the_principal(text: str, pct: Decimal) -> None:
    res = _parse(text, "loan")
    assert res.params["installment_pct"] == pct
    assert not [q for q in res.questions if "installment_pct" in q.fields]


def test_a_fraction_with_no_exact_percent_is_asked_never_rounded() -> None:
    res = _parse("借给阿伟两万USDT，年息3%，一年，每月还十二分之一", "loan")
    assert res.params["installment_pct"] is None
    assert any("十二分之一" in q.words and "installment_pct" in q.fields for q in res.questions)


def test_once_a_year_is_the_payment_period_and_a_restated_amount_is_no_new_value() -> None:
    res = _parse("borrowing 10k dai from Aunt Meera, 1 percent a year, pay it back over 3 years, once a year", "loan")
    assert (res.params["term_months"], res.params["period_months"]) == (Decimal(36), Decimal(12))
    res = _parse("im lending 3.5 ETH to Priya at 6% a year for 9 months, the whole 3.5 back at the end", "loan")
    assert res.params["principal"] == Decimal("3.5") and res.questions == []


@pytest.mark.parametrize(
    ("text", "payer", "payee", "arbiter"),
    [
        # the one selling to the user is paid
        (
            "Rick is selling me his old Fender for 0.9 ETH, max 10 days, my friend Dana can step in",
            "me",
            "Rick",
            "Dana",
        ),
        ("小王要卖给我一台二手电脑，0.5 个 ETH，托管 7 天，仲裁人是公司的李主任", "me", "小王", "李主任"),
        # the user is paid; the payer named by a role word elsewhere
        ("i'm the one getting paid here -- client is Ostrander Labs, 8k DAI, 30 days", "Ostrander Labs", "me", None),
        (
            "Client pays me 1.8 ETH through escrow. client name: Harriet Vance. deadline 45 days",
            "Harriet Vance",
            "me",
            None,
        ),
        (
            "escrow: client = Brightline Studio, me = freelancer, 2,000 USDC, 21 days, if there's a dispute "
            "Omar decides",
            "Brightline Studio",
            "me",
            "Omar",
        ),
        ("押金托管：租客 小吴 付 1 ETH，房东是我，期限 365 天，中介的周经理做仲裁", "小吴", "me", "周经理"),
        # "from X" after a thing is no payer cue when "I pay" names the payer
        ("hold 1.25 ETH in escrow for the logo work from Sofia, I pay when I'm happy with it", "me", "Sofia", None),
        (
            "Escrow please. Sender: me. Recipient: Nadia Petrova. Mediator: Sam Whitfield. 650 USDT. 20 days.",
            "me",
            "Nadia Petrova",
            "Sam Whitfield",
        ),
        (
            "托管合约：付款方 我，收款方 设计工作室 墨白，金额 3000 USDC，仲裁 律所的孙律师，20 天",
            "me",
            "墨白",
            "孙律师",
        ),
        ("Payment for the gig: Yuki (me paying her), 600 USDT, 14 days", "me", "Yuki", None),
    ],
)
def test_escrow_roles_stated_indirectly(text: str, payer: str, payee: str, arbiter: str | None) -> None:
    p = _params(text, "escrow")
    assert (p["payer"], p["payee"], p["arbiter"]) == (payer, payee, arbiter)


def test_a_bare_order_leaves_the_payer_unstated_as_the_dev_sets_label_it() -> None:
    assert _params("escrow 900 usdc for the plumber Marco, arbiter is Ms. Reed, 10 days", "escrow")["payer"] is None
    p = _params("escrow 2 ETH between Leo and Kim, 10 days", "escrow")
    assert p["payer"] is None and p["payee"] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("给实习生小蔡一千个USDC，半年内慢慢释放，没有悬崖期，马上开始", "小蔡"),
        ("顾问 Dr. Rossi 的期权：30万 TKN，分 18 个月释放，3个月 cliff", "Dr. Rossi"),
        ("孙经理的奖金 3 个 ETH，分一年发完，前面不设锁定期", "孙经理"),
        ("our designer Kofi gets 12,500 DAI over 12 months, linear", "Kofi"),
        ("Our advisor, Prof. Hannah Weiss, gets 15k GOV vesting over 24 months", "Prof. Hannah Weiss"),
        ("Miguel, our first hire, should receive 60,000 SEED over 36 months", "Miguel"),
        ("the advisor (Dr. Lee) receives 20k GOV over 2 years, 3 month cliff", "Dr. Lee"),
        ("顾问王博士：十二万 TKN，分 24 个月发放，前 6 个月不释放", "王博士"),
        ("vesting | who: Ms. Chen | what: 80,000 OP | cliff 3 mo | total 18 mo", "Ms. Chen"),
        ("期权计划：对象 员工陈立，数量 3万 OPT，锁定期 1 年，总期限 4 年", "陈立"),
        ("给早期投资人老孟 50万 VC 代币，分三年释放", "老孟"),
    ],
)
def test_vesting_beneficiary_stated_indirectly(text: str, who: str) -> None:
    assert _params(text, "vesting")["beneficiary"] == who


def test_a_chinese_name_stops_before_the_verb_after_it() -> None:
    text = "要给早期员工周敏安排激励"
    hit = read_name(text, text.index("早"))
    assert hit is not None and hit.name == "周敏"


def test_cliff_said_in_one_clause_and_its_length_in_the_next() -> None:
    p = _params("给早期员工周敏安排激励，一共 二十五万 枚 STAR，悬崖期就设短一点，三个月吧，整个周期两年", "vesting")
    assert (p["amount"], p["cliff_months"], p["duration_months"]) == (Decimal(250000), Decimal(3), Decimal(24))


@pytest.mark.parametrize(
    "text",
    [
        "Vesting schedule -- beneficiary: 0x942ADbA8e2C9bb5C8512B3D750e9976FBd504C7f; 5000 OP; cliff: 6m; total: 24m",
        "vesting: who=Dario Russo; amount=5000 ARB; cliff=6m; total=24m",
    ],
)
def test_m_under_a_length_label_is_months_never_a_million(text: str) -> None:
    p = _params(text, "vesting")
    assert (p["amount"], p["cliff_months"], p["duration_months"]) == (Decimal(5000), Decimal(6), Decimal(24))


@pytest.mark.parametrize(
    "text",
    [
        "Lock 40000 SAND for Priyanka Nair, unlocks linearly over eighteen months after a twelve-month cliff",
        "2 years vesting after a 6 month cliff for Rui, 9000 USDC",
    ],
)
def test_a_length_after_the_cliff_is_asked(text: str) -> None:
    res = _parse(text, "vesting")
    assert res.params["duration_months"] is None
    asked = [q for q in res.questions if "duration_months" in q.fields]
    assert len(asked) == 1 and "after" in asked[0].words  # one question for the phrase, not one per part


def test_first_period_locked_in_other_words() -> None:
    assert _params("给王芳的股份激励，两万个 EQ，分 4 年归属，首年为锁定期", "vesting")["cliff_months"] == Decimal(12)
    p = _params("Lock 8000 DAI for Elif; it unlocks over 5 years and nothing comes out in the first year", "vesting")
    assert p["cliff_months"] == Decimal(12)


@pytest.mark.parametrize(
    ("text", "name", "symbol"),
    [
        ("need a test token: Test Dollar / tUSD / 1e6 supply / 6 decimals", "Test Dollar", "tUSD"),
        ("can you mint a token named Quokka with symbol qKKA, supply 3.3 million", "Quokka", "qKKA"),
        ("supply 42,000,000 / name Deep Sea / sym DSEA / 0 decimals", "Deep Sea", "DSEA"),
        ("we run a gym: call them Crag Coin, symbol CRAG, print 40k to start", "Crag Coin", "CRAG"),
        ("our knitting circle wants a coin: name it Purl Points, ticker PURL, 5000 to start", "Purl Points", "PURL"),
        ("Gizmo / gZMO / 77,777 supply / burnable", "Gizmo", "gZMO"),
        ("token named Orbit with ticker orb, 21 million", "Orbit", "ORB"),  # all lower case: written lazily
    ],
)
def test_token_name_and_symbol_as_written(text: str, name: str, symbol: str) -> None:
    p = _params(text, "token")
    assert (p["name"], p["symbol"]) == (name, symbol)


def test_a_kind_of_coin_after_one_is_an_article_and_a_colloquial_hundred_million_is_read() -> None:
    p = _params("我们想发行一个积分币，名称：茶友积分，符号：TEA，初始发行 500 万枚，最大供应 1000 万", "token")
    assert (p["initial_supply"], p["cap"]) == (Decimal(5_000_000), Decimal(10_000_000))
    p = _params("代币：GreenLeaf，GLF，初始供应量 三千万，上限一个亿", "token")
    assert p["cap"] == Decimal(100_000_000)
    assert [(n.text, n.value) for n in find_numbers("两个亿")] == [("两个亿", Decimal(200_000_000))]
    assert _params("我想买一个比特币，托管给老王，10天", "escrow")["amount"] == Decimal(1)  # a known coin is counted


@pytest.mark.parametrize(
    ("text", "token"),
    [("raise 500 bucks worth of usdt for the bake sale, 1 week", "USDT"), ("raise 300 dollars worth of dai", "DAI")],
)
def test_dollars_worth_of_a_token_is_that_token(text: str, token: str) -> None:
    assert _params(text, "crowdfund")["token"] == token


@pytest.mark.parametrize(
    "text",
    ["众筹目标：一百个 ETH；截止：两个月后", "crowdfund 5 ETH, ends 3 months from now", "众筹 5 个 ETH，三个月后截止"],
)
def test_a_calendar_point_months_away_is_asked_not_read_as_30_day_months(text: str) -> None:
    res = _parse(text, "crowdfund")
    assert res.params["deadline_days"] is None
    assert any("deadline_days" in q.fields and q.reason == "unsure" for q in res.questions)


def test_lengths_within_a_period_still_count_30_day_months() -> None:
    assert _params("我们要在两个月内众筹十万 USDC", "crowdfund")["deadline_days"] == Decimal(60)
    assert _params("crowdfund 20 ETH, deadline 6 weeks from now", "crowdfund")["deadline_days"] == Decimal(42)


def test_round6_after_set_classes() -> None:
    """The classes the second after-tuning set (heldout_r6_after2) found, each in one line."""
    assert _params("会员积分代币，名字就叫「豆子」，符号 BEAN，先发 10 万个", "token")["name"] == "豆子"
    p = _params("Selling my old gaming laptop to Jasper for 0.45 ETH, hold it in escrow, 5 days max", "escrow")
    assert (p["payer"], p["payee"]) == ("Jasper", "me")  # never "to Jasper" as the one paid
    assert _params("借 款 给 小舅子 阿斌 6000 usdt 年利率 3% 12个月", "loan")["borrower"] == "阿斌"
    assert _params("Hannelore (our COO) gets 120,000 ORB; vesting 4 years", "vesting")["beneficiary"] == "Hannelore"
    addr = "0xE9699035b1600DcC661905F68c54c3fE80A2de43"
    assert _params(f"token unlock: {addr} receives 9,000 MNT over 9 months", "vesting")["beneficiary"] == addr
    p = _params("找了个翻译 小蒋，稿费 300 USDT 先托管，交稿我确认了再放给她，两周不交稿退我", "escrow")
    assert (p["payer"], p["payee"]) == ("me", "小蒋")
    assert _params("Sven wants to borow 1.5 eth for 4 months, 0 intrest", "loan")["annual_rate_pct"] == Decimal(0)


def test_guards_that_keep_an_inference_from_going_silently_wrong() -> None:
    # a number said again is dropped only with words that say so ("the whole 3.5 back"); otherwise it is asked
    res = _parse("raise 5 ETH for the club in 30 days, min contribution 5", "crowdfund")
    assert any(q.words == "5" for q in res.questions)
    # the user is paid and the only other person named is their lawyer: the payer stays unknown (asked)
    p = _params("I'm the seller, 2 ETH in escrow for 10 days, my lawyer Kim Baker keeps the papers", "escrow")
    assert (p["payee"], p["payer"]) == ("me", None)


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("new coin 'Northstar Credits', symbol NSC7, initial supply 2.5 mil, mintable", "initial_supply", 2500000),
        ("Token for my college fest - name Utsav Coin, symbol UTSV, 10 lakh tokens", "initial_supply", 1000000),
        ("代币名称：深蓝币；简称：DEEP；发行量 2100 万；不要增发，也不要暂停功能", "mintable", False),
        ("代币名称：深蓝币；简称：DEEP；发行量 2100 万；不要增发，也不要暂停功能", "pausable", False),
        ("发一个 ERC20，符号 MOON，一百亿枚，可以烧", "burnable", True),
        ("我想从王叔那借点钱周转，五万 USDC 吧，年化百分之四，两年还清", "lender", "王叔"),
        ("escrow 1 ETH from me to Łukasz Nowak, arbiter Nguyễn Văn An, 10 days", "arbiter", "Nguyễn Văn An"),
        ("escrow 1 ETH from me to Łukasz Nowak, arbiter Nguyễn Văn An, 10 days", "payee", "Łukasz Nowak"),
    ],
)
def test_round6_blind_classes(text: str, field: str, want: object) -> None:
    """Classes seen on the round-6 blind set after it was measured: regional scales, Chinese "不要" negations,
    a place word after a Chinese name, accented Latin names (each had been read silently wrong)."""
    from ledgerlm.contracts.request import parse

    assert parse(text).params[field] == want
