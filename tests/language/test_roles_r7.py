"""Round 7 (issue 8): the classes the round-6 blind set and the round-7 hand-written set missed in loan, token,
escrow, vesting and crowdfund, and in the shared party reader.

Each case is one CLASS (a general rule), in both languages, written with other words than the rows that found it:
roles said by what people do (who buys from the user, who asks to borrow, who the money comes to, who a dispute
goes to), pronouns that point at the one person introduced as a person, organisations with long names and legal
forms, nicknames in quotes or brackets, and the guards that turn a feature said in other words into a question
instead of the default. The kind is forced: these test extraction, not the classifier."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.parties import described_before, find_names, pronoun_referent, read_name

TODAY = "2026-12-01"


def _parse(text: str, kind: str) -> Any:
    return parse(text, kind=kind, today=TODAY)


def _params(text: str, kind: str) -> dict[str, Any]:
    return _parse(text, kind).params


def _flagged(result: Any) -> set[str]:
    return set(result.missing) | {f for q in result.questions for f in q.fields}


# -- the shared reader -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "^" marks where a role cue points. Up to four words before one to three legal or trade words
        (
            "arbiter: ^Northfield Dispute Resolution Services Inc., thanks",
            "Northfield Dispute Resolution Services Inc.",
        ),
        ("lender: ^Calloway & Finch LLP", "Calloway & Finch LLP"),
        ("payee: ^Marlowe Industries", "Marlowe Industries"),
        # a description with words of its own before the noun, then the name
        ("seller: ^the estate agent Harbourline Lettings", "Harbourline Lettings"),
        ("pay ^my web dev Oskar 2 ETH", "Oskar"),
        # "brother-in-law" is one description, not "brother" and a name "-in-law"
        ("lend ^my sister-in-law Ayesha 1 ETH", "Ayesha"),
        # a nickname in quotes, in either script; a handle in brackets after who the person is
        ("卖家：^网友“青柠”", "青柠"),
        ("pay ^a seller on reddit (u: crate_digger)", "crate_digger"),
        ("payee ^a guy from the forum (@vinyl.joe)", "vinyl.joe"),
        # a word for a kind of organisation, then its own name
        ("受益人：^基金会 Larch Foundation", "Larch Foundation"),
        # a close friend, then the name (never "们儿阿坤")
        ("卖家是^我哥们儿大伟", "大伟"),
    ],
)
def test_reader_reads_the_whole_name(text: str, name: str) -> None:
    start = text.index("^")
    hit = read_name(text.replace("^", ""), start)
    assert hit is not None and hit.name == name


def test_what_describes_a_person_never_swallows_a_name() -> None:
    # a capitalised "Dev" is a name, not the job word; a dash between words ends a description
    assert [n.name for n in find_names("a splitter between me, Dev and Carla")] == ["Dev", "Carla"]
    text = "access to my medical history - Nurse Joy can read it"
    hit = read_name(text, text.index("my medical"))
    assert hit is None or hit.name != "Joy"


def test_a_quoted_role_word_is_no_name() -> None:
    assert read_name("给“卖家”", 1) is None
    assert read_name("to 'the seller'", 3) is None


def test_a_pronoun_points_at_the_one_person_introduced_as_a_person() -> None:
    text = "my stepbrother Idris runs a bakery in Leeds and Tuesday was rough. I'll lend him 1 ETH"
    people = [n for n in find_names(text) if n.name in ("Idris", "Leeds")]
    assert described_before(text, text.index("Idris"))
    assert not described_before(text, text.index("Leeds"))
    hit = pronoun_referent(text, people)
    assert hit is not None and hit.name == "Idris"
    # two people introduced as people: asked, never picked
    two = "my cousin Ana and my friend Bo"
    both = [n for n in find_names(two) if n.name in ("Ana", "Bo")]
    assert pronoun_referent(two, both) is None


def test_a_plain_name_right_after_a_family_word_is_the_person() -> None:
    assert _params("借给堂弟阿明两万 USDT，一年，年息 3%", "loan")["borrower"] == "阿明"
    assert _params("借给表妹晓梅 8000 USDC，半年，年息 2%", "loan")["borrower"] == "晓梅"
    assert _params("借给表哥两万 USDT，一年，年息 3%", "loan")["borrower"] == "表哥"  # 两万 is the amount


def test_family_words_that_look_like_titled_names_are_not_names() -> None:
    assert all(n.name not in ("小舅", "小姨") for n in find_names("小舅子阿强和小姨子要一起"))


# -- loan --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lender", "borrower"),
    [
        # someone asks to borrow: the borrower; the lender stays unstated (asked), as the dev sets label it
        ("my colleague Sunniva asked whether she could borrow 1.5 ETH, 3% a year, 5 months", None, "Sunniva"),
        # the borrower is the topic of a Chinese sentence whose 找我借 has no subject of its own
        ("表弟小磊装修房子差钱，找我借 2 万 USDT，一年，年息 4%", "me", "小磊"),
        # borrowing the user's money
        ("发小阿强想借我的 ETH，3 个，半年，年化 2%", "me", "阿强"),
        # 借 + a pronoun + the amount lends; the pronoun is the one person named
        ("我室友小周手头紧，我准备借她 5000 USDC，年化 1%，六个月", "me", "小周"),
        # a pronoun among a person and a place: the one introduced as a person
        ("my neighbour Farouk opened a shop in Leeds. I'm lending him 2 ETH at 5% for a year", "me", "Farouk"),
        # the user's money goes into someone's venture, to come back with interest
        ("I'm investing 4 ETH in Ingrid's bakery; she gives it back in 18 months plus 6% a year", "me", "Ingrid"),
        # an organisation named before "is lending", in apposition
        (
            "Our fund, Bracken Capital, is lending 90k USDC to Orla Devlin, 7% a year, 2 years",
            "Bracken Capital",
            "Orla Devlin",
        ),
    ],
)
def test_loan_roles_said_by_what_people_do(text: str, lender: str | None, borrower: str) -> None:
    p = _params(text, "loan")
    assert (p["lender"], p["borrower"]) == (lender, borrower)


@pytest.mark.parametrize(
    ("text", "lender", "borrower"),
    [
        # the classes the round-7 after-set found (written after tuning, then fixed)
        ("Dr. Haverford has agreed to loan me 2 ETH, 1% a year, 6 months", "Dr. Haverford", "me"),
        ("Mx. Quinn offered to lend me 300 DAI for 2 months, no interest", "Mx. Quinn", "me"),
        ("Joss's borrowing 900 USDC off me for 4 months at 3%", "me", "Joss"),
        ("I need 5 ETH from Riverside Credit Co-op, 9% APR, 1 year", "Riverside Credit Co-op", "me"),
        (
            "Noor (my cousin) needs 2 ETH; I'm happy to lend it, 2% a year, 6 months, she'll pay it all back",
            "me",
            "Noor",
        ),
    ],
)
def test_loan_roles_round7_after(text: str, lender: str, borrower: str) -> None:
    p = _params(text, "loan")
    assert (p["lender"], p["borrower"]) == (lender, borrower)


# -- escrow ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # someone buys from the user: the buyer pays, the user is paid
        ("Ottilie is buying my old bike for 0.3 ETH, escrow 7 days", {"payer": "Ottilie", "payee": "me"}),
        ("我同学大刘要从我这买一台二手相机，0.5 ETH，托管十天", {"payer": "大刘", "payee": "me"}),
        # "客户X付我 N": the verb, the user, then the amount
        ("客户陈先生付我 2000 USDC，走托管，二十天", {"payer": "陈先生", "payee": "me"}),
        # the money comes to the user in the end
        (
            "escrow 1 ETH for 2 weeks, the funds go to me once the client Mr. Aziz approves",
            {"payer": "Mr. Aziz", "payee": "me"},
        ),
        # a side named with a place word before its verb; the user's side the same way
        ("托管：我这边付款，王芳那边收款，600 DAI，十五天", {"payer": "me", "payee": "王芳"}),
        # the money comes back to the user: the user paid it in
        (
            "hold 300 usdc for my niece Pia till she passes her exam, else it goes back to me after 60 days",
            {"payer": "me", "payee": "Pia"},
        ),
        # where the user sells, then what, then to whom
        ("我在咸鱼上卖一把吉他给网友小北，他付 0.2 ETH 到托管，七天", {"payer": "小北", "payee": "me"}),
        # what is bought comes from the one paid; never the payer
        (
            "I want to escrow 90 usdc for a portrait from a painter called inkwell_amy, 10 days",
            {"payer": "me", "payee": "inkwell_amy"},
        ),
        # work bought from the user: the one who orders it pays
        ("Henrik is ordering a custom desk from me, 0.7 ETH in escrow, 20 days", {"payer": "Henrik", "payee": "me"}),
        # the name a role goes by
        (
            "escrow 40 usdc, I'm the buyer, the seller goes by 'tinkerbird', 5 days",
            {"payer": "me", "payee": "tinkerbird"},
        ),
        # the subject left out: the user puts the money in
        ("要装修阳台，先把 1 万 USDT 放进托管，30 天内完工就放给工头老杨", {"payer": "me", "payee": "老杨"}),
    ],
)
def test_escrow_sides_said_by_what_people_do(text: str, want: dict[str, str]) -> None:
    p = _params(text, "escrow")
    assert {k: p[k] for k in want} == want


@pytest.mark.parametrize(
    ("text", "arbiter"),
    [
        # an adverb between the name and the verb; every 由, not only the first
        ("托管 1 ETH 给小王，十天，由我付款，由陈律师出面仲裁", "陈律师"),
        ("托管 800 USDC 给老李，二十天，周律师居中调解", "周律师"),
        # who a dispute goes to
        ("托管 2 万 USDT 给施工队老马，四十天，有争议就找物业的钱经理", "钱经理"),
        # a witness who judges
        ("托管 0.5 ETH 给阿杰，十天，找朋友 Vera 当见证人", "Vera"),
        # a long organisation name with its legal form
        (
            "escrow 2 ETH to Tamsin, 30 days, arbiter Greyfield Mediation Services Ltd.",
            "Greyfield Mediation Services Ltd.",
        ),
    ],
)
def test_escrow_arbiter(text: str, arbiter: str) -> None:
    assert _params(text, "escrow")["arbiter"] == arbiter


# -- token -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "supply", "cap", "mintable"),
    [
        ("token 'Fern Points', FERN, 5 million to start, mintable, never above 20M", 5000000, 20000000, True),
        ("coin Quill (QUIL), 1M initially, we can mint more but no more than 3 million ever", 1000000, 3000000, True),
        ("发个积分叫 松果，符号 SGO，先发五十万个，以后还能再发，最多发到两百万", 500000, 2000000, True),
        ("代币 云朵 YUN，一开始发一百万，之后可以继续铸造，总共不超过一千万", 1000000, 10000000, True),
    ],
)
def test_token_supply_cap_and_minting_in_other_words(text: str, supply: int, cap: int, mintable: bool) -> None:
    p = _params(text, "token")
    assert (p["initial_supply"], p["cap"], p["mintable"]) == (Decimal(supply), Decimal(cap), mintable)


def test_token_minting_said_in_words_the_flags_do_not_read_is_asked() -> None:
    r = _parse("token Tally (TLY), 1M supply, we'll see about minting", "token")
    assert r.params["mintable"] is False and "mintable" in _flagged(r)  # the default is never kept silently
    assert (
        _params("你也可以发个币吗，叫 ABC，符号 ABC，一千万个", "token")["mintable"] is False
    )  # 也可以发 asks for a coin


# -- vesting -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cliff", "duration"),
    [
        # the whole lock, and the first part that pays nothing: the first part is the cliff
        ("给小米锁仓 6000 个 RICE，锁三年，头半年一个都不给，之后按月解锁", 6, 36),
        # 锁死, 满 N 才开始解锁
        ("给阿亮 1 万个 BEAM，分 36 个月释放，前六个月锁死", 6, 36),
        ("给周敏 2 万个 KITE，分两年释放，满半年才开始解锁", 6, 24),
        # no cliff, said without the word cliff
        ("vest 8k OWL to Britta over 10 months, nothing is locked at the start", 0, 10),
        ("给老吴 3000 个 OWL，一年释放完，不设锁定期", 0, 12),
    ],
)
def test_vesting_cliff_in_other_words(text: str, cliff: int, duration: int) -> None:
    p = _params(text, "vesting")
    assert (p["cliff_months"], p["duration_months"]) == (Decimal(cliff), Decimal(duration))


@pytest.mark.parametrize(
    ("text", "beneficiary"),
    [
        ("pay my grandson Tobias out of a pot of 5 ETH, monthly, over 3 years", "Tobias"),
        ("I'm the beneficiary: my DAO vests me 4,000 ARC over 12 months", "me"),
        ("帮 designer 小美 弄一个 vesting，800 个 INK，十个月", "小美"),
        ("锁仓给基金会 Ostra Foundation 五十万 OST，四年线性", "Ostra Foundation"),
        ("vesting 給 Mei Lin，2 萬顆 TIDE，兩年", "Mei Lin"),
        ("给新来的前端开发小武 9000 个 BIT，两年", "小武"),
    ],
)
def test_vesting_beneficiary(text: str, beneficiary: str) -> None:
    assert _params(text, "vesting")["beneficiary"] == beneficiary


def test_vesting_the_users_own_schedule() -> None:
    assert _params("me: 20k ROOT over 3 years, 1y cliff - my own founder grant", "vesting")["beneficiary"] == "me"
    assert (
        _params("帮公司的法务 Ms. Ivy Chen 设置一个 vesting：500 个 LAW，一年", "vesting")["beneficiary"]
        == "Ms. Ivy Chen"
    )


def test_loan_monthly_interest_payments_is_a_frequency() -> None:
    assert _params("lend Ali 1 ETH, 6% a year, 10 months, monthly interest payments", "loan")["period_months"] == 1


def test_vesting_help_me_is_no_beneficiary() -> None:
    r = _parse("帮我设一个 vesting，3000 个 BLOOM，八个月", "vesting")
    assert r.params["beneficiary"] is None


def test_vesting_amount_in_a_key_value_list() -> None:
    assert _params("受益人：老孙；数量：八万；代币：DAI；周期：两年", "vesting")["amount"] == Decimal(80000)


# -- the round-7 hand-written sets -------------------------------------------------------------------------------
#: measured 2026-12-02 with the exhaustive judge. heldout_parties_r7 (63) was written before any rule was changed:
#: 42/63 = 66.7%, 5 silent; 59/63 after (two classifier refusals, a calendar phrase "by day 25", and a lender the dev
#: sets leave unstated). heldout_parties_r7_after (40) was written after that tuning and scored once: 29/40 = 72.5%,
#: 1 silent ("Mika is commissioning a mural from me" made the user the payer); 39/40 after its fixes.
FLOORS_R7 = [("heldout_parties_r7.jsonl", 0.92), ("heldout_parties_r7_after.jsonl", 0.95)]


@pytest.mark.parametrize(("name", "floor"), FLOORS_R7)
def test_round7_sets_never_silently_wrong(name: str, floor: float) -> None:
    import json
    from pathlib import Path

    from ledgerlm.contracts.request.evaluation import judge
    from ledgerlm.errors import LedgerError

    path = Path(__file__).parent / "data" / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    correct, silent = 0, []
    for row in rows:
        try:
            verdict = judge(parse(row["text"], today=row["today"]), row["expect"])
        except LedgerError:
            continue  # a clear refusal ("which kind?") is never silent
        correct += verdict.correct
        silent += [(row["id"], f) for f in verdict.silent]
    assert silent == []
    assert correct / len(rows) >= floor, f"{correct}/{len(rows)}"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("make coin GRNDR name Grinder Club supply 42069 burnable pausable", "Grinder Club"),
        ("token named Total Supply Coin, symbol TSC, 1M supply", "Total Supply Coin"),
    ],
)
def test_a_lower_case_key_ends_a_token_name(text: str, name: str) -> None:
    """Terse notes ("name X supply 42069") end the name at the next key; a capitalised "Supply" stays in it."""
    from ledgerlm.contracts.request import parse

    assert parse(text, kind="token", today="2026-12-02").params["name"] == name


@pytest.mark.parametrize(
    ("text", "installment"),
    [
        ("借给老孙 20000 USDT，分十个月付清，每月付一成，不算利息", 10),
        ("lend Sam 500 USDC interest-free over 5 months, 20% each month", 20),
    ],
)
def test_an_interest_free_loan_reads_no_percent_as_interest(text: str, installment: int) -> None:
    """ "interest-free ... 20% each month" read a 20% rate (blind7, seen): the share paid each period is the
    installment and the rate stays 0."""
    from ledgerlm.contracts.request import parse

    params = parse(text, kind="loan", today="2026-12-02").params
    assert (params["annual_rate_pct"], params["installment_pct"]) == (0, installment)
