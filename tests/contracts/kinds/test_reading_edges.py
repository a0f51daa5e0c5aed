"""Contract requests that were read silently wrong on unseen text (round 4); each case is a class of wording."""

from __future__ import annotations

from decimal import Decimal

from ledgerlm.contracts.request import parse
from ledgerlm.language.durations import find_durations


def test_a_feature_word_takes_the_answer_written_after_it() -> None:
    p = parse("Token: Harbor Credits (HBC). supply 1.5k. burnable yes, pausable no, mintable no").params
    assert (p["burnable"], p["pausable"], p["mintable"]) == (True, False, False)
    p = parse("发一个代币 ABC，总量100万，可增发：否，可暂停：是").params
    assert (p["mintable"], p["pausable"]) == (False, True)


def test_no_decimals_is_zero_decimals() -> None:
    r = parse("an ERC20 called 'Willow Fund Share', WFS, 2,000,000 units, no decimals, burnable")
    assert r.params["decimals"] == 0
    assert r.evidence["decimals"].spans[0].words == "no decimals"


def test_a_separator_after_a_token_name_is_not_part_of_it() -> None:
    r = parse("ERC-20 pls. name: Kettle Coin / symbol KTL / 21,000,000 minted at the start")
    assert r.params["name"] == "Kettle Coin"


def test_a_chinese_company_is_read_whole() -> None:
    assert (
        parse("深圳前海星链科技有限公司向我借200000 USDT，年利率12%，3年").params["borrower"]
        == "深圳前海星链科技有限公司"
    )
    assert parse("利润分配合约：上海禾木文化传媒有限公司80%，我20%，币种USDC").params["payees"] == [
        "上海禾木文化传媒有限公司",
        "me",
    ]


def test_selling_something_to_someone_makes_the_user_the_payee() -> None:
    p = parse("我卖一台相机给小赵，价格0.35个ETH，让老孟当中间人，两周内确认收货").params
    assert (p["payer"], p["payee"], p["arbiter"]) == ("小赵", "me", "老孟")


def test_how_often_is_not_how_long() -> None:
    assert [d.frequency for d in find_durations("按季度释放")] == [True]
    assert [d.frequency for d in find_durations("两个季度")] == [False]
    r = parse("给运营老黄 30万 BEE 做归属，按季度释放")
    assert r.params["duration_months"] is None and "duration_months" in r.missing
    assert parse("vest 10000 TKN to Alice over 2 years, released every quarter").params["duration_months"] == Decimal(
        24
    )


def test_an_escape_sequence_is_no_part_of_a_contract_request() -> None:
    r = parse("lend \x1b[31m5 ETH to bob for 6 months at 5%")
    assert r.params["principal"] == Decimal(5)
