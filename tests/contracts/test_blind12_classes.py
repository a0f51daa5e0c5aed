"""Round 12 blind-set classes: each test writes new sentences of a phrasing class the blind12 contracts set showed
(a silent value, or a clear request refused as "which kind?"), never the set's own rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.errors import AmbiguousRequest

TODAY = "2026-12-03"


def test_bare_burn_verb_in_a_cantonese_flag_list() -> None:
    """ "可以 增發 同 燒": a bare 燒 coordinated with 增發 after 可以 makes the token burnable as well as mintable."""
    r = parse("幫我 整個 token 叫 LotusPoint，代號 LTP，發 五十萬 個，可以 增發 同 燒", today=TODAY)
    assert r.kind == "token"
    assert r.params["mintable"] is True
    assert r.params["burnable"] is True


def test_dictated_day_count_before_deadline_word_is_no_amount() -> None:
    """ "7 日 期限" dictated with blanks (joined to 日期限) is a 7-day deadline, never an amount of 7."""
    r = parse("我 同 阿Wing 做 escrow，佢 送貨 我 先 俾錢，7 日 期限", today=TODAY)
    assert r.kind == "escrow"
    assert r.params["deadline_days"] == Decimal(7)
    assert r.params.get("amount") is None
    assert "amount" in r.missing


def test_traditional_measure_word_one_is_no_goal() -> None:
    """ "籌 一筆 錢" (traditional 筆) is "some money": the goal is asked, not read as 1."""
    r = parse("幫 社區 籌 一筆 錢 整 球場，30 天 內", today=TODAY, kind="crowdfund")
    assert r.params.get("goal") is None
    assert "goal" in r.missing
    assert r.params["deadline_days"] == Decimal(30)


def test_undecided_nft_ticker_is_asked() -> None:
    """ "ticker undecided" / "symbol TBD": the word after the key is no symbol."""
    r = parse("NFT 'Harbour Lights 2027': 300 pieces at 0.05 ETH, ticker undecided", today=TODAY)
    assert r.kind == "nft"
    assert r.params.get("symbol") is None
    assert "symbol" in r.missing
    assert r.params["max_supply"] == 300


def test_malay_dao_name_vote_length_and_opening_verb() -> None:
    """ "Buat DAO nama X": the name after "nama"; "undi 5 hari" the voting period; the verb "Buat" no name."""
    r = parse("Buat DAO nama Koperasi Nelayan Kuala, simbol KNK, supply 20k, quorum 25%, undi 5 hari", today=TODAY)
    assert r.kind == "dao"
    assert r.params["name"] == "Koperasi Nelayan Kuala"
    assert r.params["voting_period_days"] == Decimal(5)
    bare = parse("Bikin DAO untuk kampung, supply 10k, quorum 20%, undi 3 hari", today=TODAY, kind="dao")
    assert bare.params.get("name") is None


def test_splitter_list_ending_in_an_unnamed_party_is_asked() -> None:
    """ "between me, Ana Lee and our church fund": the last payee has no name; the list is asked, not cut to two."""
    r = parse("split it equally between me, Ana Lee and our church fund", today=TODAY, kind="splitter")
    assert r.params.get("payees") is None
    assert "payees" in r.missing
    named = parse("split 50/50 between Ana Lee and Bo Chen", today=TODAY, kind="splitter")
    assert named.params["payees"] == ["Ana Lee", "Bo Chen"]


def test_spelled_cliff_after_the_total_length() -> None:
    """ "over twenty months cliff four months": the cliff word owns the length after it, not the total before."""
    r = parse("vest to Maya Singh 1200 UNI over twenty months cliff four months", today=TODAY)
    assert r.kind == "vesting"
    assert r.params["duration_months"] == Decimal(20)
    assert r.params["cliff_months"] == Decimal(4)


def test_traditional_table_headers() -> None:
    """A tab-separated table headed in traditional characters (名稱 代號 數量 價格) is read by its columns."""
    r = parse("名稱\t代號\t數量\t價格\n星河燈節\tSTAR\t250\t0.02 ETH", today=TODAY)
    assert r.kind == "nft"
    assert r.params["name"] == "星河燈節"
    assert r.params["symbol"] == "STAR"
    assert r.params["max_supply"] == 250
    assert r.params["mint_price"] == Decimal("0.02")


def test_role_before_a_chinese_reader_name_is_dropped() -> None:
    """ "給 調度許家豪": the dispatcher's role word is no part of the reader's name."""
    r = parse("開放 我的 裝貨單 給 調度林志明 3 天", today=TODAY, kind="data_access")
    assert r.params["reader"] == "林志明"
    assert r.params["access_days"] == Decimal(3)


def test_japanese_and_korean_surnames_with_a_title() -> None:
    """ "跟田中先生借", "借给朴先生": a Japanese or Korean surname before a title is the party."""
    r = parse("我想跟田中先生借 800 USDC，年利率 2%，10 個月還", today=TODAY)
    assert r.params["lender"] == "田中先生"
    assert r.params["borrower"] == "me"
    k = parse("我 要 借给申先生 300 USDT，年 利率 6%，9 个 月 还", today=TODAY)
    assert k.params["borrower"] == "申先生"


def test_trade_role_before_a_name_is_dropped() -> None:
    """ "the caterer Lucia Ferri", "carrier Osei Haulage": the role word before the name is no part of it."""
    r = parse(
        "Escrow: I pay the caterer Lucia Ferri 2,000 USDC, the planner Ines Vidal as arbiter, deadline 20 days",
        today=TODAY,
    )
    assert r.kind == "escrow"
    assert r.params["payee"] == "Lucia Ferri"
    assert r.params["payer"] == "me"


def test_malay_borrow_from_and_saya() -> None:
    """ "saya nak pinjam dari X": the user (saya) borrows from X (dari is the Malay "from")."""
    r = parse("saya nak pinjam dari Puan Aishah 3k USDC, interest 4% setahun, 8 bulan", today=TODAY)
    assert r.kind == "loan"
    assert r.params["lender"] == "Puan Aishah"
    assert r.params["borrower"] == "me"


def test_escrow_payee_with_a_copula_and_a_guarantor_arbiter() -> None:
    """ "收款 係 X" (Cantonese copula) names the payee; "担保人 Y" the one who decides the deal."""
    r = parse("托管 600 USDT：我 付款，收款 係 阿豪，担保人 黃律師，期限 9 日", today=TODAY)
    assert r.kind == "escrow"
    assert (r.params["payer"], r.params["payee"], r.params["arbiter"]) == ("me", "阿豪", "黃律師")
    assert r.params["deadline_days"] == Decimal(9)


def test_loan_to_a_described_borrower_and_legal_unto() -> None:
    """ "Lend the baker Tomas Rey …" (a role, then the name) and "advance unto X" (legal style) name the borrower."""
    r = parse("Lend the baker Tomas Rey 900 DAI for a new oven; 4% APR; he pays it back over 6 months.", today=TODAY)
    assert (r.params["lender"], r.params["borrower"]) == ("me", "Tomas Rey")
    legal = parse(
        "The Lender, being the undersigned, shall advance unto Mr. Peter Okoye the principal sum of 5,000 USDC at 7% "
        "per annum, repayable within twelve (12) months.",
        today=TODAY,
    )
    assert legal.params["borrower"] == "Mr. Peter Okoye"
    assert legal.params["lender"] == "me"


def test_role_then_party_in_brackets_before_an_arrow() -> None:
    """ "consignor (me) -> haulier Osei Freight": the role's bracket names who pays, the arrow who is paid."""
    r = parse("escrow: consignor (me) -> haulier Osei Freight, 0.8 ETH held until delivery, 6 days max", today=TODAY)
    assert r.kind == "escrow"
    assert (r.params["payer"], r.params["payee"]) == ("me", "Osei Freight")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("借 2.000 USDT 给 Karim，半年，年利率 4%", "loan"),
        ("Kumpul dana untuk surau kampung, target 5,000 USDC, tutup dalam 20 hari", "crowdfund"),
        ("Medical fund for Auntie Rose: 3 ETH, closes on Jan 15", "crowdfund"),
        ("owners\nme\nYaw Mensah\nEfua Asante\nthreshold: 2", "multisig"),
        ("church building wallet for me, Grace Lee and Samuel Boateng", "multisig"),
        ("行會 收益 分配：坦克 Rook 3 份，輸出 Vex 和 Lyn 各 1 份", "splitter"),
        ("俾 阿Kit 睇 我 嘅 體檢 報告 兩個 禮拜", "data_access"),
        ("Data: lab results\nReader: Tomasz Nowak\nDays: 30", "data_access"),
    ],
)
def test_clear_requests_name_their_kind(text: str, kind: str) -> None:
    """Requests that name their kind plainly (the verb and its receiver apart, Malay words, a fund that closes, a
    settings form, a wallet held by several, parts per person, a Cantonese grant) are not refused."""
    assert parse(text, today=TODAY).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "名称,代号,数量\n琉璃灯会,GLOW,640",  # a name, ticker and count with no price: a token or a collection
        "lock 10 ETH for Bob and release it later",  # vesting or escrow
        "wallet for me and Ana with 1000 USDC split",  # the new wallet cue, beside a split: multisig or splitter
    ],
)
def test_two_plausible_kinds_still_ask(text: str) -> None:
    """The new cues do not let an ambiguous request through: two kinds both plausible still ask which."""
    with pytest.raises(AmbiguousRequest) as err:
        parse(text, today=TODAY)
    assert len(err.value.options) >= 2
