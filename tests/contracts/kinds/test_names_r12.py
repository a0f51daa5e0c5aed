"""Round 12 of reading the names of things (token, NFT and DAO): each class of misread name found on the blind-11
set and the hand-written round-12 set, proved with sentences of its own (never the sets' rows).

Every reading test gives the kind (``parse(..., kind=...)``): what is proven is the extractor's reading. The held-out
sets themselves are scored by ``bench/score_set.py``, never replayed here (suite time)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse


def _read(kind: str, text: str) -> dict[str, Any]:
    params: dict[str, Any] = parse(text, kind=kind, today="2026-12-03").params
    return params


# -- a Chinese name typed with a space between its words runs up to its clause mark or the next key ---------------
@pytest.mark.parametrize(
    ("kind", "text", "name", "symbol"),
    [
        ("nft", "NFT：名稱 九份 山城，代號 JFSC，數量 600，價格 0.02 ETH", "九份山城", "JFSC"),
        ("nft", "NFT 合集：名字 西湖 晚霞，符号 XHWX，总量 800", "西湖晚霞", "XHWX"),
        ("token", "代币名称：晨光 积分；代号：CGJF；总量：一百万", "晨光积分", "CGJF"),
        ("dao", "建个 DAO：名 深水埗 街坊會，代號 SSPK，總量 十萬", "深水埗街坊會", "SSPK"),
    ],
)
def test_typed_chinese_name_with_a_space(kind: str, text: str, name: str, symbol: str) -> None:
    params = _read(kind, text)
    assert params["name"] == name
    assert params["symbol"] == symbol


def test_typed_name_stops_before_words_that_go_on_with_the_sentence() -> None:
    """ "名称 星光 可以 增发": 可以 opens the next setting, never a word of the name (the name stays as read)."""
    params = _read("token", "代币名称 星光 可以 增发，代号 XGB，总量 一百万")
    assert params["name"] != "星光可以增发"


# -- a correction inside or right after the name: the name said again wins -----------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "name"),
    [
        ("token", "发 个 代币 名字 叫 小溪 不对 叫 清溪 积分 符号 QXJF 总量 十万", "清溪积分"),
        ("token", "代币 叫 火山 币，不是，叫 冰山 币，代号 BSB，发行 一百万 个", "冰山币"),
        ("nft", "我 要 做 NFT 叫 旧城 不对 叫 新城 故事 代号 XCGS 数量 三百", "新城故事"),
    ],
)
def test_chinese_name_corrected(kind: str, text: str, name: str) -> None:
    assert _read(kind, text)["name"] == name


# -- dictated Chinese: the fillers of speech and the next key end the name -------------------------------------------
def test_dictated_name_ends_at_a_filler_or_the_token_key() -> None:
    assert _read("dao", "我们 想 搞 个 DAO 叫 山海 代币 SHAN 一万个 投票 三天")["name"] == "山海"
    assert _read("nft", "帮我 发 NFT 名字 叫 嗯 竹林 清风 符号 ZLQF 总共 五百 个")["name"] == "竹林清风"


def test_dictated_traditional_name_keeps_its_characters() -> None:
    params = _read("nft", "NFT 系列：名字 海港 燈塔，符號 HGDT，總量 500")
    assert params["name"] == "海港燈塔"  # never re-spelled 海港灯塔


# -- Malay and Indonesian keys, backticks, 名 before a Latin name ----------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "name", "symbol"),
    [
        ("token", "Mau bikin token nama Teh Tarik Points, simbol TTP, supply 20000", "Teh Tarik Points", "TTP"),
        ("nft", "NFT koleksi nama Wayang Malam, simbol WYM, 300 supply", "Wayang Malam", "WYM"),
        ("token", "need a token `Harbor Mint` (HBM), 1000 supply", "Harbor Mint", "HBM"),
        ("token", "台北 夜市 token，名 Night Bites，symbol NBT，supply 一万", "Night Bites", "NBT"),
        ("nft", "NFT：名 西贡晨光，symbol XGCG，200 张", "西贡晨光", "XGCG"),
        ("dao", "DAO spec -> name `Brick Lane`, symbol `BRL`, supply 5000", "Brick Lane", "BRL"),
    ],
)
def test_name_keys_of_other_writers(kind: str, text: str, name: str, symbol: str) -> None:
    params = _read(kind, text)
    assert params["name"] == name
    assert params["symbol"] == symbol


def test_nft_name_after_what_it_is_for_and_before_a_keyed_ticker() -> None:
    assert _read("nft", "nft for my comic series: Iron Tides, 90 copies, 0.03 ETH")["name"] == "Iron Tides"
    params = _read("nft", "make nft collection Salt Flats symbol SFL 400 supply")
    assert (params["name"], params["symbol"]) == ("Salt Flats", "SFL")


# -- DAO names in Latin letters ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DAO: Mill Co-op Network (MCN), supply 10,000, quorum 10%", "Mill Co-op Network"),
        ("create DAO Delta Farmers (DLF) with 5,000 tokens, quorum 20%", "Delta Farmers"),
        ("DAO Lusaka Readers, LSR, 8k supply, quorum 15%", "Lusaka Readers"),
        ("DAO for the choir: name Evening Voices, symbol EVV, supply 900", "Evening Voices"),
        ("uh DAO named uh Tin Roof symbol TNR uh ten thousand tokens", "Tin Roof"),
    ],
)
def test_dao_latin_names(text: str, name: str) -> None:
    assert _read("dao", text)["name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a verb of creating, or after a name's key, DAO is part of the name as written
        ("Launch Pier Nine DAO (PND). supply 1M, quorum 10%", "Pier Nine DAO"),
        ("Set up Glasshouse DAO, ticker GHD, 50k supply", "Glasshouse DAO"),
        ("name: Reading Room DAO\nsymbol: RRD\nsupply: 3000\nquorum: 10%", "Reading Room DAO"),
        # opening a note, "X DAO:" is the kind's label before the settings
        ("Quarry Hill DAO: 5,000 votes (symbol QHD), 20% quorum, 5 days voting", "Quarry Hill"),
    ],
)
def test_dao_word_in_the_name(text: str, name: str) -> None:
    assert _read("dao", text)["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "launch MOSS DAO with 1,000,000 MOSS, quorum 4%, voting period 7 days",
        "NGO DAO, token HELP, supply 2 million, quorum 5%",
    ],
)
def test_dao_abbreviation_before_dao_is_no_name(text: str) -> None:
    assert _read("dao", text).get("name") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("创建 DAO 名称 稻田 合作社 代号 DTHZ 供应 一百万 法定 人数 百分之十", "稻田合作社"),
        ("我 想 搞 一个 DAO 叫 书虫 联盟 代号 SCLM 总量 五万 投票期 三天", "书虫联盟"),
    ],
)
def test_dao_dictated_chinese_names(text: str, name: str) -> None:
    assert _read("dao", text)["name"] == name


# -- DAO values in a note with no commas: each cue owns the value said after it -------------------------------------
def test_dao_filler_between_cue_and_value() -> None:
    params = _read("dao", "DAO named Reed Guild symbol RDG quorum like eight percent voting uh four days")
    assert params["quorum_pct"] == 8
    assert params["voting_period_days"] == 4


def test_dao_holder_part_before_the_quorum_cue() -> None:
    params = _read("dao", "DAO 'Kumasi Potters' symbol KPT supply 1000 holders me 55% Ama Owusu 45% quorum 15%")
    assert params["quorum_pct"] == 15
    assert params["holders"] == ["me", "Ama Owusu"]
    assert params["holder_shares"] == [55, 45]


def test_dao_lengths_chained_with_no_commas() -> None:
    params = _read("dao", "建 DAO 名称 星火 合作社 代号 XHHZ 投票 五 天 延迟 两 天 时间锁 一 天")
    assert (params["voting_period_days"], params["voting_delay_days"], params["timelock_delay_days"]) == (5, 2, 1)


# -- NFT counts and prices said again ---------------------------------------------------------------------------
def test_nft_supply_corrected() -> None:
    assert _read("nft", "做 NFT 叫 山谷 回声 代号 SGHS 数量 两百 不对 三百 价格 零点零一 ETH")["max_supply"] == 300
    assert _read("nft", "nft Tall Pines TPN, supply 800, no wait, 900, 0.01 eth")["max_supply"] == 900


def test_nft_count_before_the_wallet_cue_is_no_wallet_limit() -> None:
    """ "数量 一千 每人 限 两 个": 一千 is never the per-wallet limit (once read so, and the request refused)."""
    params = _read("nft", "NFT 叫 河畔 灯火 代号 HPDH 数量 一千 每人 限 两 个")
    assert params["max_per_wallet"] == 2
    assert params.get("max_supply") != 2


def test_nft_wallet_cue_typed_with_a_space() -> None:
    assert _read("nft", "NFT：名稱 港灣 晨霧，代號 GWCW，總量 400，每個 錢包 最多 2 個")["max_per_wallet"] == 2


def test_nft_free_mint_wondered_then_denied() -> None:
    params = _read("nft", "NFT 叫 Kyoto Rain (KYR)，300 supply，mint 免費？唔係，0.03 ETH")
    assert params["mint_price"] == Decimal("0.03")
    assert _read("nft", "nft Dust Bowl (DSTB) 100 supply, free? no, 0.02 eth")["mint_price"] == Decimal("0.02")


def test_dao_bare_holder_parts_at_the_end_of_a_sentence() -> None:
    """ "…, holders me 50, Ibrahim Sow 30, Marta Nowak 20.": the full stop ends the list (once the parts were asked)."""
    params = _read("dao", "DAO name Birch Lane, token BRCH, supply 1,000, holders me 40, Ana Lima 35, Tom Reed 25.")
    assert params["holders"] == ["me", "Ana Lima", "Tom Reed"]
    assert params["holder_shares"] == [40, 35, 25]


def test_dao_terse_spec_name_before_its_ticker() -> None:
    assert _read("dao", "dao TideMill TML 20k supply quorum 10% voting 3 days")["name"] == "TideMill"
    # a ticker not spelled from the name may be a word of it: the name is asked, never cut
    assert _read("dao", "DAO Lagos NGO 5000 supply quorum 10%").get("name") is None
